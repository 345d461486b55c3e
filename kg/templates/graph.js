// The page's behaviour: hover cards, search in both scripts, filters, language switch.
// Every string from an article reaches the page through textContent, never innerHTML.
(function () {
  'use strict';

  var DATA = JSON.parse(document.getElementById('kg-data').textContent);
  var OPTIONS = JSON.parse(document.getElementById('kg-options').textContent);
  var state = { ready: false, lang: 'en', search: {} };
  // Milliseconds since navigation: script start, layout done, first drawing after it.
  var timing = { script_ms: Math.round(performance.now()), ready_ms: null, stable_ms: null };

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

  // A hover card: a DOM element built from plain strings.
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
      var b = el('blockquote', q.text, { dir: 'auto' });
      if (q.lang) b.setAttribute('lang', q.lang);
      root.appendChild(b);
      if (q.source) root.appendChild(el('div', q.source, { 'class': 'kg-source', dir: 'auto' }));
    });
    return root;
  }

  var byId = {};
  DATA.nodes.forEach(function (n) {
    byId[n.id] = n;
    n.title = card(n.kg.card);
  });
  DATA.edges.forEach(function (e) { e.title = card(e.kg.card); });
  // Nodes left out of the drawing (a big graph's view draws its most central part):
  // search finds them and shows their cards, the canvas does not hold them.
  var hidden = {};
  (DATA.hidden || []).forEach(function (n) { byId[n.id] = n; hidden[n.id] = true; });
  var budgetNote = document.getElementById('kg-budget');
  if (DATA.budget && DATA.budget.note) {
    budgetNote.textContent = DATA.budget.note;
    budgetNote.hidden = false;
  }

  var nodes = new vis.DataSet(DATA.nodes);
  var edges = new vis.DataSet(DATA.edges);
  var shown = {};
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !!shown[n.id]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return !!shown[e.from] && !!shown[e.to]; }
  });

  // ------------------------------------------------------------------ filters
  var kindBoxes = {}, stateBoxes = {};
  var kindsField = document.getElementById('kg-kinds');
  DATA.kinds.forEach(function (k) {
    if (k.filter === false) return;
    var label = el('label');
    var box = el('input', null, { type: 'checkbox', value: k.kind });
    box.checked = true;
    kindBoxes[k.kind] = box;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + k.label_en));
    kindsField.appendChild(label);
  });
  var statesField = document.getElementById('kg-states');
  DATA.states.forEach(function (s) {
    var label = el('label', null, { title: s.label_en + ' / ' + s.label_ar });
    var box = el('input', null, { type: 'checkbox', value: s.code });
    box.checked = true;
    stateBoxes[s.code] = box;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' ' + s.code));
    statesField.appendChild(label);
  });
  if (!DATA.states.length) statesField.hidden = true;
  var from = document.getElementById('kg-from'), to = document.getElementById('kg-to');
  if (DATA.dates.min) { from.min = to.min = DATA.dates.min; }
  if (DATA.dates.max) { from.max = to.max = DATA.dates.max; }
  if (!DATA.dates.min) document.getElementById('kg-dates').hidden = true;

  function passes(n) {
    var k = n.kg;
    if (kindBoxes[k.kind] && !kindBoxes[k.kind].checked) return false;
    if (k.states.length && !k.states.some(function (s) { return stateBoxes[s] && stateBoxes[s].checked; })) return false;
    if (k.kind === 'event') {
      if (from.value && k.end && k.end.slice(0, 10) < from.value) return false;
      if (to.value && k.begin && k.begin.slice(0, 10) > to.value) return false;
    }
    return true;
  }

  function applyFilters() {
    shown = {};
    DATA.nodes.forEach(function (n) { if (passes(n)) shown[n.id] = true; });
    nodeView.refresh();
    edgeView.refresh();
    document.getElementById('kg-count').textContent =
      nodeView.length + ' of ' + DATA.nodes.length + ' nodes, ' + edgeView.length + ' of ' + DATA.edges.length + ' edges';
    writeState();
  }
  [from, to].forEach(function (i) { i.addEventListener('change', applyFilters); });
  Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].addEventListener('change', applyFilters); });
  Object.keys(stateBoxes).forEach(function (k) { stateBoxes[k].addEventListener('change', applyFilters); });

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

  // ------------------------------------------------------------------ network
  DATA.nodes.forEach(function (n) { shown[n.id] = true; });
  var container = document.getElementById('kg-network');
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, OPTIONS);

  // Labels hang outside the nodes that fit() measures: leave them some room.
  function fitAll() {
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.88 });
  }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    timing.ready_ms = Math.round(performance.now());
    // The page is still once the laid-out network has been drawn: window.__kgStable
    // (and "timing" in #kg-state) tell benchmarks and tests when that was.
    network.once('afterDrawing', function () {
      timing.stable_ms = Math.round(performance.now());
      window.__kgStable = timing.stable_ms;
      writeState();
    });
    network.redraw();
    runSelfTest();
    writeState();
  }
  if (OPTIONS.physics && OPTIONS.physics.enabled !== false && DATA.nodes.length) {
    // Lay out once, then hold still: a graph that keeps moving cannot be read.
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({ physics: false });
      fitAll();
      markReady();
    });
  } else {
    // After the rest of this script has run: the self-test and the state need the
    // search box, the hash and the filters, which are set up below.
    setTimeout(markReady, 0);
  }

  function showDetails(id) {
    var box = document.getElementById('kg-details');
    box.textContent = '';
    box.className = '';
    if (byId[id]) box.appendChild(card(byId[id].kg.card));
    if (hidden[id]) {
      box.appendChild(el('div', 'Not drawn: outside the ' + DATA.budget.drawn +
        ' most central nodes of this view.', { 'class': 'kg-muted' }));
    }
  }
  network.on('click', function (p) { if (p.nodes.length) showDetails(p.nodes[0]); });

  // ------------------------------------------------------------------ language
  function setLang(lang) {
    state.lang = lang;
    nodes.update(DATA.nodes.map(function (n) {
      return { id: n.id, label: lang === 'ar' ? (n.kg.label_ar || n.kg.label_en) : n.kg.label_en };
    }));
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

  function focusNodes(ids) {
    var visible = ids.filter(function (id) { return shown[id]; });
    network.selectNodes(visible);
    if (visible.length === 1) {
      network.focus(visible[0], { scale: 1.3, animation: { duration: 400 } });
      showDetails(visible[0]);
    } else if (visible.length) {
      network.fit({ nodes: visible, animation: { duration: 400 } });
    } else if (ids.length === 1 && hidden[ids[0]]) {
      showDetails(ids[0]);
    }
  }

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
  var cp = document.getElementById('kg-counterparts');
  (DATA.report.counterparts || []).forEach(function (c) {
    var li = el('li');
    li.appendChild(linkTo(c.a.label_en + ' \u2194 ' + c.b.label_en + ' (' + c.role.replace(/_/g, ' ') + ', ' +
      c.events.length + (c.events.length === 1 ? ' event)' : ' events)'), [c.a.id, c.b.id]));
    cp.appendChild(li);
  });
  if (!cp.children.length) cp.appendChild(el('li', 'None found.', { 'class': 'kg-muted' }));
  var br = document.getElementById('kg-brokers');
  (DATA.report.brokers || []).slice(0, 15).forEach(function (b) {
    var li = el('li');
    li.appendChild(linkTo(b.label_en + ' (' + b.countries.join(', ') + '; ' + b.state_pairs.join(', ') + ')', [b.id]));
    br.appendChild(li);
  });
  if (!br.children.length) br.appendChild(el('li', 'None found.', { 'class': 'kg-muted' }));

  document.getElementById('kg-reset').addEventListener('click', function () {
    Object.keys(kindBoxes).forEach(function (k) { kindBoxes[k].checked = true; });
    Object.keys(stateBoxes).forEach(function (k) { stateBoxes[k].checked = true; });
    from.value = to.value = input.value = '';
    results.hidden = true;
    network.unselectAll();
    applyFilters();
    fitAll();
  });

  // ------------------------------------------------------------------ state, for checks
  // The address's fragment: "#lang=ar", "#q=Fidan", and "#selftest=Fidan|..." which runs
  // those searches and records what they found in #kg-state (used by the browser test).
  var hash = new URLSearchParams(location.hash.slice(1));
  function runSelfTest() {
    if (hash.get('lang') === 'ar') {
      document.querySelector('input[name=kg-lang][value=ar]').checked = true;
      setLang('ar');
    }
    if (hash.get('q')) {
      input.value = hash.get('q');
      focusNodes(search(input.value).slice(0, 1));
    }
    (hash.get('selftest') || '').split('|').filter(Boolean).forEach(function (q) {
      state.search[q] = search(q).map(function (id) { return byId[id].kg.label_en; });
    });
  }
  function writeState() {
    document.getElementById('kg-state').textContent = JSON.stringify({
      ready: state.ready,
      lang: state.lang,
      nodes: nodeView.length,
      edges: edgeView.length,
      total_nodes: DATA.nodes.length,
      total_edges: DATA.edges.length,
      left_out: (DATA.hidden || []).length,
      details: document.getElementById('kg-details').textContent,
      search: state.search,
      timing: timing,
      pwned: !!window.__pwned
    });
  }

  applyFilters();
  window.kgNetwork = network;
})();
