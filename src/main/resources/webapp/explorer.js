// The explorer speaks only SPARQL to /kg/sparql. Every value from the data is put into the page with
// textContent, never as HTML, so article text cannot inject markup.
(function () {
  'use strict';
  const PREFIXES = [
    'PREFIX cg: <https://w3id.org/claimgraph/ontology#>',
    'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>', ''].join('\n');
  const EXAMPLES = {
    claims: PREFIXES + 'SELECT ?event ?type ?modality ?evidence WHERE {\n  ?claim a cg:Claim ; cg:about ?event ; cg:modality ?modality ; cg:evidence ?span .\n  ?event a ?type . ?type rdfs:label ?typeLabel .\n  ?span nif:anchorOf ?evidence .\n  FILTER(STRSTARTS(STR(?type), STR(cg:)))\n} LIMIT 100',
    visits: PREFIXES + 'SELECT ?visitorLabel ?destinationLabel ?date WHERE {\n  ?v a cg:Visit ; cg:visitor ?visitor ; cg:destination ?destination .\n  ?visitor rdfs:label ?visitorLabel . ?destination rdfs:label ?destinationLabel .\n  OPTIONAL { ?v cg:date ?date }\n}',
    pledges: PREFIXES + 'SELECT ?donorLabel ?itemLabel ?quantity ?qualifier WHERE {\n  ?p a cg:Pledge ; cg:donor ?donor ; cg:item ?item .\n  ?donor rdfs:label ?donorLabel . ?item rdfs:label ?itemLabel .\n  OPTIONAL { ?p cg:quantity ?quantity } OPTIONAL { ?p cg:quantityQualifier ?qualifier }\n}',
    conflicts: PREFIXES + 'SELECT ?conflict ?why WHERE { ?conflict a cg:Conflict ; rdfs:comment ?why }'
  };
  const query = document.getElementById('query');
  const examples = document.getElementById('examples');
  const status = document.getElementById('status');
  const table = document.getElementById('results');

  function load() { query.value = EXAMPLES[examples.value]; }

  function render(json) {
    table.replaceChildren();
    const vars = json.head.vars || [];
    const head = table.createTHead().insertRow();
    vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
    const body = table.createTBody();
    (json.results ? json.results.bindings : []).forEach(b => {
      const row = body.insertRow();
      vars.forEach(v => { row.insertCell().textContent = b[v] ? b[v].value : ''; });
    });
    status.textContent = (json.results ? json.results.bindings.length : 0) + ' rows';
  }

  async function run() {
    status.textContent = 'Running…';
    try {
      const response = await fetch('kg/sparql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
        body: query.value
      });
      if (!response.ok) { status.textContent = 'Error ' + response.status + ': ' + (await response.text()); return; }
      render(await response.json());
    } catch (e) {
      status.textContent = 'Error: ' + e.message;
    }
  }

  examples.addEventListener('change', load);
  document.getElementById('run').addEventListener('click', run);
  load();
}());
