// The page's behaviour: the first screen, hover cards, search in both scripts, filters,
// views (key people, everything, around a person), language switch.
// Every string from an article reaches the page through textContent, never innerHTML.
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var OPTIONS = JSON.parse(document.getElementById('kg-options').textContent);
  var VIEW = DATA.view || { labels_max: 30, zoom_labels: 1.4, label_px: 11 };
  var state = { ready: false, lang: 'en', search: {}, mode: 'first', around: [], hover: null };
  // Milliseconds since navigation: script start, layout done, first drawing after it.
  var timing = { script_ms: Math.round(performance.now()), ready_ms: null, stable_ms: null };
  var physics = !!(OPTIONS.physics && OPTIONS.physics.enabled !== false);

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // The same folding as kg.analyze.normalize_name.
  function fold(s) {
    return String(s || '').normalize('NFKD').replace(/\p{M}/gu, '')
      .replace(/\u0671/g, '\u0627').replace(/\u0649/g, '\u064a').replace(/\u0629/g, '\u0647')
      .replace(/\u0131/g, 'i').replace(/\u0640/g, '').replace(/\u00df/g, 'ss')
      .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  // A card: a DOM element built from plain strings. A quote is the sentence that states
  // the fact, its words marked, then the article's title and its outlet and date.
  function card(c) {
    var root = el('div', null, { 'class': 'kg-card' });
    root.appendChild(el('div', c.kind, { 'class': 'kg-kind' }));
    if (c.title_en) root.appendChild(el('div', c.title_en, { 'class': 'kg-name', dir: 'auto', lang: 'en' }));
    if (c.title_ar) root.appendChild(el('div', c.title_ar, { 'class': 'kg-name kg-name-ar', dir: 'rtl', lang: 'ar' }));
    (c.rows || []).forEach(function (r) {
      var row = el('div', null, { 'class': 'kg-row', dir: 'auto' });
      row.appendChild(el('span', r[0] + ': ', { 'class': 'kg-key' }));
      row.appendChild(el('span', r[1], { dir: 'auto' }));
      root.appendChild(row);
    });
    (c.quotes || []).forEach(function (q) {
      var b = el('blockquote', null, { dir: 'auto' });
      if (q.lang) b.setAttribute('lang', q.lang);
      (q.parts || [[q.text, 0]]).forEach(function (p) {
        b.appendChild(p[1] ? el('mark', p[0]) : document.createTextNode(p[0]));
      });
      root.appendChild(b);
      if (q.title) root.appendChild(el('div', q.title, { 'class': 'kg-title', dir: 'auto' }));
      if (q.source) {
        var src = el('div', q.source, { 'class': 'kg-source', dir: 'auto' });
        if (q.url) src.setAttribute('title', q.url);
        root.appendChild(src);
      }
    });
    return root;
  }

  var byId = {};
  DATA.nodes.forEach(function (n) { byId[n.id] = n; delete n.title; });
  var edgeById = {};
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; delete e.title; });
  // Nodes left out of the drawing (a big graph's view draws its most central part):
  // search finds them and shows their cards, the canvas does not hold them.
  var hidden = {};
  (DATA.hidden || []).forEach(function (n) { byId[n.id] = n; hidden[n.id] = true; });
  var budgetNote = document.getElementById('kg-budget');
  if (DATA.budget && DATA.budget.note) {
    budgetNote.textContent = DATA.budget.note;
    budgetNote.hidden = false;
  }
  // Who is next to whom, for "around a person" (state ties left out: they join everyone).
  var adjacent = {};
  DATA.edges.forEach(function (e) {
    if (e.kg.kinds[0] === 'of_state') return;
    (adjacent[e.from] = adjacent[e.from] || []).push(e.to);
    (adjacent[e.to] = adjacent[e.to] || []).push(e.from);
  });
  var statesOf = {};
  DATA.edges.forEach(function (e) {
    if (e.kg.kinds[0] === 'of_state') (statesOf[e.from] = statesOf[e.from] || []).push(e.to);
  });

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var shown = {};
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!shown[n.id]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return !!shown[e.from] && !!shown[e.to]; }
  });

  // ------------------------------------------------------------------ filters
  // Each list (kinds, states) has "All", "None" and, on each row, "only".
  function filterList(listId, boxId, sumId, items) {
    var boxes = {};
    var list = document.getElementById(listId);
    var sum = document.getElementById(sumId);
    function summary() {
      var on = Object.keys(boxes).filter(function (k) { return boxes[k].checked; }).length;
      sum.textContent = '(' + on + ' of ' + Object.keys(boxes).length + ')';
    }
    items.forEach(function (it) {
      var li = el('li');
      var label = el('label', null, { title: it.title || '' });
      var box = el('input', null, { type: 'checkbox', value: it.key });
      box.checked = true;
      boxes[it.key] = box;
      label.appendChild(box);
      if (it.glyph) {
        var g = el('span', ' ' + it.glyph, { 'class': 'kg-glyph' });
        g.style.color = it.color;
        label.appendChild(g);
      }
      label.appendChild(el('span', ' ' + it.name, { dir: 'auto' }));
      li.appendChild(label);
      var only = el('button', 'only', { type: 'button', 'class': 'kg-only', 'data-only': it.key });
      only.addEventListener('click', function () {
        Object.keys(boxes).forEach(function (k) { boxes[k].checked = k === it.key; });
        changed();
      });
      li.appendChild(only);
      box.addEventListener('change', changed);
      list.appendChild(li);
    });
    Array.prototype.forEach.call(document.querySelectorAll('#' + boxId + ' [data-set]'), function (b) {
      b.addEventListener('click', function () {
        var on = b.getAttribute('data-set') === 'all';
        Object.keys(boxes).forEach(function (k) { boxes[k].checked = on; });
        changed();
      });
    });
    function changed() { summary(); applyFilters(true); }
    summary();
    return { boxes: boxes, reset: function () {
      Object.keys(boxes).forEach(function (k) { boxes[k].checked = true; });
      summary();
    } };
  }
  var kindFilter = filterList('kg-kinds', 'kg-kinds-box', 'kg-kinds-sum', DATA.kinds.filter(function (k) {
    return k.filter !== false;
  }).map(function (k) {
    return { key: k.kind, name: k.label_en, glyph: k.glyph, color: k.color, title: k.label_ar };
  }));
  var stateFilter = filterList('kg-states', 'kg-states-box', 'kg-states-sum', DATA.states.map(function (s) {
    return { key: s.code, name: s.label_en + ' (' + s.code + ')', title: s.label_ar };
  }));
  if (!DATA.states.length) document.getElementById('kg-states-box').hidden = true;
  var kindBoxes = kindFilter.boxes, stateBoxes = stateFilter.boxes;
  var from = document.getElementById('kg-from'), to = document.getElementById('kg-to');
  if (DATA.dates.min) { from.min = to.min = DATA.dates.min; }
  if (DATA.dates.max) { from.max = to.max = DATA.dates.max; }
  if (!DATA.dates.min) document.getElementById('kg-dates').hidden = true;

  function inView(n) {
    if (state.mode === 'first') return !!n.kg.first;
    if (state.mode === 'around') return !!aroundSet[n.id];
    return true;
  }

  function passes(n) {
    var k = n.kg;
    if (!inView(n)) return false;
    if (kindBoxes[k.kind] && !kindBoxes[k.kind].checked) return false;
    if (k.states.length && !k.states.some(function (s) { return stateBoxes[s] && stateBoxes[s].checked; })) return false;
    if (k.kind === 'event') {
      if (from.value && k.end && k.end.slice(0, 10) < from.value) return false;
      if (to.value && k.begin && k.begin.slice(0, 10) > to.value) return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ labels
  // A bounded number of labels: on the first screen the people and their states; in the
  // other views the VIEW.labels_max most central nodes shown. Zoomed in, every label.
  var labelled = {};
  var zoomedIn = false;
  var clusterCards = {};  // the cards of the state groups drawn ("by state")
  function labelText(n) {
    return state.lang === 'ar' ? (n.kg.label_ar || n.kg.label_en) : n.kg.label_en;
  }
  function chooseLabels() {
    labelled = {};
    var ids = Object.keys(shown);
    if (state.mode === 'first') {
      ids.forEach(function (id) {
        var k = byId[id].kg.kind;
        if (k === 'person' || k === 'country') labelled[id] = true;
      });
    } else {
      if (state.mode === 'around') state.around.forEach(function (id) { if (shown[id]) labelled[id] = true; });
      ids.sort(function (a, b) { return byId[a].kg.rank - byId[b].kg.rank; });
      ids.slice(0, VIEW.labels_max).forEach(function (id) { labelled[id] = true; });
    }
  }
  // Labels keep a readable size when the view is fitted to many nodes (zoomed out).
  var fitScale = 1;
  function updateLabels() {
    // at least VIEW.label_px pixels high on the screen, at the fitted zoom
    var least = zoomedIn ? 0 : VIEW.label_px / Math.max(fitScale, 0.1);
    nodes.update(DATA.nodes.map(function (n) {
      var on = zoomedIn || labelled[n.id];
      var font = Object.assign({}, n.font || {});
      font.size = Math.round(Math.max(font.size || 12, on ? least : 0));
      if (font.bold) font.bold = { size: font.size };
      return { id: n.id, label: on ? labelText(n) : '', font: font };
    }));
    Object.keys(clusterCards).forEach(function (cid) {
      if (network && network.isCluster(cid)) {
        network.clustering.updateClusteredNode(cid, { font: { size: Math.round(Math.max(12, least)) } });
      }
    });
  }

  function applyFilters(relayoutAfter) {
    if (network) hideHover();  // the node under the card may be going
    shown = {};
    DATA.nodes.forEach(function (n) { if (passes(n)) shown[n.id] = true; });
    chooseLabels();
    updateLabels();
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById('kg-count').textContent =
      nodeView.length + ' of ' + DATA.nodes.length + ' nodes, ' + edgeView.length + ' of ' + DATA.edges.length + ' edges';
    if (network) groupByState();
    if (relayoutAfter && network) relayout();
    writeState();
  }
  [from, to].forEach(function (i) { i.addEventListener('change', function () { applyFilters(true); }); });

  // ------------------------------------------------------------------ legend
  var legend = document.getElementById('kg-legend');
  DATA.kinds.forEach(function (k) {
    var li = el('li');
    var g = el('span', k.glyph, { 'class': 'kg-glyph' });
    g.style.color = k.color;
    li.appendChild(g);
    li.appendChild(el('span', k.label_en));
    li.appendChild(el('span', k.label_ar, { lang: 'ar', dir: 'rtl', 'class': 'kg-muted' }));
    legend.appendChild(li);
  });

  // ------------------------------------------------------------------ views
  var aroundSet = {};
  // A person's neighbourhood: two steps along the graph's edges (their events, posts,
  // the others in those events, the organizations of the posts), and the states of the
  // people in it.
  function around(ids) {
    var seen = {};
    var level = ids.filter(function (id) { return byId[id] && !hidden[id]; });
    level.forEach(function (id) { seen[id] = true; });
    for (var step = 0; step < 2; step++) {
      var next = [];
      level.forEach(function (id) {
        (adjacent[id] || []).forEach(function (v) { if (!seen[v]) { seen[v] = true; next.push(v); } });
      });
      level = next;
    }
    Object.keys(seen).forEach(function (id) {
      (statesOf[id] || []).forEach(function (s) { seen[s] = true; });
    });
    return seen;
  }
  function setMode(mode, ids) {
    state.mode = mode;
    if (mode === 'around') {
      state.around = ids || state.around;
      aroundSet = around(state.around);
      var name = state.around.map(function (id) { return byId[id].kg.label_en; }).join(' & ');
      document.getElementById('kg-around-name').textContent = 'Around ' + name;
      document.getElementById('kg-view-around').hidden = false;
    }
    var radio = document.querySelector('input[name=kg-view][value=' + mode + ']');
    if (radio) radio.checked = true;
    applyFilters(true);
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name=kg-view]'), function (r) {
    r.addEventListener('change', function () { if (r.checked) setMode(r.value); });
  });

  // ------------------------------------------------------------------ network
  DATA.nodes.forEach(function (n) { if (inView(n)) shown[n.id] = true; });
  chooseLabels();
  updateLabels();
  var container = document.getElementById('kg-network');
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, OPTIONS);

  // Labels hang outside the nodes that fit() measures: leave them some room.
  function fitAll() {
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.88 });
    fitScale = network.getScale();
    zoomedIn = false;
    updateLabels();
  }
  // Zoomed in well past the fitted view: every node shown gets its label.
  function setZoomed() {
    var z = network.getScale() >= Math.max(VIEW.zoom_labels, fitScale * 2.5);
    if (z !== zoomedIn) { zoomedIn = z; updateLabels(); }
  }
  network.on('zoom', function () { hideHover(); setZoomed(); });

  // Lay the nodes shown out again (new nodes come without a place), then hold still.
  var laying = false;
  function relayout() {
    if (!physics) { fitAll(); return; }
    laying = true;
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(Math.min(600, 150 + nodeView.length));
  }
  network.on('stabilizationIterationsDone', function () {
    network.setOptions({ physics: false });
    fitAll();
    laying = false;
    // the labels' boxes are measured when drawn: the state is written after the drawing
    network.once('afterDrawing', writeState);
    markReady();
  });

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    timing.ready_ms = Math.round(performance.now());
    // The page is still once the laid-out network has been drawn: window.__kgStable
    // (and "timing" in #kg-state) tell benchmarks and tests when that was.
    network.once('afterDrawing', function () {
      timing.stable_ms = Math.round(performance.now());
      window.__kgStable = timing.stable_ms;
      runSelfTest();
      writeState();
    });
    network.redraw();
    writeState();
  }
  if (!(physics && nodeView.length)) {
    // After the rest of this script has run: the self-test and the state need the
    // search box, the hash and the filters, which are set up below.
    setTimeout(function () { fitAll(); markReady(); }, 0);
  }

  // ------------------------------------------------------------------ hover cards
  // Our own card, not vis-network's tooltip: it goes when the pointer leaves the node or
  // edge, the canvas, or the page, and on a drag or zoom.
  var hover = document.getElementById('kg-hover');
  function showHover(c, dom) {
    hover.textContent = '';
    hover.appendChild(card(c));
    hover.hidden = false;
    var rect = container.getBoundingClientRect();
    var x = rect.left + dom.x + 14, y = rect.top + dom.y + 14;
    var w = hover.offsetWidth, h = hover.offsetHeight;
    if (x + w > window.innerWidth - 8) x = Math.max(8, rect.left + dom.x - w - 14);
    if (y + h > window.innerHeight - 8) y = Math.max(8, window.innerHeight - h - 8);
    hover.style.left = x + 'px';
    hover.style.top = y + 'px';
  }
  function hideHover() {
    hover.hidden = true;
    hover.textContent = '';
    state.hover = null;
  }
  network.on('hoverNode', function (p) {
    state.hover = p.node;
    var c = byId[p.node] ? byId[p.node].kg.card : clusterCards[p.node];
    if (c) showHover(c, p.pointer.DOM);
  });
  network.on('hoverEdge', function (p) {
    if (state.hover && byId[state.hover]) return;  // a node's card wins over its edges'
    state.hover = p.edge;
    showHover(edgeById[p.edge].kg.card, p.pointer.DOM);
  });
  network.on('blurNode', function (p) { if (state.hover === p.node) hideHover(); });
  network.on('blurEdge', function (p) { if (state.hover === p.edge) hideHover(); });
  network.on('dragStart', hideHover);
  container.addEventListener('mouseleave', hideHover);
  container.addEventListener('pointerleave', hideHover);
  document.addEventListener('mouseleave', hideHover);
  window.addEventListener('blur', hideHover);

  // ------------------------------------------------------------------ selection
  var details = document.getElementById('kg-details');
  var aroundButton = document.getElementById('kg-around');
  function clearDetails() {
    details.textContent = 'Click a node or search a name.';
    details.className = 'kg-muted';
    aroundButton.hidden = true;
  }
  function showDetails(id) {
    details.textContent = '';
    details.className = '';
    if (byId[id]) details.appendChild(card(byId[id].kg.card));
    if (hidden[id]) {
      details.appendChild(el('div', 'Not drawn: outside the ' + DATA.budget.drawn +
        ' most central nodes of this view.', { 'class': 'kg-muted' }));
    }
    aroundButton.hidden = !!hidden[id] || !byId[id];
    aroundButton.onclick = function () { setMode('around', [id]); };
  }
  network.on('click', function (p) {
    hideHover();
    if (p.nodes.length && byId[p.nodes[0]]) showDetails(p.nodes[0]);
  });

  // ------------------------------------------------------------------ grouping by state
  // "by state": the nodes of one state only (its people, posts, organizations, places,
  // and events between its own people) become one node per state; double-click opens it.
  var group = document.getElementById('kg-group');
  function groupByState() {
    clusterCards = {};
    if (!group.checked) return;
    var byCode = {};
    DATA.states.forEach(function (s) { byCode[s.code] = s; });
    Object.keys(byCode).forEach(function (code) {
      var members = nodeView.getIds().filter(function (id) {
        var st = byId[id].kg.states;
        return st.length === 1 && st[0] === code;
      });
      if (members.length < 3) return;
      var s = byCode[code];
      var cid = 'cluster:' + code;
      var people = members.filter(function (id) { return byId[id].kg.kind === 'person'; }).length;
      clusterCards[cid] = {
        kind: 'state, grouped', title_en: s.label_en, title_ar: s.label_ar,
        rows: [['Nodes', String(members.length)], ['People', String(people)],
               ['Open', 'double-click']], quotes: []
      };
      network.cluster({
        joinCondition: function (n) { return n.kg && n.kg.states.length === 1 && n.kg.states[0] === code; },
        clusterNodeProperties: {
          id: cid, label: (state.lang === 'ar' && s.label_ar ? s.label_ar : s.label_en) + ' (' + members.length + ')',
          shape: 'hexagon', color: { background: '#dc2626', border: '#ffffff' },
          size: 12 + 4 * Math.sqrt(members.length), font: { size: Math.round(VIEW.label_px / Math.max(fitScale, 0.1)) }
        }
      });
    });
    state.clusters = Object.keys(clusterCards).length;
  }
  group.addEventListener('change', function () {
    if (!group.checked) {
      Object.keys(clusterCards).forEach(function (cid) {
        if (network.isCluster(cid)) network.openCluster(cid);
      });
      clusterCards = {};
      state.clusters = 0;
    }
    applyFilters(true);
  });
  network.on('doubleClick', function (p) {
    if (p.nodes.length && network.isCluster(p.nodes[0])) network.openCluster(p.nodes[0]);
  });

  // ------------------------------------------------------------------ language
  function setLang(lang) {
    state.lang = lang;
    updateLabels();
    writeState();
  }
  Array.prototype.forEach.call(document.querySelectorAll('input[name=kg-lang]'), function (r) {
    r.addEventListener('change', function () { if (r.checked) setLang(r.value); });
  });

  // ------------------------------------------------------------------ search
  function search(q) {
    var f = fold(q);
    if (f.length < 2) return [];
    return DATA.nodes.concat(DATA.hidden || []).filter(function (n) {
      return n.kg.search.some(function (k) { return k.indexOf(f) !== -1; });
    }).map(function (n) { return n.id; }).sort(function (a, b) {
      var pa = byId[a].kg.kind === 'person' ? 0 : 1, pb = byId[b].kg.kind === 'person' ? 0 : 1;
      return pa - pb || (byId[b].size || 0) - (byId[a].size || 0) || (a < b ? -1 : a > b ? 1 : 0);
    });
  }

  // Show these nodes: a node the current view does not hold opens the view around it.
  var pendingFocus = null;
  function focusNodes(ids) {
    var drawn = ids.filter(function (id) { return byId[id] && !hidden[id]; });
    if (drawn.some(function (id) { return !shown[id]; })) {
      pendingFocus = drawn;
      setMode('around', drawn);
      if (!physics) finishFocus();
      return;
    }
    pendingFocus = drawn;
    finishFocus();
    if (!drawn.length && ids.length === 1 && hidden[ids[0]]) showDetails(ids[0]);
  }
  function finishFocus() {
    var visible = (pendingFocus || []).filter(function (id) { return shown[id]; });
    pendingFocus = null;
    network.selectNodes(visible);
    if (visible.length === 1) {
      network.focus(visible[0], { scale: Math.max(network.getScale(), 1.1), animation: { duration: 400 } });
      showDetails(visible[0]);
    } else if (visible.length) {
      network.fit({ nodes: visible, animation: { duration: 400 } });
    }
  }
  network.on('stabilizationIterationsDone', function () { if (pendingFocus) finishFocus(); });

  var input = document.getElementById('kg-search'), results = document.getElementById('kg-results');
  function showResults(ids) {
    results.textContent = '';
    ids.slice(0, 30).forEach(function (id) {
      var n = byId[id];
      var b = el('button', null, { type: 'button', dir: 'auto' });
      b.appendChild(el('span', n.kg.label_en));
      if (n.kg.label_ar) {
        b.appendChild(document.createTextNode(' · '));
        b.appendChild(el('span', n.kg.label_ar, { lang: 'ar', dir: 'rtl' }));
      }
      b.addEventListener('click', function () { results.hidden = true; focusNodes([id]); });
      results.appendChild(b);
    });
    results.hidden = ids.length === 0;
  }
  input.addEventListener('input', function () {
    var ids = search(input.value);
    showResults(ids);
    if (ids.length) network.selectNodes(ids.filter(function (id) { return shown[id]; }));
    else network.unselectAll();
  });
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') {
      var ids = search(input.value);
      results.hidden = true;
      focusNodes(ids.length ? [ids[0]] : []);
    } else if (ev.key === 'Escape') {
      results.hidden = true;
    }
  });

  // ------------------------------------------------------------------ report panels
  function linkTo(text, ids) {
    var b = el('button', text, { type: 'button', 'class': 'kg-link', dir: 'auto' });
    b.addEventListener('click', function () { focusNodes(ids); });
    return b;
  }
  // Counterparts: pairs who faced each other (the only two people of an event, or host
  // and guest) first, by how often; pairs who only met among others after them.
  var cp = document.getElementById('kg-counterparts');
  var pairs = DATA.report.counterparts || [];
  function times(k) { return k === 1 ? 'once' : k + ' times'; }
  function pairItem(c) {
    var li = el('li');
    var face = c.principal || 0, all = c.events.length;
    var how = face ? 'face to face ' + times(face) + (all > face ? ', ' + all + ' events in all' : '')
      : (all === 1 ? 'one event, with others' : all + ' events, with others');
    li.appendChild(linkTo(c.a.label_en + ' \u2194 ' + c.b.label_en + ' (' + c.role.replace(/_/g, ' ') + '; ' +
      how + ')', [c.a.id, c.b.id]));
    return li;
  }
  pairs.slice(0, 12).forEach(function (c) { cp.appendChild(pairItem(c)); });
  var more = document.getElementById('kg-more-counterparts');
  if (pairs.length > 12) {
    more.hidden = false;
    more.textContent = 'Show all ' + pairs.length;
    more.addEventListener('click', function () {
      pairs.slice(12).forEach(function (c) { cp.appendChild(pairItem(c)); });
      more.hidden = true;
    });
  }
  if (!cp.children.length) cp.appendChild(el('li', 'None found.', { 'class': 'kg-muted' }));
  var br = document.getElementById('kg-brokers');
  (DATA.report.brokers || []).slice(0, 15).forEach(function (b) {
    var li = el('li');
    li.appendChild(linkTo(b.label_en + ' (' + b.countries.join(', ') + '; ' + b.state_pairs.join(', ') + ')', [b.id]));
    br.appendChild(li);
  });
  if (!br.children.length) br.appendChild(el('li', 'None found.', { 'class': 'kg-muted' }));

  // Reset: every filter on, the first screen, no search, nothing selected.
  document.getElementById('kg-reset').addEventListener('click', function () {
    kindFilter.reset();
    stateFilter.reset();
    from.value = to.value = input.value = '';
    results.hidden = true;
    hideHover();
    network.unselectAll();
    clearDetails();
    document.getElementById('kg-view-around').hidden = true;
    setMode('first');
  });

  // ------------------------------------------------------------------ state, for checks
  // The address's fragment: "#lang=ar", "#q=Fidan", "#person=ID or name" (the view around
  // that person), "#view=all", "#group=state" (group by state), and "#selftest=Fidan|..." which runs those searches and
  // records what they found in #kg-state; "#hovertest=1" moves a synthetic pointer onto
  // the most central node and away, and records whether its card came and went;
  // "#resettest=1" presses Reset after the rest and records what is left selected.
  var hash = new URLSearchParams(location.hash.slice(1));
  function applyHash() {
    if (hash.get('lang') === 'ar') {
      document.querySelector('input[name=kg-lang][value=ar]').checked = true;
      setLang('ar');
    }
    if (hash.get('group') === 'state') group.checked = true;
    if (hash.get('view') === 'all') setMode('all');
    else if (group.checked) applyFilters(true);
    var who = hash.get('person');
    if (who) {
      var id = byId[who] && !hidden[who] ? who : search(who).filter(function (x) { return !hidden[x]; })[0];
      if (id) { setMode('around', [id]); pendingFocus = [id]; if (!physics) finishFocus(); }
    }
    if (hash.get('q')) {
      input.value = hash.get('q');
      focusNodes(search(input.value).slice(0, 1));
    }
  }
  function runSelfTest() {
    (hash.get('selftest') || '').split('|').filter(Boolean).forEach(function (q) {
      state.search[q] = search(q).map(function (id) { return byId[id].kg.label_en; });
    });
    if (hash.get('hovertest')) hoverTest();
    if (hash.get('resettest')) {
      document.getElementById('kg-reset').click();
      state.reset = { details: details.textContent, mode: state.mode, search: input.value };
    }
  }
  function pointer(type, x, y, target) {
    var rect = container.getBoundingClientRect();
    (target || container.querySelector('canvas')).dispatchEvent(new MouseEvent(type, {
      bubbles: type !== 'mouseleave', cancelable: true, clientX: rect.left + x, clientY: rect.top + y
    }));
  }
  function hoverTest() {
    var id = Object.keys(shown).sort(function (a, b) { return byId[a].kg.rank - byId[b].kg.rank; })[0];
    var result = { node: id ? byId[id].kg.label_en : null };
    if (id) {
      var at = network.canvasToDOM(network.getPositions([id])[id]);
      pointer('mousemove', at.x, at.y);
      result.on_node = !hover.hidden && hover.textContent.indexOf(byId[id].kg.card.title_en) !== -1;
      pointer('mousemove', 2, 2);  // the canvas's corner: nothing there
      result.after_moving_away = !hover.hidden;
      pointer('mousemove', at.x, at.y);
      result.on_node_again = !hover.hidden;
      pointer('mouseleave', at.x, at.y, container);  // out of the canvas, onto the panel
      result.after_leaving = !hover.hidden;
    }
    state.hovertest = result;
  }
  // Labels drawn on the canvas and how many pairs of them overlap (their boxes, as
  // vis-network measured them in the last drawing).
  function labelStats() {
    var boxes = [];
    network.body.nodeIndices.forEach(function (id) {  // what is drawn, groups included
      var n = network.body.nodes[id];
      if (!n || !(zoomedIn || labelled[id] || clusterCards[id])) return;
      var s = n.labelModule && n.labelModule.size;
      if (s && s.width > 0) boxes.push(s);
    });
    var overlaps = 0;
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i], b = boxes[j];
        var w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
        var h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
        if (w > 2 && h > 2) overlaps++;
      }
    }
    return { labels: boxes.length, overlaps: overlaps };
  }
  function writeState() {
    var ls = state.ready ? labelStats() : { labels: null, overlaps: null };
    document.getElementById('kg-state').textContent = JSON.stringify({
      ready: state.ready,
      lang: state.lang,
      mode: state.mode,
      nodes: nodeView.length,
      edges: edgeView.length,
      total_nodes: DATA.nodes.length,
      total_edges: DATA.edges.length,
      left_out: (DATA.hidden || []).length,
      labels: ls.labels,
      overlaps: ls.overlaps,
      hover: !hover.hidden,
      hovertest: state.hovertest || null,
      reset: state.reset || null,
      clusters: state.clusters || 0,
      drawn: state.ready ? network.body.nodeIndices.length : null,
      details: details.textContent,
      search: state.search,
      timing: timing,
      pwned: !!window.__pwned
    });
  }

  applyFilters(false);
  applyHash();
  window.kgNetwork = network;
})();
