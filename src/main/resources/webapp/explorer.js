// The home page: YASGUI on /kg/sparql, with the bundled queries (queries/*.rq, served as /queries.json) as
// named examples. Nothing is fetched from other hosts: YASQE's prefix (prefix.cc) and class/property (LOV)
// autocompleters are switched off, and the Content-Security-Policy would block them anyway.
(function () {
  'use strict';
  const C = window.Claimgraph;
  const endpoint = new URL('/kg/sparql', window.location.href).href;

  const DEFAULT_QUERY = C.PREFIXES + [
    '# Claims with their event, modality and evidence; the IRIs open their pages on this server.',
    'SELECT ?event ?type ?modality ?attributedTo ?evidence ?claim WHERE {',
    '  ?claim a cg:Claim ; cg:about ?event ; cg:modality/rdfs:label ?modality ; cg:evidence/nif:anchorOf ?evidence .',
    '  OPTIONAL { ?claim cg:attributedTo ?attributedTo }',
    '  ?event a ?t . ?t rdfs:label ?type .',
    '  FILTER(STRSTARTS(STR(?t), STR(cg:)) && ?t != cg:Event)',
    '  FILTER NOT EXISTS { ?event a ?sub . ?sub rdfs:subClassOf+ ?t . FILTER(?sub != ?t) }',
    '}',
    'ORDER BY ?event ?claim',
    'LIMIT 200'].join('\n');

  // Only the local autocompleter: no look-ups on prefix.cc or LOV.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  Yasgui.Yasqe.defaults.prefixCcApi = '';
  Yasgui.defaults.requestConfig.endpoint = endpoint;
  Yasgui.defaults.yasqe.value = DEFAULT_QUERY;

  const root = document.getElementById('yasgui');
  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    yasqe: { value: DEFAULT_QUERY, autocompleters: ['variables'] }
  });
  window.claimgraphYasgui = yasgui;

  // Result tables link IRIs to themselves; send claimgraph IRIs to their pages on this server instead.
  function relink(node) {
    if (!(node instanceof Element)) { return; }
    const links = node.matches('a[href]') ? [node] : Array.from(node.querySelectorAll('a[href]'));
    links.forEach(a => {
      const path = C.localPath(a.getAttribute('href'));
      if (path) { a.setAttribute('href', path); }
    });
  }
  new MutationObserver(mutations => mutations.forEach(m => m.addedNodes.forEach(relink)))
    .observe(root, { childList: true, subtree: true });
  relink(root);

  // The bundled queries as named examples.
  const select = document.getElementById('examples');
  const question = document.getElementById('question');
  let examples = [];
  function showQuestion() {
    const q = examples.find(e => e.name === select.value);
    question.textContent = q ? q.question : '';
  }
  fetch('/queries.json').then(r => r.json()).then(list => {
    examples = list;
    select.replaceChildren(...list.map(q => C.el('option', { value: q.name }, q.name + ': ' + q.question)));
    showQuestion();
  }).catch(e => { question.textContent = 'Cannot load the example queries: ' + e.message; });
  select.addEventListener('change', showQuestion);
  document.getElementById('open-example').addEventListener('click', () => {
    const q = examples.find(e => e.name === select.value);
    if (!q) { return; }
    yasgui.addTab(true, { name: q.name, yasqe: { value: q.query }, requestConfig: { endpoint: endpoint } });
  });
}());
