// nergraph HTML viewer: draws the graph embedded in #graph-data as SVG with
// a force layout, and shows relations and evidence on click. Written for
// nergraph; it loads nothing. Data is only ever put into the page with
// textContent and setAttribute, never parsed as HTML.
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var TYPE_COLORS = { person: '#a8d5f2', country: '#ffd166', region: '#b7e4a7', organization: '#f4a6a6' };
  var KIND_LABELS = { verb: 'verb', affiliation: 'affiliation', location: 'location', cooccurrence: 'co-occurrence' };
  var data = JSON.parse(document.getElementById('graph-data').textContent);

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function typeColor(t) { return TYPE_COLORS[t] || '#dddddd'; }
  function edgeColor(e) {
    var c = e.category || '';
    if (e.kind === 'cooccurrence') { return '#999999'; }
    if (e.kind === 'affiliation') { return '#1d4e89'; }
    if (e.kind === 'location') { return '#4f772d'; }
    if (/^(ASSAULT|COERCE|THREATEN|SANCTION)$/.test(c)) { return '#c1121f'; }
    if (/^(ACCUSE|REJECT|PROTEST)$/.test(c)) { return '#e76f51'; }
    if (/^(SUPPORT|AID|COOPERATE|AGREE)$/.test(c)) { return '#2a9d8f'; }
    return '#333333';
  }
  function edgeLabel(e) { return (e.negated ? 'not ' : '') + e.label; }

  // ---- model -------------------------------------------------------------
  var maxMentions = Math.max.apply(null, [1].concat(data.nodes.map(function (n) { return n.mentions || 1; })));
  var nodes = data.nodes.map(function (n, i) {
    return { d: n, i: i, x: 0, y: 0, vx: 0, vy: 0, edges: [], r: 5 + 15 * Math.sqrt((n.mentions || 1) / maxMentions) };
  });
  var byId = new Map();
  nodes.forEach(function (n) { byId.set(n.d.id, n); });
  var edges = [];
  data.edges.forEach(function (e) {
    var s = byId.get(e.source), t = byId.get(e.target);
    if (!s || !t) { return; }
    var edge = { d: e, i: edges.length, s: s, t: t, bend: 0 };
    edges.push(edge);
    s.edges.push(edge);
    if (t !== s) { t.edges.push(edge); }
  });
  // Parallel edges between the same two nodes bend apart.
  var pairs = new Map();
  edges.forEach(function (e) {
    var key = e.s.i < e.t.i ? e.s.i + ' ' + e.t.i : e.t.i + ' ' + e.s.i;
    if (!pairs.has(key)) { pairs.set(key, []); }
    pairs.get(key).push(e);
  });
  pairs.forEach(function (list) {
    list.forEach(function (e, k) {
      var b = (k - (list.length - 1) / 2) * 22;
      e.bend = e.s.i < e.t.i ? b : -b;
    });
  });

  // ---- layout: deterministic force simulation (Fruchterman-Reingold) ----------
  function layout() {
    var n = nodes.length;
    if (n === 0) { return; }
    var golden = Math.PI * (3 - Math.sqrt(5));
    nodes.forEach(function (p, k) {
      var rad = 40 * Math.sqrt(k + 0.5);
      p.x = rad * Math.cos(k * golden);
      p.y = rad * Math.sin(k * golden);
    });
    var k = 110, k2 = k * k;
    var iterations = n > 800 ? 60 : n > 300 ? 150 : 300;
    for (var it = 0; it < iterations; it++) {
      var temp = 4 * k * Math.pow(1 - it / iterations, 2) + 1;
      nodes.forEach(function (p) { p.vx = 0; p.vy = 0; });
      for (var a = 0; a < n; a++) {
        var pa = nodes[a];
        for (var b = a + 1; b < n; b++) {
          var pb = nodes[b];
          var dx = pa.x - pb.x, dy = pa.y - pb.y;
          var d = Math.sqrt(dx * dx + dy * dy) + 0.01;
          var f = k2 / d;
          if (d < pa.r + pb.r + 80) { f *= 4; }
          dx = dx / d * f; dy = dy / d * f;
          pa.vx += dx; pa.vy += dy; pb.vx -= dx; pb.vy -= dy;
        }
      }
      edges.forEach(function (e) {
        if (e.s === e.t) { return; }
        var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
        var d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = d * d / k * (e.d.kind === 'cooccurrence' ? 0.5 : 1);
        dx = dx / d * f; dy = dy / d * f;
        e.s.vx += dx; e.s.vy += dy; e.t.vx -= dx; e.t.vy -= dy;
      });
      nodes.forEach(function (p) {
        // Gravity keeps components that share no edge close together.
        var d = Math.sqrt(p.x * p.x + p.y * p.y) + 0.01;
        p.vx -= p.x / d * 0.1 * d * d / k; p.vy -= p.y / d * 0.1 * d * d / k;
        var v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) + 0.01;
        var step = Math.min(v, temp);
        p.x += p.vx / v * step; p.y += p.vy / v * step;
      });
    }
  }

  // ---- drawing ---------------------------------------------------------------
  var svg = $('graph');
  var viewport = svgEl('g', { id: 'viewport' });
  var defs = svgEl('defs');
  var edgeLayer = svgEl('g', { id: 'edges' });
  var nodeLayer = svgEl('g', { id: 'nodes' });
  svg.appendChild(defs);
  svg.appendChild(viewport);
  viewport.appendChild(edgeLayer);
  viewport.appendChild(nodeLayer);
  var markers = new Map();
  function marker(color) {
    if (!markers.has(color)) {
      var id = 'arrow' + markers.size;
      var m = svgEl('marker', { id: id, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse' });
      m.appendChild(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', fill: color }));
      defs.appendChild(m);
      markers.set(color, id);
    }
    return markers.get(color);
  }
  var labelled = new Set(nodes.slice().sort(function (a, b) {
    return (b.d.mentions - a.d.mentions) || (a.i - b.i);
  }).slice(0, 80));

  function edgePath(e) {
    var sx = e.s.x, sy = e.s.y, tx = e.t.x, ty = e.t.y;
    var dx = tx - sx, dy = ty - sy, d = Math.sqrt(dx * dx + dy * dy) || 1;
    var mx = (sx + tx) / 2 - dy / d * e.bend, my = (sy + ty) / 2 + dx / d * e.bend;
    // End at the target's circle, so arrows are visible.
    var ex = tx - mx, ey = ty - my, ed = Math.sqrt(ex * ex + ey * ey) || 1;
    var endX = tx - ex / ed * (e.t.r + 2), endY = ty - ey / ed * (e.t.r + 2);
    return { d: 'M' + sx.toFixed(1) + ',' + sy.toFixed(1) + ' Q' + mx.toFixed(1) + ',' + my.toFixed(1) + ' ' + endX.toFixed(1) + ',' + endY.toFixed(1), mx: (sx + 2 * mx + tx) / 4, my: (sy + 2 * my + ty) / 4 };
  }

  function draw() {
    edges.forEach(function (e) {
      var g = svgEl('g', { 'class': 'edge', 'data-index': String(e.i) });
      var color = edgeColor(e.d);
      var p = edgePath(e);
      var line = svgEl('path', { 'class': 'line', d: p.d, stroke: color, 'stroke-width': (1 + Math.log(e.d.weight || 1)).toFixed(2), 'stroke-opacity': e.d.kind === 'cooccurrence' ? '0.45' : '0.85' });
      if (e.d.kind === 'cooccurrence' || e.d.negated) { line.setAttribute('stroke-dasharray', '5 4'); }
      if (e.d.kind === 'location') { line.setAttribute('stroke-dasharray', '2 3'); }
      if (e.d.directed) { line.setAttribute('marker-end', 'url(#' + marker(color) + ')'); }
      var hit = svgEl('path', { 'class': 'hit', d: p.d });
      var title = svgEl('title');
      title.textContent = e.s.d.name + ' ' + edgeLabel(e.d) + ' ' + e.t.d.name + ' (' + e.d.weight + ')';
      hit.appendChild(title);
      g.appendChild(line);
      g.appendChild(hit);
      if (e.d.kind !== 'cooccurrence') {
        var t = svgEl('text', { x: p.mx.toFixed(1), y: p.my.toFixed(1), 'text-anchor': 'middle' });
        t.textContent = edgeLabel(e.d);
        g.appendChild(t);
      }
      g.addEventListener('click', function (ev) { ev.stopPropagation(); selectEdge(e.i); });
      e.g = g; e.line = line; e.hit = hit; e.text = g.querySelector('text');
      edgeLayer.appendChild(g);
    });
    nodes.forEach(function (n) {
      var g = svgEl('g', { 'class': 'node', 'data-id': n.d.id, transform: 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')' });
      g.appendChild(svgEl('circle', { r: n.r.toFixed(1), fill: typeColor(n.d.type) }));
      var title = svgEl('title');
      title.textContent = n.d.name + ' (' + n.d.type + ', ' + n.d.mentions + ' mentions)';
      g.appendChild(title);
      var t = svgEl('text', { x: (n.r + 3).toFixed(1), y: '4' });
      t.textContent = n.d.name;
      if (!labelled.has(n)) { t.setAttribute('class', 'hidden'); }
      g.appendChild(t);
      g.addEventListener('mousedown', function (ev) { startDrag(ev, n); });
      g.addEventListener('click', function (ev) { ev.stopPropagation(); if (!dragMoved) { selectNode(n.d.id); } });
      n.g = g; n.label = t;
      nodeLayer.appendChild(g);
    });
  }

  function moveNode(n) {
    n.g.setAttribute('transform', 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')');
    n.edges.forEach(function (e) {
      var p = edgePath(e);
      e.line.setAttribute('d', p.d);
      e.hit.setAttribute('d', p.d);
      if (e.text) { e.text.setAttribute('x', p.mx.toFixed(1)); e.text.setAttribute('y', p.my.toFixed(1)); }
    });
  }

  // ---- view: fit, zoom, pan, drag -------------------------------------------
  var view = { x: 0, y: 0, w: 100, h: 100 };
  function applyView() { svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(1); }).join(' ')); }
  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      if (n.g && n.g.classList.contains('hidden')) { return; }
      minX = Math.min(minX, n.x - n.r); maxX = Math.max(maxX, n.x + n.r + 8 * n.d.name.length);
      minY = Math.min(minY, n.y - n.r); maxY = Math.max(maxY, n.y + n.r);
    });
    if (!isFinite(minX)) { minX = minY = -50; maxX = maxY = 50; }
    var rect = svg.getBoundingClientRect();
    var aspect = rect.width > 0 && rect.height > 0 ? rect.width / rect.height : 1.5;
    var w = maxX - minX + 60, h = maxY - minY + 60;
    if (w / h < aspect) { w = h * aspect; } else { h = w / aspect; }
    // Never magnify more than 1.25 times: small graphs stay small.
    if (rect.width > 0 && w < rect.width / 1.25) { w = rect.width / 1.25; h = w / aspect; }
    view = { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w: w, h: h };
    applyView();
  }
  function toGraph(ev) {
    var rect = svg.getBoundingClientRect();
    return { x: view.x + (ev.clientX - rect.left) / rect.width * view.w, y: view.y + (ev.clientY - rect.top) / rect.height * view.h };
  }
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var p = toGraph(ev), k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    view = { x: p.x - (p.x - view.x) * k, y: p.y - (p.y - view.y) * k, w: view.w * k, h: view.h * k };
    applyView();
  }, { passive: false });
  var drag = null, dragMoved = false;
  function startDrag(ev, n) { ev.stopPropagation(); drag = { node: n, start: toGraph(ev) }; dragMoved = false; }
  svg.addEventListener('mousedown', function (ev) { drag = { pan: true, cx: ev.clientX, cy: ev.clientY, view: view }; dragMoved = false; svg.classList.add('panning'); });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) { return; }
    if (drag.node) {
      var p = toGraph(ev);
      if (Math.abs(p.x - drag.start.x) + Math.abs(p.y - drag.start.y) > 2) { dragMoved = true; }
      if (dragMoved) { drag.node.x = p.x; drag.node.y = p.y; moveNode(drag.node); }
    } else {
      var rect = svg.getBoundingClientRect();
      var dx = (ev.clientX - drag.cx) / rect.width * drag.view.w, dy = (ev.clientY - drag.cy) / rect.height * drag.view.h;
      if (Math.abs(ev.clientX - drag.cx) + Math.abs(ev.clientY - drag.cy) > 3) { dragMoved = true; }
      view = { x: drag.view.x - dx, y: drag.view.y - dy, w: drag.view.w, h: drag.view.h };
      applyView();
    }
  });
  window.addEventListener('mouseup', function () { drag = null; svg.classList.remove('panning'); });
  svg.addEventListener('click', function () { if (!dragMoved) { clearSelection(); } });

  // ---- details panel ---------------------------------------------------------
  var details = $('details');
  function clearDetails() { while (details.firstChild) { details.removeChild(details.firstChild); } }
  function facts(pairs) {
    var dl = el('dl');
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === '') { return; }
      dl.appendChild(el('dt', null, p[0]));
      dl.appendChild(el('dd', null, p[1]));
    });
    return dl;
  }
  function evidenceList(e) {
    var ol = el('ol', 'evidence');
    e.evidence.forEach(function (ev) {
      var li = el('li');
      li.appendChild(el('span', 'article', '[' + ev.article + ']'));
      li.appendChild(document.createTextNode(ev.text));
      ol.appendChild(li);
    });
    return ol;
  }
  function highlight(selected, neighbours, edge) {
    if (selected || edge) {
      nodes.forEach(function (n) { n.g.classList.remove('dim'); });
      edges.forEach(function (e) { e.g.classList.remove('dim'); });
    }
    var focus = !!(selected || edge);
    nodes.forEach(function (n) {
      n.g.classList.toggle('faded', focus && n !== selected && !neighbours.has(n));
      n.g.classList.toggle('selected', n === selected);
      n.g.classList.toggle('neighbour', neighbours.has(n));
      n.label.classList.toggle('hidden', !(labelled.has(n) || n === selected || neighbours.has(n)));
    });
    edges.forEach(function (e) {
      var on = e === edge || (!!selected && (e.s === selected || e.t === selected));
      e.g.classList.toggle('selected', e === edge);
      e.g.classList.toggle('faded', focus && !on);
    });
  }
  function clearSelection() {
    highlight(null, new Set(), null);
    clearDetails();
    details.appendChild(el('p', 'hint', 'Click an entity or a relation to see its evidence.'));
    document.body.removeAttribute('data-selected');
  }
  function selectNode(id) {
    var n = byId.get(id);
    if (!n) { return false; }
    var neighbours = new Set();
    n.edges.forEach(function (e) { neighbours.add(e.s === n ? e.t : e.s); });
    highlight(n, neighbours, null);
    clearDetails();
    details.appendChild(el('h2', null, n.d.name));
    details.appendChild(facts([
      ['type', n.d.type], ['id', n.d.id], ['mentions', n.d.mentions],
      ['seen as', (n.d.aliases || []).join(', ')], ['country', n.d.country],
      ['articles', (n.d.articles || []).join(', ')]
    ]));
    var sorted = n.edges.slice().sort(function (a, b) {
      var ka = a.d.kind === 'cooccurrence' ? 1 : 0, kb = b.d.kind === 'cooccurrence' ? 1 : 0;
      return (ka - kb) || (b.d.weight - a.d.weight) || (a.i - b.i);
    });
    details.appendChild(el('h3', null, 'Relations (' + sorted.length + ')'));
    var ul = el('ul', 'relations');
    sorted.forEach(function (e) {
      var li = el('li');
      var other = e.s === n ? e.t : e.s;
      var text = !e.d.directed ? edgeLabel(e.d) + ' — ' + other.d.name
        : e.s === n ? edgeLabel(e.d) + ' → ' + other.d.name
          : other.d.name + ' → ' + edgeLabel(e.d);
      var b = el('button', 'relation', text + ' (' + e.d.weight + ')');
      b.type = 'button';
      b.setAttribute('data-edge', String(e.i));
      b.addEventListener('click', function () { selectEdge(e.i); });
      li.appendChild(b);
      li.appendChild(evidenceList(e.d));
      ul.appendChild(li);
    });
    details.appendChild(ul);
    document.body.setAttribute('data-selected', 'node:' + n.d.id);
    return true;
  }
  function selectEdge(i) {
    var e = edges[i];
    if (!e) { return false; }
    highlight(null, new Set([e.s, e.t]), e);
    clearDetails();
    details.appendChild(el('h2', null, e.s.d.name + ' ' + (e.d.directed ? '→ ' : '— ') + edgeLabel(e.d) + (e.d.directed ? ' → ' : ' — ') + e.t.d.name));
    details.appendChild(facts([
      ['kind', KIND_LABELS[e.d.kind] || e.d.kind], ['label', e.d.label], ['category', e.d.category],
      ['negated', e.d.negated ? 'yes' : 'no'], ['mood', e.d.mood], ['claimed by', e.d.attributed_to],
      ['weight', e.d.weight], ['first seen', e.d.first_seen], ['last seen', e.d.last_seen]
    ]));
    var from = el('button', 'relation', 'from: ' + e.s.d.name);
    from.type = 'button';
    from.addEventListener('click', function () { selectNode(e.s.d.id); });
    var to = el('button', 'relation', 'to: ' + e.t.d.name);
    to.type = 'button';
    to.addEventListener('click', function () { selectNode(e.t.d.id); });
    var p = el('p');
    p.appendChild(from);
    p.appendChild(document.createTextNode(' · '));
    p.appendChild(to);
    details.appendChild(p);
    details.appendChild(el('h3', null, 'Evidence (' + e.d.evidence.length + ')'));
    details.appendChild(evidenceList(e.d));
    document.body.setAttribute('data-selected', 'edge:' + i);
    return true;
  }

  // ---- search and filters ----------------------------------------------------
  var results = $('results');
  function matches(n, q) {
    if (n.d.name.toLowerCase().indexOf(q) >= 0 || n.d.id.toLowerCase().indexOf(q) >= 0) { return true; }
    return (n.d.aliases || []).some(function (a) { return a.toLowerCase().indexOf(q) >= 0; });
  }
  function search(query) {
    var q = query.trim().toLowerCase();
    while (results.firstChild) { results.removeChild(results.firstChild); }
    var found = q ? nodes.filter(function (n) { return matches(n, q); }) : [];
    found.sort(function (a, b) { return (b.d.mentions - a.d.mentions) || (a.i - b.i); });
    nodes.forEach(function (n) { n.g.classList.toggle('dim', q !== '' && found.indexOf(n) < 0); });
    edges.forEach(function (e) { e.g.classList.toggle('dim', q !== '' && (found.indexOf(e.s) < 0 && found.indexOf(e.t) < 0)); });
    found.slice(0, 20).forEach(function (n) {
      var li = el('li');
      var b = el('button', null, n.d.name + ' (' + n.d.type + ')');
      b.type = 'button';
      b.setAttribute('data-id', n.d.id);
      b.addEventListener('click', function () { selectNode(n.d.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    return found.map(function (n) { return n.d.id; });
  }
  var searchBox = $('search');
  searchBox.addEventListener('input', function () { search(searchBox.value); });
  searchBox.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var found = search(searchBox.value);
      if (found.length) { selectNode(found[0]); }
    }
  });

  var hiddenTypes = new Set(), hiddenKinds = new Set();
  function applyFilters() {
    nodes.forEach(function (n) { n.g.classList.toggle('hidden', hiddenTypes.has(n.d.type)); });
    edges.forEach(function (e) {
      e.g.classList.toggle('hidden', hiddenKinds.has(e.d.kind) || hiddenTypes.has(e.s.d.type) || hiddenTypes.has(e.t.d.type));
    });
  }
  function checkboxes(container, values, hidden, swatch) {
    var counts = new Map();
    values.forEach(function (v) { counts.set(v, (counts.get(v) || 0) + 1); });
    Array.from(counts.keys()).sort().forEach(function (v) {
      var label = el('label');
      var box = el('input');
      box.type = 'checkbox';
      box.checked = true;
      box.value = v;
      box.setAttribute('data-filter', v);
      box.addEventListener('change', function () {
        if (box.checked) { hidden.delete(v); } else { hidden.add(v); }
        applyFilters();
      });
      label.appendChild(box);
      label.appendChild(swatch(v));
      label.appendChild(document.createTextNode((KIND_LABELS[v] || v) + ' (' + counts.get(v) + ')'));
      container.appendChild(label);
    });
  }
  checkboxes($('types'), nodes.map(function (n) { return n.d.type; }), hiddenTypes, function (t) {
    var s = el('span', 'swatch');
    s.style.background = typeColor(t);
    return s;
  });
  checkboxes($('kinds'), edges.map(function (e) { return e.d.kind; }), hiddenKinds, function (k) {
    var s = el('span', 'line-swatch');
    s.style.borderTopColor = edgeColor({ kind: k });
    if (k === 'cooccurrence') { s.style.borderTopStyle = 'dashed'; }
    if (k === 'location') { s.style.borderTopStyle = 'dotted'; }
    return s;
  });

  // ---- start -----------------------------------------------------------------
  $('summary').textContent = data.articles.length + ' article' + (data.articles.length === 1 ? '' : 's') + ', ' +
    nodes.length + ' entities, ' + edges.length + ' relations';
  layout();
  draw();
  fit();
  clearSelection();
  window.addEventListener('resize', fit);
  // A small hook for tests and for scripting the page from the console.
  window.nergraph = {
    nodeCount: nodes.length, edgeCount: edges.length,
    search: search, selectNode: selectNode, selectEdge: selectEdge, fit: fit
  };
  document.body.setAttribute('data-ready', 'true');
}());
