// Graph view: an entity's neighbourhood with Cytoscape.js. Events are nodes, roles are labelled edges from
// an event to the entities filling them, entities are coloured by their most specific type.
//
// It stays readable as the graph grows:
// - fCoSE lays it out (a force-directed layout with a spectral start, made for graphs of hundreds of nodes);
// - labels keep one size on the screen, and only as many are shown as fit without overlapping: the most
//   important nodes first (focus, selection, hover, expanded, then by degree), recomputed when the view
//   stops moving, so zooming in shows more of them;
// - a node's neighbours come in batches of CAP, with a "more…" node for the next batch;
// - entity types, event types and a date range filter what is shown;
// - the view (focus, expansions in order, filters, zoom and pan) lives in the URL, so a link restores it.
(function () {
  'use strict';
  const C = window.Claimgraph;
  const status = document.getElementById('graph-status');
  const details = document.getElementById('details');
  const legend = document.getElementById('legend');
  const focusSelect = document.getElementById('focus');
  const entityTypeBox = document.getElementById('filter-entity-types');
  const eventTypeBox = document.getElementById('filter-event-types');
  const fromInput = document.getElementById('filter-from');
  const toInput = document.getElementById('filter-to');

  /** Neighbours added per expansion; the rest wait behind a "more…" node. */
  const CAP = 25;
  /** The size labels keep on the screen, in pixels, whatever the zoom. */
  const LABEL_PX = 11;
  const LABEL_WIDTH_PX = 140;
  /** Space kept free around each shown label, in pixels, so neighbouring labels do not touch. */
  const LABEL_GAP_PX = 2;

  if (window.cytoscapeFcose) { cytoscape.use(window.cytoscapeFcose); }

  // What the URL holds. steps: the nodes expanded after the focus, in order, once per batch loaded.
  const state = { focus: null, steps: [], hiddenEntityTypes: new Set(), hiddenEventTypes: new Set(), from: '',
    to: '', view: null };
  // Per expanded node: how many neighbours it has and how many batches are loaded.
  const expansions = new Map();
  let hovered = null;
  let busy = 0;
  let restoring = false;

  function styles(zoom) {
    // Font size and label width are in model units; dividing by the zoom keeps them constant on the screen.
    const z = zoom || 1;
    return [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': 'data(color)', 'color': '#1b1b1b',
        'font-size': LABEL_PX / z, 'text-valign': 'bottom', 'text-margin-y': 3 / z, 'text-wrap': 'ellipsis',
        'text-max-width': LABEL_WIDTH_PX / z, 'text-opacity': 0, 'width': 26, 'height': 26,
        // Every node has the same border, shown or not: a border that came with selection would change the
        // node's size and so the layout, and a shared view would come back laid out differently.
        'border-width': 3, 'border-opacity': 0,
        // A node's overlay (shown while it is pressed) counts in its label box: kept tight, it does not make
        // the label take more room than the label and the node.
        'overlay-padding': 3, 'underlay-padding': 0,
        'text-background-color': '#fcfcfb', 'text-background-opacity': 0, 'text-background-padding': 1 / z } },
      { selector: 'node.event', style: { 'shape': 'round-rectangle', 'width': 34, 'height': 18 } },
      { selector: 'node.more', style: { 'shape': 'round-rectangle', 'width': 30, 'height': 16,
        'background-color': '#fff', 'border-color': '#888', 'border-opacity': 1, 'border-style': 'dashed' } },
      { selector: 'node.expanded', style: { 'border-opacity': 1, 'border-color': '#f1c40f' } },
      { selector: 'node:selected', style: { 'border-opacity': 1, 'border-color': '#111' } },
      // A hidden label keeps its text, so that its box is known when the labels are placed again.
      { selector: 'node.label-on', style: { 'text-opacity': 1, 'text-background-opacity': 0.85 } },
      { selector: 'node.hover', style: { 'z-index': 20 } },
      { selector: 'edge', style: {
        'label': '', 'font-size': 9 / z, 'color': '#555', 'curve-style': 'bezier', 'width': 1.5,
        'line-color': '#c9c9c9', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#c9c9c9',
        'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.85 } },
      // A role is named only on the edges of the hovered or selected node: on every edge they would cover
      // the node labels.
      { selector: 'edge.role-on', style: { 'label': 'data(role)', 'line-color': '#888', 'target-arrow-color': '#888' } },
      { selector: 'edge.more-edge', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
      // Filtered out: invisible but still laid out, so a filter never moves what stays.
      { selector: '.filtered', style: { 'visibility': 'hidden', 'events': 'no' } }
    ];
  }

  const cy = cytoscape({ container: document.getElementById('cy'), wheelSensitivity: 0.3, style: styles(1) });
  window.claimgraphGraph = { cy: cy, CAP: CAP, state: state };

  // ---- Status

  function setBusy(delta) {
    busy += delta;
    status.dataset.ready = busy === 0 ? 'true' : 'false';
  }

  function showStatus() {
    const shown = cy.nodes().not('.filtered').not('.more');
    const total = cy.nodes().not('.more').length;
    status.textContent = shown.length + ' nodes' + (shown.length < total ? ' (' + (total - shown.length) +
      ' filtered out)' : '') + ', ' + cy.edges().not('.filtered').not('.more-edge').length + ' edges';
    status.dataset.nodes = String(total);
  }

  // ---- Building the graph

  function addNode(id, label, type, isEvent, fullLabel, date) {
    if (cy.getElementById(id).nonempty()) { return null; }
    const typeName = type ? C.localName(type) : (isEvent ? 'Event' : 'Entity');
    return cy.add({ group: 'nodes', classes: isEvent ? 'event' : 'entity',
      data: { id: id, label: label, full: fullLabel || label, type: typeName, event: isEvent,
        date: date || '', color: isEvent ? C.TYPE_COLORS.Event : C.color(typeName) } });
  }

  function addEdge(event, role, roleLabel, entity) {
    const id = event + '|' + role + '|' + entity;
    if (cy.getElementById(id).nonempty()) { return; }
    cy.add({ group: 'edges', data: { id: id, source: event, target: entity, role: roleLabel } });
  }

  // The ontology's class depths and labels and the roles' labels (Claimgraph.ontology), read once in init.
  let ontology = null;
  const mostSpecific = types => C.mostSpecific(ontology, types);

  function eventLabel(type, date) {
    const name = type ? (ontology.classLabel.get(type) || C.localName(type)) : 'event';
    return name.charAt(0).toUpperCase() + name.slice(1) + (date ? ' ' + date : '');
  }

  /** Rows of graph-entity-events.rq or graph-event-participants.rq, one record per node and per edge. */
  function collect(rows) {
    const nodes = new Map();
    const edges = new Map();
    const node = iri => {
      if (!nodes.has(iri)) { nodes.set(iri, { label: null, date: null, types: new Set() }); }
      return nodes.get(iri);
    };
    rows.forEach(r => {
      const en = node(r.entity.value);
      if (r.entityLabel && !en.label) { en.label = r.entityLabel.value; }
      if (r.entityType) { en.types.add(r.entityType.value); }
      // Rows of Claimgraph.describeEntities describe an entity only.
      if (!r.event) { return; }
      const ev = node(r.event.value);
      if (r.eventLabel && !ev.label) { ev.label = r.eventLabel.value; }
      if (r.date && !ev.date) { ev.date = r.date.value; }
      if (r.eventType) { ev.types.add(r.eventType.value); }
      edges.set(r.event.value + '|' + r.role.value + '|' + r.entity.value,
        { event: r.event.value, role: r.role.value, entity: r.entity.value });
    });
    return { nodes: nodes, edges: Array.from(edges.values()) };
  }

  /**
   * Adds the rows' nodes and edges; returns the nodes that are new. With keep, an entity whose events these
   * are, each event brings at most CAP of its participants (keep and the first by IRI): a summit of fifty
   * nations would otherwise bring all fifty, and the rest are one click on the event away.
   */
  function addRows(rows, keep) {
    const { nodes, edges } = collect(rows);
    const allowed = new Map();
    if (keep) {
      const byEvent = new Map();
      edges.forEach(e => {
        if (!byEvent.has(e.event)) { byEvent.set(e.event, new Set()); }
        byEvent.get(e.event).add(e.entity);
      });
      byEvent.forEach((entities, ev) => {
        const first = Array.from(entities).filter(e => e !== keep).sort().slice(0, CAP);
        allowed.set(ev, new Set(first.concat([keep])));
      });
    }
    const added = [];
    edges.forEach(edge => {
      if (keep && !allowed.get(edge.event).has(edge.entity)) { return; }
      const ev = nodes.get(edge.event);
      const evType = mostSpecific(ev.types);
      const short = eventLabel(evType, ev.date);
      const e = addNode(edge.event, short, evType, true, ev.label || short, ev.date || '');
      if (e) { added.push(e); }
      const en = nodes.get(edge.entity);
      const n = addNode(edge.entity, en.label || C.localName(edge.entity), mostSpecific(en.types), false);
      if (n) { added.push(n); }
      addEdge(edge.event, edge.role, ontology.roleLabel.get(edge.role) || C.localName(edge.role), edge.entity);
    });
    return added;
  }

  /**
   * Loads the next batch of a node's neighbours; false when it has none left to load. An entity's neighbours are
   * its events, latest first; an event's are its participants, by IRI. Both in batches of CAP, each batch one
   * query (graph-entity-events.rq, graph-event-participants.rq) after one count.
   */
  async function loadBatch(id, isEvent) {
    let ex = expansions.get(id);
    const focus = C.iriTerm(id);
    if (!ex) {
      const count = await C.run(isEvent ? 'graph-event-count' : 'graph-entity-count', { focus: focus });
      ex = { total: count.length ? Number(count[0].count.value) : 0, batches: 0, event: isEvent };
      expansions.set(id, ex);
    } else if (ex.batches * CAP >= ex.total) {
      return false;
    }
    let added = [];
    if (ex.total > 0) {
      const rows = await C.run(isEvent ? 'graph-event-participants' : 'graph-entity-events',
        { focus: focus, limit: CAP, offset: ex.batches * CAP });
      // A cross-article event's graph holds its roles but not its entities' labels and types.
      const unnamed = C.unnamed(rows).filter(iri => cy.getElementById(iri).empty());
      added = addRows(rows.concat(await C.describeEntities(unnamed)), isEvent ? null : id);
    }
    ex.batches++;
    if (!isEvent && cy.getElementById(id).empty()) {
      // An entity with no events still shows.
      const label = await C.select('SELECT ?l ?type WHERE { VALUES ?entity { ' + focus + ' }' +
        ' OPTIONAL { ?entity rdfs:label ?l } OPTIONAL { ?entity a ?type } } LIMIT 100');
      const l = label.find(b => b.l) || {};
      const n = addNode(id, l.l ? l.l.value : C.localName(id),
        mostSpecific(new Set(label.filter(b => b.type).map(b => b.type.value))), false);
      if (n) { added.push(n); }
    }
    cy.getElementById(id).addClass('expanded');
    placeNear(cy.getElementById(id), added);
    updateMoreNode(id);
    return true;
  }

  /** The "more…" node of an expanded node: how many neighbours are still to load; a click loads CAP more. */
  function updateMoreNode(id) {
    const ex = expansions.get(id);
    const moreId = 'more:' + id;
    const left = ex.total - ex.batches * CAP;
    const existing = cy.getElementById(moreId);
    if (left <= 0) { existing.remove(); return; }
    const label = left + ' more…';
    if (existing.nonempty()) { existing.data('label', label); existing.data('left', left); return; }
    const parent = cy.getElementById(id);
    const p = parent.position();
    cy.add([
      { group: 'nodes', classes: 'more', position: { x: p.x + 40, y: p.y + 40 },
        data: { id: moreId, label: label, full: label, more: id, left: left, type: 'more', color: '#fff' } },
      { group: 'edges', classes: 'more-edge', data: { id: 'more-edge:' + id, source: id, target: moreId, role: '' } }
    ]);
  }

  /**
   * New nodes start around the node they came from, so the incremental layout keeps the rest in place: its
   * direct neighbours on a ring outside the ones it already has, the nodes beyond them further out.
   */
  function placeNear(parent, nodes) {
    if (parent.empty() || !nodes.length) { return; }
    const p = parent.position();
    const added = cy.collection(nodes);
    const direct = added.filter(n => n.edgesWith(parent).nonempty());
    const beyond = added.not(direct);
    const before = parent.neighborhood('node').not(added).length;
    const r = Math.max(90, (before + direct.length) * 45 / (2 * Math.PI)) + (before ? 60 : 0);
    direct.forEach((n, i) => {
      const a = 2 * Math.PI * (i + 0.5) / direct.length;
      n.position({ x: p.x + r * Math.cos(a), y: p.y + r * Math.sin(a) });
    });
    beyond.forEach((n, i) => {
      const via = n.neighborhood('node').filter(m => direct.contains(m))[0];
      const q = via ? via.position() : p;
      const a = via ? Math.atan2(q.y - p.y, q.x - p.x) : 2 * Math.PI * i / beyond.length;
      n.position({ x: q.x + 60 * Math.cos(a), y: q.y + 60 * Math.sin(a) });
    });
  }

  // ---- Layout

  /** A small seeded generator (mulberry32): the same data then gets the same layout, so a shared view looks the same. */
  function seeded(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6D2B79F5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function layout(fresh) {
    const eles = cy.elements();
    if (eles.empty()) { return; }
    const name = window.cytoscapeFcose ? 'fcose' : 'cose';
    // fCoSE and its base draw from Math.random; a seeded one for the (synchronous, unanimated) run makes the
    // result depend on the data alone.
    // fCoSE centres its result on the elements' bounding box, labels included, and labels are sized for the
    // zoom: laid out at one fixed label size, the result does not depend on the zoom it started from.
    lastZoom = 1;
    cy.style().fromJson(styles(1)).update();
    const random = Math.random;
    Math.random = seeded(cy.nodes().length);
    try {
      eles.layout({ name: name, animate: false, randomize: fresh, quality: 'default', fit: false,
        nodeDimensionsIncludeLabels: false, idealEdgeLength: () => 70, nodeRepulsion: () => 6500,
        nodeSeparation: 90, numIter: 2500, packComponents: true }).run();
    } finally {
      Math.random = random;
    }
    separate();
    fitNodes();
  }

  /**
   * Fits the nodes themselves into the view. cy.fit() would fit their labels too, which are large in the
   * graph's units when zoomed out, so it would zoom out further each time.
   */
  function fitNodes() {
    const bb = cy.nodes().boundingBox({ includeLabels: false, includeOverlays: false, includeUnderlays: false });
    if (!(bb.w >= 0 && bb.h >= 0)) { return; }
    const pad = 40;
    const zoom = Math.min(2, (cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1));
    cy.viewport({ zoom: zoom, pan: { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) } });
  }

  /**
   * A force-directed layout keeps nodes apart on average, not each pair: this pushes apart the nodes (as
   * circles, with a margin) that still overlap, a few rounds at most. Hidden nodes count too, so that a
   * filter never moves anything.
   */
  function separate() {
    const nodes = cy.nodes().toArray();
    const pos = nodes.map(n => ({ x: n.position('x'), y: n.position('y') }));
    const rad = nodes.map(n => Math.max(n.outerWidth(), n.outerHeight()) / 2 + 4);
    for (let round = 0; round < 60; round++) {
      let moved = false;
      for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
          let dx = pos[j].x - pos[i].x;
          let dy = pos[j].y - pos[i].y;
          let dist = Math.hypot(dx, dy);
          const min = rad[i] + rad[j];
          if (dist >= min) { continue; }
          if (dist < 1e-6) { dx = Math.cos(i + j); dy = Math.sin(i + j); dist = 1; }
          const push = (min - dist) / 2 + 0.01;
          pos[i].x -= dx / dist * push; pos[i].y -= dy / dist * push;
          pos[j].x += dx / dist * push; pos[j].y += dy / dist * push;
          moved = true;
        }
      }
      if (!moved) { break; }
    }
    cy.batch(() => nodes.forEach((n, i) => n.position(pos[i])));
  }

  // ---- Labels

  function priority(n) {
    // The node pointed at first, even before the focus: its label is what the person asks to see.
    if (n === hovered) { return 1e10; }
    if (n.id() === state.focus) { return 1e9; }
    if (n.selected()) { return 1e7; }
    return (n.hasClass('expanded') ? 1e5 : 0) + (n.hasClass('more') ? 5e4 : 0) +
      n.connectedEdges().not('.filtered').length;
  }

  function overlaps(a, b) {
    return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
  }

  /**
   * Shows the labels of the most important visible nodes that fit: greedily, in order of priority, a label is
   * shown when its box overlaps no label already shown. The boxes are those Cytoscape draws (model units, at
   * the current zoom's font size), widened by a small gap.
   */
  function placeLabels() {
    const gap = LABEL_GAP_PX / cy.zoom();
    const candidates = cy.nodes().filter(n => !n.hasClass('filtered') && n.data('label'))
      .map(n => ({ node: n, priority: priority(n) }));
    candidates.sort((a, b) => b.priority - a.priority || (a.node.id() < b.node.id() ? -1 : 1));
    const shown = [];
    const on = [];
    candidates.forEach(c => {
      // Cytoscape's label box with the node's overlay and underlay (the node and a margin around it): a label
      // shown then covers neither another shown label nor the node that label belongs to.
      const bb = c.node.boundingBox({ includeNodes: false, includeLabels: true });
      if (!(bb.w > 0 && bb.h > 0)) { return; }
      const box = { x1: bb.x1 - gap, y1: bb.y1 - gap, x2: bb.x2 + gap, y2: bb.y2 + gap };
      if (shown.some(s => overlaps(s, box))) { return; }
      shown.push(box);
      on.push(c.node);
    });
    cy.batch(() => {
      cy.nodes().removeClass('label-on');
      on.forEach(n => n.addClass('label-on'));
    });
  }

  let lastZoom = 1;
  function restyleForZoom() {
    const z = cy.zoom();
    if (Math.abs(z - lastZoom) / lastZoom > 0.001) {
      lastZoom = z;
      cy.style().fromJson(styles(z)).update();
    }
  }

  function refreshLabels() {
    restyleForZoom();
    placeLabels();
  }

  /** Roles at most on this many edges of a selected node: a hub's would cover its neighbourhood. */
  const ROLE_LABELS_MAX = 12;

  function markRoles() {
    cy.batch(() => {
      cy.edges().removeClass('role-on');
      const selected = cy.nodes(':selected').filter(n => n.connectedEdges().length <= ROLE_LABELS_MAX);
      [hovered].concat(selected.toArray()).filter(Boolean)
        .forEach(n => n.connectedEdges().not('.more-edge').addClass('role-on'));
    });
  }

  // ---- Filters

  /** The days an event's date (a day, a month or a year) spans, as ISO strings. */
  function dateSpan(date) {
    const d = String(date).slice(0, 10);
    if (/^\d{4}-\d{2}-\d{2}$/.test(d)) { return [d, d]; }
    if (/^\d{4}-\d{2}$/.test(d)) { return [d + '-01', d + '-31']; }
    if (/^\d{4}$/.test(d)) { return [d + '-01-01', d + '-12-31']; }
    return null;
  }

  function eventPasses(n) {
    if (state.hiddenEventTypes.has(n.data('type'))) { return false; }
    if (!state.from && !state.to) { return true; }
    // With a date range set, an event with no date cannot be said to fall in it.
    const span = dateSpan(n.data('date'));
    if (!span) { return false; }
    return (!state.to || span[0] <= state.to) && (!state.from || span[1] >= state.from);
  }

  function applyFilters() {
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes('.event').forEach(n => { if (!eventPasses(n)) { n.addClass('filtered'); } });
      cy.nodes('.entity').forEach(n => {
        if (state.hiddenEntityTypes.has(n.data('type'))) { n.addClass('filtered'); }
      });
      cy.edges().forEach(e => {
        if (e.source().hasClass('filtered') || e.target().hasClass('filtered')) { e.addClass('filtered'); }
      });
      // An entity whose every event is filtered out would float alone: hide it too, except the focus.
      cy.nodes('.entity').forEach(n => {
        if (n.id() !== state.focus && !n.hasClass('filtered') && n.connectedEdges().not('.filtered').empty()) {
          n.addClass('filtered');
        }
      });
      cy.nodes('.more').forEach(n => {
        if (cy.getElementById(n.data('more')).hasClass('filtered')) {
          n.addClass('filtered');
          n.connectedEdges().addClass('filtered');
        }
      });
    });
  }

  function checkbox(name, hidden, onChange) {
    const input = C.el('input', { type: 'checkbox', value: name });
    input.checked = !hidden.has(name);
    input.addEventListener('change', () => {
      if (input.checked) { hidden.delete(name); } else { hidden.add(name); }
      onChange();
    });
    const label = C.el('label', { className: 'check' });
    label.append(input, document.createTextNode(' ' + name));
    return label;
  }

  function drawFilters() {
    const entityTypes = new Set(state.hiddenEntityTypes);
    const eventTypes = new Set(state.hiddenEventTypes);
    cy.nodes('.entity').forEach(n => entityTypes.add(n.data('type')));
    cy.nodes('.event').forEach(n => eventTypes.add(n.data('type')));
    entityTypeBox.replaceChildren(...Array.from(entityTypes).sort()
      .map(t => checkbox(t, state.hiddenEntityTypes, filtersChanged)));
    eventTypeBox.replaceChildren(...Array.from(eventTypes).sort()
      .map(t => checkbox(t, state.hiddenEventTypes, filtersChanged)));
    fromInput.value = state.from;
    toInput.value = state.to;
  }

  function filtersChanged() {
    applyFilters();
    refreshLabels();
    markRoles();
    showStatus();
    writeUrl();
  }

  fromInput.addEventListener('change', () => { state.from = fromInput.value; filtersChanged(); });
  toInput.addEventListener('change', () => { state.to = toInput.value; filtersChanged(); });

  // ---- The URL

  function readUrl() {
    const p = new URLSearchParams(window.location.search);
    state.focus = p.get('focus');
    state.steps = p.getAll('x');
    state.hiddenEntityTypes = new Set(p.getAll('hide'));
    state.hiddenEventTypes = new Set(p.getAll('hideEvent'));
    const date = v => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');
    state.from = date(p.get('from'));
    state.to = date(p.get('to'));
    const view = (p.get('view') || '').split(',').map(Number);
    state.view = view.length === 3 && view.every(Number.isFinite) && view[0] > 0 ? view : null;
  }

  function writeUrl() {
    const p = new URLSearchParams();
    if (state.focus) { p.set('focus', state.focus); }
    state.steps.forEach(s => p.append('x', s));
    Array.from(state.hiddenEntityTypes).sort().forEach(t => p.append('hide', t));
    Array.from(state.hiddenEventTypes).sort().forEach(t => p.append('hideEvent', t));
    if (state.from) { p.set('from', state.from); }
    if (state.to) { p.set('to', state.to); }
    if (state.view) { p.set('view', state.view.map(v => Math.round(v * 1000) / 1000).join(',')); }
    const url = new URL(window.location.href);
    url.search = p.toString();
    window.history.replaceState(null, '', url);
  }

  // ---- Legend and details

  function drawLegend() {
    // One entry for events (boxes), then each entity type on the screen with its colour.
    const types = new Map();
    let events = 0;
    cy.nodes().not('.more').forEach(n => {
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
    if (node.hasClass('more')) {
      details.replaceChildren(C.el('p', { className: 'hint' }, d.left + ' more neighbours: click to load up to ' + CAP + '.'));
      return;
    }
    const parts = [C.el('h2', {}, d.full)];
    parts.push(C.el('p', { className: 'type' }, (d.event ? 'Event: ' : 'Entity: ') + d.type));
    if (d.date) { parts.push(C.el('p', {}, 'Date: ' + d.date)); }
    const ex = expansions.get(d.id);
    if (ex) { parts.push(C.el('p', { className: 'note' }, Math.min(ex.total, ex.batches * CAP) + ' of ' + ex.total + ' neighbours shown')); }
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

  // ---- Expanding

  /** After the graph changed and was laid out: filters, labels, side panel and status follow. */
  function settle() {
    applyFilters();
    refreshLabels();
    markRoles();
    drawFilters();
    drawLegend();
    showStatus();
  }

  /** One user step: the first batch of a node's neighbours, or the next one. */
  async function step(id, isEvent) {
    setBusy(1);
    try {
      if (await loadBatch(id, isEvent)) {
        state.steps.push(id);
        layout(false);
        settle();
        writeUrl();
      }
    } finally {
      setBusy(-1);
    }
  }

  const report = e => { status.textContent = e.message; };

  cy.on('tap', 'node', evt => {
    const node = evt.target;
    markRoles();
    if (node.hasClass('more')) {
      const parent = cy.getElementById(node.data('more'));
      showDetails(parent);
      step(parent.id(), parent.data('event')).then(() => showDetails(parent)).catch(report);
      return;
    }
    showDetails(node);
    if (!expansions.has(node.id())) {
      step(node.id(), node.data('event')).then(() => showDetails(node)).catch(report);
    } else {
      // A selected node's label has priority: it shows now, if hidden before.
      refreshLabels();
    }
  });
  cy.on('mouseover', 'node', evt => {
    hovered = evt.target;
    hovered.addClass('hover');
    markRoles();
    placeLabels();
  });
  cy.on('mouseout', 'node', evt => {
    evt.target.removeClass('hover');
    hovered = null;
    markRoles();
    placeLabels();
  });
  cy.on('select unselect', 'node', () => { markRoles(); placeLabels(); });

  // Labels and the URL follow the view once it stops moving, not on every frame of a zoom or pan.
  let viewTimer = null;
  cy.on('viewport', () => {
    if (viewTimer === null) { setBusy(1); } else { clearTimeout(viewTimer); }
    viewTimer = setTimeout(() => {
      viewTimer = null;
      try {
        refreshLabels();
        // While a view is being restored its steps are still coming in: the URL keeps the one asked for.
        if (!restoring) {
          state.view = [cy.zoom(), cy.pan().x, cy.pan().y];
          writeUrl();
        }
      } finally {
        setBusy(-1);
      }
    }, 150);
  });

  /** Draws the view the state describes: the focus, then each recorded step in order. */
  async function restore() {
    setBusy(1);
    restoring = true;
    try {
      cy.elements().remove();
      expansions.clear();
      hovered = null;
      details.replaceChildren(C.el('p', { className: 'hint' }, 'Click a node.'));
      if (!state.focus) { settle(); return; }
      const view = state.view;
      await loadBatch(state.focus, false);
      layout(true);
      const steps = state.steps;
      state.steps = [];
      for (const id of steps) {
        const n = cy.getElementById(id);
        if (n.empty()) { continue; }
        if (await loadBatch(id, n.data('event'))) {
          state.steps.push(id);
          layout(false);
        }
      }
      settle();
      const focus = cy.getElementById(state.focus);
      if (focus.nonempty()) { focus.select(); showDetails(focus); }
      if (view) {
        cy.viewport({ zoom: view[0], pan: { x: view[1], y: view[2] } });
        state.view = view;
      }
      refreshLabels();
      markRoles();
      writeUrl();
    } finally {
      restoring = false;
      setBusy(-1);
    }
  }

  /**
   * The focus list: every entity with its number of events. It reads every role of every event in the store,
   * so with a focus in the URL the view is drawn first and the list filled after it. The entities are made
   * distinct before their events are counted and one label of each is read (LATERAL ... LIMIT 1): joined on
   * every copy of every label over the union graph, with the roles through rdfs:subPropertyOf+, it took a
   * minute at 10,000 articles.
   */
  async function loadEntityList() {
    const entities = await C.select('SELECT ?e ?label ?n WHERE {\n' +
      '  { SELECT ?e (COUNT(DISTINCT ?ev) AS ?n) WHERE {\n' +
      '    { SELECT DISTINCT ?e WHERE { ?e a cg:Entity } }\n' +
      '    OPTIONAL { VALUES ?r { ' + ontology.roles.map(C.iriTerm).join(' ') + ' } ?ev ?r ?e }\n' +
      '  } GROUP BY ?e }\n' +
      '  LATERAL { OPTIONAL { SELECT ?e ?label WHERE { ?e rdfs:label ?label } LIMIT 1 } }\n' +
      '} ORDER BY ?label');
    const seen = new Set();
    const options = [];
    entities.forEach(b => {
      if (seen.has(b.e.value)) { return; }
      seen.add(b.e.value);
      options.push(C.el('option', { value: b.e.value }, (b.label ? b.label.value : C.localName(b.e.value)) +
        ' (' + b.n.value + ')'));
    });
    focusSelect.replaceChildren(...options);
    if (state.focus) { focusSelect.value = state.focus; }
    return entities;
  }

  async function init() {
    readUrl();
    ontology = await C.ontology();
    if (state.focus) {
      await restore();
      await loadEntityList();
      return;
    }
    const entities = await loadEntityList();
    if (entities.length) {
      // Without a focus, start from the entity in the most events.
      state.focus = entities.slice().sort((a, b) => Number(b.n.value) - Number(a.n.value))[0].e.value;
      focusSelect.value = state.focus;
    }
    await restore();
  }

  focusSelect.addEventListener('change', () => {
    state.focus = focusSelect.value;
    state.steps = [];
    state.view = null;
    restore().catch(report);
  });
  document.getElementById('reset').addEventListener('click', () => {
    state.steps = [];
    state.view = null;
    state.hiddenEntityTypes.clear();
    state.hiddenEventTypes.clear();
    state.from = '';
    state.to = '';
    restore().catch(report);
  });

  setBusy(1);
  init().catch(report).finally(() => setBusy(-1));
}());
