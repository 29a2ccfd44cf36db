// Shared by the explorer's pages. They speak only SPARQL to /kg/sparql, and put every value from the data
// into the page with textContent or DOM properties, never as HTML, so article text cannot inject markup.
(function () {
  'use strict';

  const ID_NS = 'https://w3id.org/claimgraph/id/';
  const CG = 'https://w3id.org/claimgraph/ontology#';
  const PREFIXES = [
    'PREFIX cg: <' + CG + '>',
    'PREFIX cgid: <' + ID_NS + '>',
    'PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX owl: <http://www.w3.org/2002/07/owl#>',
    'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>',
    ''].join('\n');

  // Entity colours by most specific type; the same palette as explorer.css (.type-*) and the exports.
  const TYPE_COLORS = {
    Person: '#c0392b', Organization: '#2f6fdf', Alliance: '#1f3f99', Country: '#23834b', City: '#6ea82f',
    Place: '#8d6748', Equipment: '#d98c14', Assistance: '#a05ba0', Entity: '#7a7a7a', Event: '#4a4a4a'
  };

  /** Runs a SELECT query (the shared prefixes are put before it) and resolves to its bindings. */
  function select(query) {
    return post(PREFIXES + query);
  }

  /** Sends a query as it is and resolves to its bindings. */
  async function post(text) {
    const response = await fetch('/kg/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-query', 'Accept': 'application/sparql-results+json' },
      body: text
    });
    if (!response.ok) {
      throw new Error('SPARQL error ' + response.status + ': ' + (await response.text()).slice(0, 300));
    }
    const json = await response.json();
    return json.results ? json.results.bindings : [];
  }

  // The explorer's own queries are files (/sparql/NAME.rq) with {{name}} placeholders, so that the benchmark
  // (ExplorerQueries in the jar) times the very text a page sends: both fill them with this one rule.
  const templates = new Map();

  /** The template's text, fetched once. */
  function template(name) {
    if (!templates.has(name)) {
      templates.set(name, fetch('/sparql/' + encodeURIComponent(name) + '.rq').then(r => {
        if (!r.ok) { throw new Error('No query ' + name + ': ' + r.status); }
        return r.text();
      }));
    }
    return templates.get(name);
  }

  /** The text with each {{name}} replaced by values[name] as is (IRIs through iriTerm, numbers as digits). */
  function fill(text, values) {
    return text.replace(/\{\{(\w+)\}\}/g, (m, k) => {
      if (!Object.prototype.hasOwnProperty.call(values, k)) { throw new Error('No value for ' + m); }
      return String(values[k]);
    });
  }

  /** Runs the explorer query NAME with its placeholders filled and resolves to its bindings. */
  async function run(name, values) {
    return post(fill(await template(name), values));
  }

  /** An IRI as a SPARQL term, or an error for anything that is not a plain IRI. */
  function iriTerm(iri) {
    if (typeof iri !== 'string' || !/^https?:\/\/[^\s<>"{}|\\^`]+$/.test(iri)) {
      throw new Error('Not an IRI: ' + iri);
    }
    return '<' + iri + '>';
  }

  /** The local page of a claimgraph IRI (/id/...), or null. */
  function localPath(iri) {
    return typeof iri === 'string' && iri.startsWith(ID_NS) ? '/id/' + iri.slice(ID_NS.length) : null;
  }

  function localName(iri) {
    const i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return i >= 0 ? iri.slice(i + 1) : iri;
  }

  /** A new element with attributes (set as DOM properties) and text content. */
  function el(tag, props, text) {
    const e = document.createElement(tag);
    Object.entries(props || {}).forEach(([k, v]) => {
      if (k === 'className') { e.className = v; } else if (k === 'dataset') { Object.assign(e.dataset, v); } else { e.setAttribute(k, v); }
    });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  /** A link to a resource's page, or plain text when it has none. */
  function resourceLink(iri, label) {
    const path = localPath(iri);
    return path ? el('a', { href: path }, label) : el('span', {}, label);
  }

  /** "day", "month" or "year" from a literal's datatype. */
  function precision(binding) {
    const dt = binding && binding.datatype ? binding.datatype : '';
    if (dt.endsWith('#date') || dt.endsWith('#dateTime')) { return 'day'; }
    if (dt.endsWith('#gYearMonth')) { return 'month'; }
    if (dt.endsWith('#gYear')) { return 'year'; }
    return 'unknown';
  }

  function color(typeLocalName) {
    return TYPE_COLORS[typeLocalName] || TYPE_COLORS.Entity;
  }

  let ontologyInfo = null;

  /**
   * What the pages need of the ontology, read once: each claimgraph class's depth (its number of superclasses)
   * and label, and each role (roles) with its label. A node's most specific type is then picked here
   * (mostSpecific) instead of by a FILTER NOT EXISTS with a property path on every row of a query.
   */
  function ontology() {
    if (!ontologyInfo) {
      ontologyInfo = Promise.all([
        select('SELECT ?c ?label (COUNT(DISTINCT ?sup) AS ?depth) WHERE {\n' +
          '  ?c a owl:Class . FILTER(STRSTARTS(STR(?c), STR(cg:)))\n' +
          '  OPTIONAL { ?c rdfs:subClassOf+ ?sup } OPTIONAL { ?c rdfs:label ?label }\n' +
          '} GROUP BY ?c ?label'),
        select('SELECT ?role ?label WHERE { ?role rdfs:subPropertyOf+ cg:role OPTIONAL { ?role rdfs:label ?label } }')
      ]).then(([classes, roles]) => {
        const info = { depth: new Map(), classLabel: new Map(), roleLabel: new Map(), roles: [] };
        classes.forEach(b => {
          info.depth.set(b.c.value, Number(b.depth.value));
          if (b.label && !info.classLabel.has(b.c.value)) { info.classLabel.set(b.c.value, b.label.value); }
        });
        roles.forEach(b => {
          if (!info.roles.includes(b.role.value)) { info.roles.push(b.role.value); }
          if (b.label && !info.roleLabel.has(b.role.value)) { info.roleLabel.set(b.role.value, b.label.value); }
        });
        return info;
      });
    }
    return ontologyInfo;
  }

  /** The most specific claimgraph type (the deepest, but not cg:Event; by IRI on a tie) among types, or null. */
  function mostSpecific(info, types) {
    let best = null;
    types.forEach(t => {
      if (!info.depth.has(t) || t === CG + 'Event') { return; }
      const d = info.depth.get(t);
      if (best === null || d > info.depth.get(best) || (d === info.depth.get(best) && t < best)) { best = t; }
    });
    return best;
  }

  /** The entities (?entity) that no row gives a label (?entityLabel). */
  function unnamed(rows) {
    const named = new Set(rows.filter(r => r.entityLabel).map(r => r.entity.value));
    return Array.from(new Set(rows.filter(r => r.entity && !named.has(r.entity.value)).map(r => r.entity.value)));
  }

  /**
   * Rows {entity, entityLabel, entityType} for entities the explorer's queries found without a label: those
   * of a cross-article event, whose graph (id/graph/events) holds the event and its roles only. Each entity is
   * read in one article graph that types it (LATERAL ... LIMIT 1), not in every copy over the union graph.
   */
  async function describeEntities(iris) {
    if (!iris.length) { return []; }
    return select('SELECT ?entity ?entityLabel ?entityType WHERE {\n' +
      '  VALUES ?entity { ' + iris.map(iriTerm).join(' ') + ' }\n' +
      '  LATERAL { SELECT ?entity ?g WHERE { GRAPH ?g { ?entity a cg:Entity } } LIMIT 1 }\n' +
      '  GRAPH ?g { ?entity a ?entityType OPTIONAL { ?entity rdfs:label ?entityLabel } }\n}');
  }

  function param(name) {
    return new URLSearchParams(window.location.search).get(name);
  }

  window.Claimgraph = { ID_NS, CG, PREFIXES, TYPE_COLORS, select, iriTerm, localPath, localName, el, resourceLink,
    precision, color, param, run, fill, ontology, mostSpecific,
    unnamed, describeEntities };
}());
