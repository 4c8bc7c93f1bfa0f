/**
 * The report page's script, as text inlined into the HTML (plain ES2017, no build step). It reads the
 * data from `<script type="application/json" id="eventline-data">` and puts every string from an
 * article into the page with textContent or as canvas text, never as HTML. Timeline: vis-timeline
 * (one group per actor); graph: vis-network. Both are captured from `window.EventlineVis`.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('eventline-data').textContent);
  var libs = window.EventlineVis;
  var TYPES = ['Visit', 'Meeting', 'Talks'];
  var STATUSES = ['occurred', 'planned', 'possible', 'cancelled'];
  var KINDS = ['Person', 'Organization', 'Country', 'Place'];
  var HOLLOW = { planned: true, possible: true, cancelled: true };
  var events = data.events;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function typeKey(type) { return TYPES.indexOf(type) >= 0 ? type.toLowerCase() : 'other'; }
  function statusKey(status) { return STATUSES.indexOf(status) >= 0 ? status : 'other'; }
  function isHollow(e) { return HOLLOW[e.status] === true; }
  function day(s) { var p = s.split('-'); return new Date(Number(p[0]), Number(p[1]) - 1, Number(p[2])); }
  function dayAfter(s) { var d = day(s); d.setDate(d.getDate() + 1); return d; }
  function isDated(e) { return typeof e.startDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.startDate); }
  function endOf(e) { return typeof e.endDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.endDate) ? e.endDate : e.startDate; }
  function isRange(e) { return isDated(e) && endOf(e) !== e.startDate; }
  function when(e) {
    if (!isDated(e)) return 'undated';
    return isRange(e) ? e.startDate + ' .. ' + endOf(e) + (e.precision && e.precision !== 'day' ? ' (' + e.precision + ')' : '') : e.startDate;
  }
  function itemClass(e) {
    return 'type-' + typeKey(e.type) + ' status-' + statusKey(e.status) + (isHollow(e) ? ' hollow' : '') + (e.precision && e.precision !== 'day' ? ' uncertain' : '');
  }

  // ------------------------------------------------------------ details panel
  var details = document.getElementById('details');
  var timeline = null;
  var network = null;

  function showEvent(index) {
    var e = events[index];
    if (!e) return;
    while (details.firstChild) details.removeChild(details.firstChild);
    var h = el('h3', null, e.type);
    h.appendChild(el('span', 'status', e.status));
    details.appendChild(h);
    details.appendChild(el('p', 'meta', when(e) + (e.place ? ' \u00b7 ' + e.place.name : '')));
    var who = el('ul');
    e.participants.forEach(function (p) {
      who.appendChild(el('li', null, p.name + ' (' + p.role + ', ' + p.kind + ')'));
    });
    details.appendChild(who);
    details.appendChild(el('h2', null, 'Evidence (' + e.sources.length + ')'));
    e.sources.forEach(function (s) {
      details.appendChild(el('blockquote', 'evidence', s.sentence));
      var cite = el('p', 'cite');
      cite.appendChild(el('strong', 'article-title', s.title));
      cite.appendChild(document.createTextNode(' \u00b7 ' + (s.publishedAt || 'undated') + ' \u00b7 ' + s.articleId));
      details.appendChild(cite);
    });
    details.setAttribute('data-event', e.id);
  }

  function select(index, from) {
    showEvent(index);
    if (from !== 'timeline' && timeline) timeline.setSelection(itemsByEvent[index] || []);
    if (from !== 'graph' && network) network.selectNodes([events[index].id]);
  }

  // ------------------------------------------------------------ timeline: one lane per actor
  var lanes = [];
  var laneOf = {};
  var itemsByEvent = {};
  var items = [];
  events.forEach(function (e, index) {
    if (!isDated(e)) return;
    var actors = e.participants.length ? e.participants : [{ id: '(none)', name: '(no participant)', kind: '', role: '' }];
    itemsByEvent[index] = [];
    actors.forEach(function (p, k) {
      if (!(p.id in laneOf)) {
        laneOf[p.id] = lanes.length;
        lanes.push({ id: p.id, name: p.name, kind: p.kind, count: 0 });
      }
      var lane = lanes[laneOf[p.id]];
      lane.count += 1;
      var content = el('span', null, e.type + (p.role && p.role !== 'participant' ? ' (' + p.role + ')' : ''));
      var item = { id: index + '/' + k, group: p.id, start: day(e.startDate), content: content, className: itemClass(e), type: isRange(e) ? 'range' : 'point' };
      if (isRange(e)) item.end = dayAfter(endOf(e));
      items.push(item);
      itemsByEvent[index].push(item.id);
    });
  });
  lanes.sort(function (a, b) { return b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0); });
  var groups = lanes.map(function (lane, order) {
    var content = el('span', 'lane');
    content.appendChild(el('span', 'lane-name', lane.name));
    if (lane.kind) content.appendChild(el('span', 'lane-kind', lane.kind));
    return { id: lane.id, content: content, order: order };
  });
  document.body.setAttribute('data-timeline-items', String(items.length));

  var container = document.getElementById('timeline');
  if (items.length) {
    // the window shows every item with a margin (vis-timeline's own fit clips ranges at the edges)
    var min = Infinity;
    var max = -Infinity;
    items.forEach(function (item) {
      min = Math.min(min, item.start.getTime());
      max = Math.max(max, (item.end || item.start).getTime());
    });
    var pad = Math.max((max - min) * 0.08, 3 * 86400000);
    timeline = new libs.timeline.Timeline(container, items, groups, {
      start: new Date(min - pad),
      end: new Date(max + pad),
      stack: true,
      groupOrder: 'order',
      orientation: 'top',
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      maxHeight: 520,
      margin: { item: { horizontal: 2, vertical: 6 } },
    });
    timeline.on('select', function (props) {
      if (props.items.length) select(Number(String(props.items[0]).split('/')[0]), 'timeline');
    });
  } else {
    container.appendChild(el('p', 'hint', 'No dated events.'));
  }

  var undatedList = document.getElementById('undated');
  events.forEach(function (e, index) {
    if (isDated(e)) return;
    var li = el('li');
    var b = el('button', 'type-' + typeKey(e.type) + (isHollow(e) ? ' hollow' : ''), e.type + ' \u00b7 ' + e.participants.map(function (p) { return p.name; }).join(', ') + ' (' + e.status + ')');
    b.type = 'button';
    b.addEventListener('click', function () { select(index, 'list'); });
    li.appendChild(b);
    undatedList.appendChild(li);
  });
  if (!undatedList.firstChild) document.getElementById('undated-title').hidden = true;

  // ------------------------------------------------------------ graph of actors and events
  var colours = data.colours;
  var nodes = [];
  var edges = [];
  var seen = {};
  var eventIndex = {};
  events.forEach(function (e, index) {
    var c = colours.types[e.type] || colours.other;
    eventIndex[e.id] = index;
    nodes.push({
      id: e.id,
      label: e.type + '\n' + when(e),
      shape: 'square',
      size: 9,
      borderWidth: 2,
      shapeProperties: { borderDashes: isHollow(e) ? [4, 3] : false },
      color: { background: isHollow(e) ? '#ffffff' : c, border: c, highlight: { background: isHollow(e) ? '#fff7e6' : c, border: '#dd6b20' } },
      font: { size: 11, color: '#4a5568' },
    });
    e.participants.forEach(function (p) {
      if (!seen[p.id]) {
        seen[p.id] = true;
        var k = colours.kinds[p.kind] || colours.other;
        nodes.push({ id: p.id, label: p.name, shape: 'dot', size: 14, color: { background: k, border: k }, font: { size: 14, color: '#1a202c', strokeWidth: 3, strokeColor: '#ffffff' } });
      }
      edges.push({ from: p.id, to: e.id, arrows: 'to', color: { color: '#a0aec0', highlight: '#dd6b20' }, dashes: p.role === 'host' });
    });
  });
  var graphBox = document.getElementById('graph');
  network = new libs.network.Network(graphBox, { nodes: nodes, edges: edges }, {
    physics: { solver: 'forceAtlas2Based', stabilization: { iterations: nodes.length > 1000 ? 100 : 300, fit: true } },
    interaction: { hover: true },
    // vis-network's improved layout is slow (and warns) on large graphs
    layout: { randomSeed: 7, improvedLayout: nodes.length <= 150 },
  });
  network.once('stabilizationIterationsDone', function () {
    network.setOptions({ physics: false });
    network.fit();
    window.eventlineReady = true;
  });
  network.on('click', function (params) {
    var id = params.nodes[0];
    if (id !== undefined && id in eventIndex) select(eventIndex[id], 'graph');
  });
  if (!nodes.length) window.eventlineReady = true;

  // The first dated event (else the first event) is shown to start with.
  var first = -1;
  events.forEach(function (e, index) { if (first < 0 && isDated(e)) first = index; });
  if (first < 0 && events.length) first = 0;
  if (first >= 0) select(first, 'start');
})();
`;
