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

  // The result table pages: every run asks the endpoint for one page of PAGE_ROWS rows (page=N), so that a query
  // over a large store reads only the rows up to the page shown instead of every row. The page belongs to the
  // query text of its tab: an edited query starts again at page 1. Next is offered while a page comes back full.
  const PAGE_ROWS = 100;
  const paging = new Map(); // tab id -> { query, page, full }
  function pageState(tab) {
    const text = tab.getYasqe().getValue();
    let state = paging.get(tab.getId());
    if (!state || state.query !== text) {
      state = { query: text, page: 1, full: false };
      paging.set(tab.getId(), state);
    }
    return state;
  }
  function pageArgs() {
    const tab = window.claimgraphYasgui && window.claimgraphYasgui.getTab();
    return tab ? [{ name: 'page', value: String(pageState(tab).page) }] : [];
  }
  Yasgui.defaults.requestConfig.args = pageArgs;

  // Only the local autocompleter: no look-ups on prefix.cc or LOV.
  Yasgui.Yasqe.defaults.autocompleters = ['variables'];
  Yasgui.Yasqe.defaults.prefixCcApi = '';
  Yasgui.defaults.requestConfig.endpoint = endpoint;
  Yasgui.defaults.yasqe.value = DEFAULT_QUERY;

  const root = document.getElementById('yasgui');
  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, args: pageArgs },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    yasqe: { value: DEFAULT_QUERY, autocompleters: ['variables'] }
  });
  window.claimgraphYasgui = yasgui;

  const previousPage = document.getElementById('previous-page');
  const nextPage = document.getElementById('next-page');
  const pageRows = document.getElementById('page-rows');
  function showPager() {
    const tab = yasgui.getTab();
    const state = tab ? pageState(tab) : { page: 1, full: false };
    previousPage.disabled = state.page <= 1;
    nextPage.disabled = !state.full;
    const first = (state.page - 1) * PAGE_ROWS + 1;
    pageRows.textContent = 'Rows ' + first + '–' + (first + PAGE_ROWS - 1);
  }
  function turn(by) {
    const tab = yasgui.getTab();
    if (!tab) { return; }
    const state = pageState(tab);
    state.page = Math.max(1, state.page + by);
    showPager();
    tab.getYasqe().query();
  }
  previousPage.addEventListener('click', () => turn(-1));
  nextPage.addEventListener('click', () => turn(1));
  yasgui.on('queryResponse', (y, tab) => {
    const results = tab.getYasr().results;
    const bindings = results && results.getBindings ? results.getBindings() : null;
    pageState(tab).full = !!bindings && bindings.length >= PAGE_ROWS;
    showPager();
  });
  yasgui.on('tabSelect', () => setTimeout(showPager, 0));
  showPager();

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
    yasgui.addTab(true, { name: q.name, yasqe: { value: q.query }, requestConfig: { endpoint: endpoint, args: pageArgs } });
  });
}());
