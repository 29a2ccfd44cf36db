// Graph view: an entity's neighbourhood with Cytoscape.js. Events are nodes, roles are labelled edges from
// an event to the entities filling them, entities are coloured by their most specific type. Clicking a
// node expands it (an entity shows its events, an event its participants) and shows its details.
(function () {
  'use strict';
  const C = window.Claimgraph;
  const status = document.getElementById('graph-status');
  const details = document.getElementById('details');
  const legend = document.getElementById('legend');
  const focusSelect = document.getElementById('focus');
  const expanded = new Set();

  const cy = cytoscape({
    container: document.getElementById('cy'),
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': 'data(color)', 'color': '#1b1b1b', 'font-size': 10,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 120,
        'width': 26, 'height': 26, 'border-width': 0 } },
      { selector: 'node.event', style: { 'shape': 'round-rectangle', 'width': 34, 'height': 18 } },
      { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'label': 'data(role)', 'font-size': 8, 'color': '#555', 'curve-style': 'bezier', 'width': 1.5,
        'line-color': '#b9b9b9', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b9b9b9',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } }
    ]
  });
  window.claimgraphGraph = { cy: cy };

  function showStatus() {
    status.textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges';
    status.dataset.nodes = String(cy.nodes().length);
  }

  function addNode(id, label, type, isEvent, fullLabel) {
    if (cy.getElementById(id).nonempty()) { return; }
    const typeName = type ? C.localName(type) : (isEvent ? 'Event' : 'Entity');
    cy.add({ group: 'nodes', classes: isEvent ? 'event' : 'entity',
      data: { id: id, label: label, full: fullLabel || label, type: typeName, event: isEvent,
        color: isEvent ? C.TYPE_COLORS.Event : C.color(typeName) } });
  }

  function addEdge(event, role, roleLabel, entity) {
    const id = event + '|' + role + '|' + entity;
    if (cy.getElementById(id).nonempty()) { return; }
    cy.add({ group: 'edges', data: { id: id, source: event, target: entity, role: roleLabel } });
  }

  function eventLabel(row) {
    const type = row.eventTypeLabel ? row.eventTypeLabel.value : 'event';
    const when = row.date ? ' ' + row.date.value : '';
    return type.charAt(0).toUpperCase() + type.slice(1) + when;
  }

  const PATTERN = [
    '  ?event ?role ?entity . ?role rdfs:subPropertyOf+ cg:role .',
    '  OPTIONAL { ?role rdfs:label ?roleLabel }',
    '  OPTIONAL { ?event rdfs:label ?eventLabel } OPTIONAL { ?event cg:date ?date }',
    '  OPTIONAL { ?entity rdfs:label ?entityLabel }'].join('\n') + '\n' +
    C.mostSpecificType('event') + C.mostSpecificType('entity');

  function addRows(rows) {
    rows.forEach(r => {
      const ev = r.event.value;
      addNode(ev, eventLabel(r), r.eventType ? r.eventType.value : null, true,
        r.eventLabel ? r.eventLabel.value : eventLabel(r));
      const en = r.entity.value;
      addNode(en, r.entityLabel ? r.entityLabel.value : C.localName(en), r.entityType ? r.entityType.value : null,
        false);
      addEdge(ev, r.role.value, r.roleLabel ? r.roleLabel.value : C.localName(r.role.value), en);
    });
  }

  async function expand(id, isEvent) {
    if (expanded.has(id)) { return; }
    expanded.add(id);
    const term = C.iriTerm(id);
    const where = isEvent
      ? 'VALUES ?event { ' + term + ' }\n' + PATTERN
      : '  ?event ?focusRole ' + term + ' . ?focusRole rdfs:subPropertyOf+ cg:role .\n' + PATTERN;
    const rows = await C.select('SELECT * WHERE {\n' + where + '} LIMIT 2000');
    if (!isEvent && cy.getElementById(id).empty()) {
      // An entity with no events still shows.
      const label = await C.select('SELECT ?l ?entityType ?entityTypeLabel WHERE { VALUES ?entity { ' + term +
        ' } OPTIONAL { ?entity rdfs:label ?l } ' + C.mostSpecificType('entity') + '} LIMIT 1');
      const l = label[0] || {};
      addNode(id, l.l ? l.l.value : C.localName(id), l.entityType ? l.entityType.value : null, false);
    }
    addRows(rows);
    cy.getElementById(id).addClass('expanded');
    layout();
    showStatus();
    drawLegend();
  }

  function layout() {
    cy.layout({ name: 'cose', animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
      randomize: false, fit: true, padding: 20 }).run();
  }

  function drawLegend() {
    // One entry for events (boxes), then each entity type on the screen with its colour.
    const types = new Map();
    let events = 0;
    cy.nodes().forEach(n => {
      if (n.data('event')) { events++; } else { types.set(n.data('type'), n.data('color')); }
    });
    const item = (name, color, cls) => {
      const swatch = C.el('span', { className: cls });
      swatch.style.backgroundColor = color;
      const li = C.el('li', {});
      li.append(swatch, document.createTextNode(' ' + name));
      return li;
    };
    const items = events ? [item('Event (a box; its type in the label)', C.TYPE_COLORS.Event, 'swatch event-swatch')] : [];
    Array.from(types.keys()).sort().forEach(t => items.push(item(t, types.get(t), 'swatch')));
    legend.replaceChildren(...items);
  }

  function showDetails(node) {
    const d = node.data();
    const parts = [C.el('h2', {}, d.full)];
    parts.push(C.el('p', { className: 'type' }, (d.event ? 'Event: ' : 'Entity: ') + d.type));
    const path = C.localPath(d.id);
    if (path) {
      const p = C.el('p', {});
      p.append(C.el('a', { href: path }, 'Open its page'));
      parts.push(p);
    }
    if (!d.event) {
      const p = C.el('p', {});
      p.append(C.el('a', { href: '/timeline.html?entity=' + encodeURIComponent(d.id) }, 'Timeline'));
      parts.push(p);
    }
    details.replaceChildren(...parts);
  }

  cy.on('tap', 'node', evt => {
    const node = evt.target;
    showDetails(node);
    expand(node.id(), node.data('event')).catch(e => { status.textContent = e.message; });
  });

  async function start(focus) {
    cy.elements().remove();
    expanded.clear();
    details.replaceChildren(C.el('p', { className: 'hint' }, 'Click a node.'));
    if (!focus) { showStatus(); return; }
    await expand(focus, false);
    const n = cy.getElementById(focus);
    if (n.nonempty()) { n.select(); showDetails(n); }
  }

  async function init() {
    const entities = await C.select('SELECT ?e ?label (COUNT(DISTINCT ?ev) AS ?n) WHERE {\n' +
      '  ?e a cg:Entity . OPTIONAL { ?e rdfs:label ?label }\n' +
      '  OPTIONAL { ?ev ?r ?e . ?r rdfs:subPropertyOf+ cg:role }\n' +
      '} GROUP BY ?e ?label ORDER BY ?label');
    const seen = new Set();
    const options = [];
    entities.forEach(b => {
      if (seen.has(b.e.value)) { return; }
      seen.add(b.e.value);
      options.push(C.el('option', { value: b.e.value }, (b.label ? b.label.value : C.localName(b.e.value)) +
        ' (' + b.n.value + ')'));
    });
    focusSelect.replaceChildren(...options);
    let focus = C.param('focus');
    if (!focus && entities.length) {
      // Without a focus, start from the entity in the most events.
      focus = entities.slice().sort((a, b) => Number(b.n.value) - Number(a.n.value))[0].e.value;
    }
    if (focus) { focusSelect.value = focus; }
    await start(focus);
  }

  focusSelect.addEventListener('change', () => {
    const url = new URL(window.location.href);
    url.searchParams.set('focus', focusSelect.value);
    window.history.replaceState(null, '', url);
    start(focusSelect.value).catch(e => { status.textContent = e.message; });
  });
  document.getElementById('reset').addEventListener('click', () => {
    start(focusSelect.value).catch(e => { status.textContent = e.message; });
  });

  init().catch(e => { status.textContent = e.message; });
}());
