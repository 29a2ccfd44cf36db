// Timeline of events by date, with the precision the data gives (xsd:date: day, xsd:gYearMonth: month,
// xsd:gYear: year; cg:notBefore / cg:notAfter: bounds), filterable by an entity taking part.
(function () {
  'use strict';
  const C = window.Claimgraph;
  const list = document.getElementById('timeline');
  const undated = document.getElementById('undated');
  const entitySelect = document.getElementById('entity');
  const status = document.getElementById('timeline-status');
  let events = [];
  const participants = new Map(); // event IRI -> [{iri, label}]

  async function load() {
    const rows = await C.select('SELECT ?event ?label ?date ?notBefore ?notAfter ?expr ?eventType ?eventTypeLabel WHERE {\n' +
      '  ?event a cg:Event .\n' +
      '  OPTIONAL { ?event rdfs:label ?label }\n' +
      '  OPTIONAL { ?event cg:date ?date } OPTIONAL { ?event cg:notBefore ?notBefore }\n' +
      '  OPTIONAL { ?event cg:notAfter ?notAfter } OPTIONAL { ?event cg:timeExpression ?expr }\n' +
      C.mostSpecificType('event') + '}');
    const byIri = new Map();
    rows.forEach(r => {
      if (!byIri.has(r.event.value)) { byIri.set(r.event.value, r); }
    });
    events = Array.from(byIri.values());
    const roles = await C.select('SELECT DISTINCT ?event ?entity ?entityLabel WHERE {\n' +
      '  ?event a cg:Event ; ?role ?entity . ?role rdfs:subPropertyOf+ cg:role .\n' +
      '  OPTIONAL { ?entity rdfs:label ?entityLabel }\n}');
    const entities = new Map();
    roles.forEach(r => {
      const label = r.entityLabel ? r.entityLabel.value : C.localName(r.entity.value);
      if (!participants.has(r.event.value)) { participants.set(r.event.value, []); }
      const ps = participants.get(r.event.value);
      if (!ps.some(p => p.iri === r.entity.value)) { ps.push({ iri: r.entity.value, label: label }); }
      entities.set(r.entity.value, label);
    });
    const options = Array.from(entities.entries()).sort((a, b) => a[1].localeCompare(b[1]))
      .map(([iri, label]) => C.el('option', { value: iri }, label));
    entitySelect.append(...options);
    const wanted = C.param('entity');
    if (wanted && entities.has(wanted)) { entitySelect.value = wanted; }
  }

  function sortKey(e) {
    const v = e.date || e.notBefore || e.notAfter;
    return v ? v.value : '';
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
    const li = C.el('li', { className: 'tl-item', dataset: { iri: e.event.value } });
    if (e.date || e.notBefore || e.notAfter) { li.append(timeBadges(e)); }
    const type = e.eventTypeLabel ? e.eventTypeLabel.value : 'event';
    li.append(C.el('span', { className: 'event-type' }, type));
    li.append(document.createTextNode(' '));
    li.append(C.resourceLink(e.event.value, e.label ? e.label.value : C.localName(e.event.value)));
    if (e.expr) { li.append(document.createTextNode(' '), C.el('q', { className: 'time-expression' }, e.expr.value)); }
    const ps = participants.get(e.event.value) || [];
    if (ps.length) {
      const who = C.el('div', { className: 'participants' });
      ps.forEach((p, i) => {
        if (i > 0) { who.append(document.createTextNode(', ')); }
        who.append(C.resourceLink(p.iri, p.label));
      });
      li.append(who);
    }
    return li;
  }

  function render() {
    const entity = entitySelect.value;
    const shown = events.filter(e => !entity || (participants.get(e.event.value) || []).some(p => p.iri === entity));
    const dated = shown.filter(e => sortKey(e)).sort((a, b) => sortKey(a).localeCompare(sortKey(b)) ||
      a.event.value.localeCompare(b.event.value));
    const rest = shown.filter(e => !sortKey(e));
    const children = [];
    let year = null;
    dated.forEach(e => {
      const y = sortKey(e).slice(0, 4);
      if (y !== year) {
        year = y;
        children.push(C.el('li', { className: 'tl-year' }, y));
      }
      children.push(item(e));
    });
    list.replaceChildren(...children);
    undated.replaceChildren(...rest.map(item));
    document.getElementById('undated-count').textContent = String(rest.length);
    status.textContent = dated.length + ' dated, ' + rest.length + ' undated events';
  }

  entitySelect.addEventListener('change', () => {
    const url = new URL(window.location.href);
    if (entitySelect.value) { url.searchParams.set('entity', entitySelect.value); } else { url.searchParams.delete('entity'); }
    window.history.replaceState(null, '', url);
    render();
  });

  load().then(render).catch(e => { status.textContent = e.message; });
}());
