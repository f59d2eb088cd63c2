// Full-text search for search.html, from file:// as on a host: no fetch, XHR or modules. The
// index (generator/render/search.py) is script files that call window.timelineSearch:
//   search/index.js      .manifest({v, buckets, block, counts: [entries, events, quotes]})
//   search/t/<b>.js      .t(b, {term: postings})   terms whose first two letters hash to b
//   search/d/<k>.js      .d(k, [[title, snippet, date, href, source], ...])   documents k*block...
// Postings are ascending document ids as gaps in base-32 varint digits. Documents are numbered
// entries, then events, then quotes, each newest first. normalise() and bucket() are twins of
// search.py's (a browser test checks they agree).
(function () {
  'use strict';
  var S = window.timelineSearch = window.timelineSearch || {};
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var MIN_TERM = 2, MAX_TERM = 40, FIRST = 10, MORE = 20;
  var KINDS = ['entry', 'event', 'quote'];
  var WORD = /[\p{L}\p{N}]+/gu;
  var manifest = null, terms = {}, blocks = {}, pending = {}, onManifest = [];

  function normalise(text) {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  }
  function words(text) {
    return (normalise(text).match(WORD) || []).map(function (w) { return w.slice(0, MAX_TERM); });
  }
  function bucket(term, buckets) {
    var h = 2166136261, cps = Array.from(term).slice(0, MIN_TERM);
    for (var i = 0; i < cps.length; i++) h = Math.imul(h ^ cps[i].codePointAt(0), 16777619) >>> 0;
    return h % buckets;
  }
  function decode(text) {
    var ids = [], prev = -1, gap = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var v = DIGITS.indexOf(text[i]);
      gap += (v & 31) * Math.pow(2, shift);
      if (v & 32) { shift += 5; continue; }
      prev += gap + 1; ids.push(prev); gap = 0; shift = 0;
    }
    return ids;
  }
  S.normalise = normalise; S.words = words; S.bucket = bucket; S.decode = decode;

  // ------------------------------------------------------------ loading index files
  S.manifest = function (m) { manifest = m; onManifest.splice(0).forEach(function (f) { f(); }); };
  S.t = function (b, data) { terms[b] = data; };
  S.d = function (k, rows) { blocks[k] = rows; };

  function load(path, have) {   // a Promise of the file's data (null when it could not be loaded)
    if (have()) return Promise.resolve(have());
    if (!pending[path]) {
      pending[path] = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = 'search/' + path + '?v=' + manifest.v;
        s.onload = function () { resolve(have() || null); };
        s.onerror = function () { delete pending[path]; resolve(null); };
        document.head.appendChild(s);
      });
    }
    return pending[path];
  }
  function termFile(b) { return load('t/' + b + '.js', function () { return terms[b]; }); }
  function blockFile(k) { return load('d/' + k + '.js', function () { return blocks[k]; }); }

  // ------------------------------------------------------------ answering a query
  // The documents holding every word (the last one as a prefix unless the query ends after it).
  function match(query) {
    var ws = words(query).filter(function (w) { return w.length >= MIN_TERM; });
    if (!ws.length) return Promise.resolve(null);
    var prefix = !/[^\p{L}\p{N}]$/u.test(query);
    var files = ws.map(function (w) { return termFile(bucket(w, manifest.buckets)); });
    return Promise.all(files).then(function (shards) {
      var lists = ws.map(function (w, i) {
        var shard = shards[i] || {};
        if (!(prefix && i === ws.length - 1)) return shard[w] ? decode(shard[w]) : [];
        return union(Object.keys(shard).filter(function (t) { return t.lastIndexOf(w, 0) === 0; })
          .map(function (t) { return decode(shard[t]); }));
      });
      lists.sort(function (a, b) { return a.length - b.length; });
      return lists.reduce(intersect);
    });
  }
  function union(lists) {
    if (lists.length === 1) return lists[0];
    var seen = new Set();
    lists.forEach(function (l) { l.forEach(function (id) { seen.add(id); }); });
    return Array.from(seen).sort(function (a, b) { return a - b; });
  }
  function intersect(a, b) {
    var out = [], j = 0;
    for (var i = 0; i < a.length; i++) {
      while (j < b.length && b[j] < a[i]) j++;
      if (j === b.length) break;
      if (b[j] === a[i]) out.push(a[i]);
    }
    return out;
  }
  function groups(ids) {   // ids of each kind (kinds are consecutive ranges of ids)
    var start = 0, out = {};
    KINDS.forEach(function (kind, i) {
      var end = start + manifest.counts[i];
      out[kind] = ids.filter(function (id) { return id >= start && id < end; });
      start = end;
    });
    return out;
  }
  function rows(ids) {   // [id, row] of these documents, loading the blocks they are in
    var need = Array.from(new Set(ids.map(function (id) { return Math.floor(id / manifest.block); })));
    return Promise.all(need.map(blockFile)).then(function () {
      return ids.map(function (id) {
        var rowsOf = blocks[Math.floor(id / manifest.block)];
        return rowsOf ? rowsOf[id % manifest.block] : null;
      });
    });
  }
  S.match = function (query) { return ready().then(function () { return match(query); }); };
  S.rows = rows;
  S.info = function () { return manifest; };
  function ready() {
    return new Promise(function (resolve) { if (manifest) resolve(); else onManifest.push(resolve); });
  }

  // ------------------------------------------------------------ the page
  function marked(text, ws) {   // a fragment with the words of the query (and their completions) in <mark>
    var frag = document.createDocumentFragment(), last = 0, m;
    var re = new RegExp(WORD.source, 'gu');
    while ((m = re.exec(text))) {
      var w = normalise(m[0]);
      if (!ws.some(function (q) { return w.lastIndexOf(q, 0) === 0; })) continue;
      frag.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement('mark'); mark.textContent = m[0]; frag.appendChild(mark);
      last = m.index + m[0].length;
    }
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function item(row, ws) {
    var li = el('li', 'search-hit');
    var h = el('h3'), a = el('a');
    a.href = row[3]; a.appendChild(marked(row[0], ws)); h.appendChild(a); li.appendChild(h);
    if (row[1]) { var p = el('p', 'search-snippet'); p.appendChild(marked(row[1], ws)); li.appendChild(p); }
    li.appendChild(el('p', 'search-meta', [row[2], row[4]].filter(Boolean).join(' · ')));
    return li;
  }

  function init() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-input');
    var status = document.getElementById('search-status');
    var out = document.getElementById('search-results');
    if (!form || !input || !out) return;
    var label = function (k, fallback) { return form.getAttribute('data-' + k) || fallback; };
    var nojs = document.getElementById('search-nojs');
    if (nojs) nojs.hidden = true;
    form.hidden = false;
    var seq = 0;

    function run() {
      var query = input.value, mine = ++seq, t0 = performance.now();
      var ws = words(query).filter(function (w) { return w.length >= MIN_TERM; });
      if (!query.trim()) { out.textContent = ''; status.textContent = ''; return; }
      S.match(query).then(function (ids) {
        if (mine !== seq) return null;
        if (ids === null) { out.textContent = ''; status.textContent = label('short', 'Type at least two letters.'); return null; }
        var byKind = groups(ids);
        var shown = {};
        KINDS.forEach(function (k) { shown[k] = byKind[k].slice(0, FIRST); });
        return render(byKind, shown, ws, mine, t0);
      }).catch(function () {
        status.textContent = label('failed', 'The search index could not be loaded.');
      });
    }

    function render(byKind, shown, ws, mine, t0) {
      var all = [].concat(shown.entry, shown.event, shown.quote);
      return rows(all).then(function (found) {
        if (mine !== seq) return;
        var rowOf = {};
        all.forEach(function (id, i) { rowOf[id] = found[i]; });
        out.textContent = '';
        KINDS.forEach(function (k) {
          if (!byKind[k].length) return;
          var section = el('section', 'search-group search-' + k);
          section.setAttribute('data-kind', k);
          var h = el('h2', null, label('label-' + k, k) + ' (' + byKind[k].length.toLocaleString() + ')');
          section.appendChild(h);
          var ol = el('ol', 'search-hits');
          shown[k].forEach(function (id) { if (rowOf[id]) ol.appendChild(item(rowOf[id], ws)); });
          section.appendChild(ol);
          if (byKind[k].length > shown[k].length) {
            var more = el('button', 'search-more', label('more', 'Show more'));
            more.type = 'button';
            more.addEventListener('click', function () {
              var first = shown[k].length;
              shown[k] = byKind[k].slice(0, first + MORE);
              render(byKind, shown, ws, seq, performance.now()).then(function () {
                // the list was drawn again: focus its first new result, not the page's start
                var link = out.querySelectorAll('section[data-kind="' + k + '"] li.search-hit a')[first];
                if (link) link.focus();
              });
            });
            section.appendChild(more);
          }
          out.appendChild(section);
        });
        var total = byKind.entry.length + byKind.event.length + byKind.quote.length;
        status.textContent = total ? label('status', 'Articles: {entry}, events: {event}, quotes: {quote}.')
          .replace('{entry}', byKind.entry.length.toLocaleString())
          .replace('{event}', byKind.event.length.toLocaleString())
          .replace('{quote}', byKind.quote.length.toLocaleString()) : label('none', 'Nothing found.');
        out.setAttribute('data-ms', String(Math.round((performance.now() - t0) * 10) / 10));
        out.setAttribute('data-query', input.value);
      });
    }

    window.addEventListener('load', function () {   // search/index.js ran before this, unless it is missing
      if (!manifest) status.textContent = label('failed', 'The search index could not be loaded.');
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    input.addEventListener('input', run);
    var q = new URLSearchParams(location.search).get('q');
    if (q) { input.value = q; run(); }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
