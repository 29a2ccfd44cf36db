// Timeline of events by date, with the precision the data gives (xsd:date: day, xsd:gYearMonth: month,
// xsd:gYear: year; cg:notBefore / cg:notAfter: bounds), of one entity or of all events.
//
// It pages: the latest PAGE events first (timeline-entity.rq, timeline-all.rq), and "Earlier events" loads the
// PAGE before them, so that an entity in thousands of events shows without reading the details of them all.
(function () {
  'use strict';
  const C = window.Claimgraph;
  const list = document.getElementById('timeline');
  const undated = document.getElementById('undated');
  const entitySelect = document.getElementById('entity');
  const status = document.getElementById('timeline-status');
  const more = document.getElementById('timeline-more');

  /** Events per page. */
  const PAGE = 50;

  let ontology = null;
  // The events loaded, latest first, and whether there are earlier ones; loading guards against a second click.
  let events = [];
  let hasEarlier = false;
  let loading = null;
  // Bumped when the entity changes, so that an answer for the one before is dropped.
  let generation = 0;

  /**
   * Rows of the query, one record per event: its times, label, time expression, most specific type and
   * participants, in the query's order (latest first).
   */
  function collect(rows) {
    const byIri = new Map();
    rows.forEach(r => {
      const iri = r.event.value;
      if (!byIri.has(iri)) {
        byIri.set(iri, { iri: iri, key: r.key ? r.key.value : '', types: new Set(), participants: [] });
      }
      const e = byIri.get(iri);
      ['label', 'date', 'notBefore', 'notAfter', 'expr'].forEach(k => { if (r[k] && !e[k]) { e[k] = r[k]; } });
      if (r.eventType) { e.types.add(r.eventType.value); }
      if (r.entity && !e.participants.some(p => p.iri === r.entity.value)) {
        e.participants.push({ iri: r.entity.value,
          label: r.entityLabel ? r.entityLabel.value : C.localName(r.entity.value) });
      }
    });
    const out = Array.from(byIri.values());
    // The query's order: latest key first (undated last), then by IRI.
    out.sort((a, b) => (a.key === b.key ? (a.iri < b.iri ? -1 : a.iri > b.iri ? 1 : 0)
      : !a.key ? 1 : !b.key ? -1 : a.key < b.key ? 1 : -1));
    out.forEach(e => { e.type = C.mostSpecific(ontology, e.types); });
    return out;
  }

  /** Loads the PAGE events before those shown (the latest PAGE at first); asks one more to know if there are others. */
  function loadEarlier() {
    if (loading) { return loading; }
    const mine = generation;
    const entity = entitySelect.value;
    const values = { limit: PAGE + 1, offset: events.length };
    if (entity) { values.focus = C.iriTerm(entity); }
    more.disabled = true;
    status.textContent = 'Loading…';
    loading = C.run(entity ? 'timeline-entity' : 'timeline-all', values).then(async rows => {
      // A cross-article event's graph holds its roles but not its entities' labels.
      const named = await C.describeEntities(C.unnamed(rows));
      if (mine !== generation) { return; }
      // An entity's label from any row of the page (another event's, or those just read) names it everywhere.
      const labels = new Map();
      rows.concat(named).forEach(r => {
        if (r.entity && r.entityLabel && !labels.has(r.entity.value)) { labels.set(r.entity.value, r.entityLabel); }
      });
      rows.forEach(r => {
        if (r.entity && !r.entityLabel && labels.has(r.entity.value)) { r.entityLabel = labels.get(r.entity.value); }
      });
      const page = collect(rows);
      hasEarlier = page.length > PAGE;
      events = events.concat(page.slice(0, PAGE));
      render();
    }).finally(() => { loading = null; more.disabled = false; });
    return loading;
  }

  function timeBadges(e) {
    const span = C.el('span', { className: 'when' });
    const add = (prefix, b) => {
      const p = C.precision(b);
      const t = C.el('time', { datetime: b.value }, prefix + b.value);
      const badge = C.el('span', { className: 'precision precision-' + p }, prefix ? p + ', bound' : p);
      span.append(t, document.createTextNode(' '), badge, document.createTextNode(' '));
    };
    if (e.date) { add('', e.date); }
    if (e.notBefore) { add('not before ', e.notBefore); }
    if (e.notAfter) { add('not after ', e.notAfter); }
    return span;
  }

  function item(e) {
    const li = C.el('li', { className: 'tl-item', dataset: { iri: e.iri } });
    if (e.date || e.notBefore || e.notAfter) { li.append(timeBadges(e)); }
    const type = e.type ? (ontology.classLabel.get(e.type) || C.localName(e.type)) : 'event';
    li.append(C.el('span', { className: 'event-type' }, type));
    li.append(document.createTextNode(' '));
    li.append(C.resourceLink(e.iri, e.label ? e.label.value : C.localName(e.iri)));
    if (e.expr) { li.append(document.createTextNode(' '), C.el('q', { className: 'time-expression' }, e.expr.value)); }
    if (e.participants.length) {
      const who = C.el('div', { className: 'participants' });
      e.participants.forEach((p, i) => {
        if (i > 0) { who.append(document.createTextNode(', ')); }
        who.append(C.resourceLink(p.iri, p.label));
      });
      li.append(who);
    }
    return li;
  }

  /** Earliest first on the page, as a timeline reads; the earlier ones come in above. */
  function render() {
    const dated = events.filter(e => e.key).reverse();
    const rest = events.filter(e => !e.key);
    const children = [];
    let year = null;
    dated.forEach(e => {
      const y = e.key.slice(0, 4);
      if (y !== year) {
        year = y;
        children.push(C.el('li', { className: 'tl-year' }, y));
      }
      children.push(item(e));
    });
    list.replaceChildren(...children);
    undated.replaceChildren(...rest.map(item));
    document.getElementById('undated-count').textContent = String(rest.length) + (hasEarlier ? '+' : '');
    more.hidden = !hasEarlier;
    // While there are earlier dated events, the undated (which come after them all) are not loaded yet.
    status.textContent = 'the latest ' + dated.length + ' dated and ' + rest.length + ' undated events' +
      (hasEarlier ? '; there are earlier ones' : '');
    status.dataset.events = String(events.length);
    status.dataset.ready = 'true';
  }

  function restart() {
    generation++;
    events = [];
    hasEarlier = false;
    loading = null;
    status.dataset.ready = 'false';
    return loadEarlier();
  }

  /**
   * The entity list: every entity with one of its labels. It reads every entity's type in every article that
   * names it, so it is filled after the first page of events is shown.
   */
  async function loadEntities() {
    const rows = await C.select('SELECT ?entity ?label WHERE {\n' +
      '  { SELECT DISTINCT ?entity WHERE { ?entity a cg:Entity } }\n' +
      '  LATERAL { OPTIONAL { SELECT ?entity ?label WHERE { ?entity rdfs:label ?label } LIMIT 1 } }\n}');
    const current = entitySelect.value;
    const options = rows.map(r => [r.entity.value, r.label ? r.label.value : C.localName(r.entity.value)])
      .sort((a, b) => a[1].localeCompare(b[1]))
      .filter(([iri]) => iri !== current)
      .map(([iri, label]) => C.el('option', { value: iri }, label));
    entitySelect.append(...options);
  }

  entitySelect.addEventListener('change', () => {
    const url = new URL(window.location.href);
    if (entitySelect.value) { url.searchParams.set('entity', entitySelect.value); } else { url.searchParams.delete('entity'); }
    window.history.replaceState(null, '', url);
    restart().catch(e => { status.textContent = e.message; });
  });
  more.addEventListener('click', () => { loadEarlier().catch(e => { status.textContent = e.message; }); });

  async function init() {
    ontology = await C.ontology();
    const wanted = C.param('entity');
    if (wanted) {
      // Chosen before the list is there: an option of its own, named once the events show its label.
      entitySelect.append(C.el('option', { value: wanted }, C.localName(wanted)));
      entitySelect.value = wanted;
    }
    await restart();
    if (wanted) {
      const self = events.flatMap(e => e.participants).find(p => p.iri === wanted);
      if (self) { entitySelect.options[entitySelect.selectedIndex].textContent = self.label; }
    }
    await loadEntities();
  }

  init().catch(e => { status.textContent = e.message; });
}());
