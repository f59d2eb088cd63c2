/* Timeline filter: progressive enhancement. Without JavaScript every happening stays listed and the
   month links still jump. Works from file:// (no fetch, no modules, no framework).
   DOM contract: form#timeline-filter, select#filter-actor (actor slugs, "" = all),
   select#filter-kind (person|organization|country|other, "" = all), input#filter-text;
   each li.happening carries data-actors and data-kinds; a non-matching one gets the hidden attribute.
   The form's data-status is the count's sentence in the page's language, "{shown}" and "{total}"
   standing for the numbers (the template chose its plural for the page's number of happenings).
   A timeline of several pages: the form's data-happenings links to a script that sets
   window.TIMELINE_HAPPENINGS (every happening: page, anchor, date, line, actors; see
   generator/render/filterdata.py), loaded with a
   script element the first time the filter is used; then data-status-all gives the count over the
   whole timeline, each .periods link's .count shows its page's matches, and
   section#filter-elsewhere lists the matches on the other pages (its data-more: the sentence for
   those not listed, "{more}" standing for their number). */
(function () {
  "use strict";
  var form = document.getElementById("timeline-filter");
  if (!form) { return; }
  var actor = document.getElementById("filter-actor");
  var kind = document.getElementById("filter-kind");
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");
  var elsewhere = document.getElementById("filter-elsewhere");
  var sentence = form.getAttribute("data-status") || "Showing {shown} of {total} events.";
  var sentenceAll = form.getAttribute("data-status-all") || "";
  var dataHref = form.getAttribute("data-happenings") || "";
  var lang = document.documentElement.lang || undefined;
  var events = Array.prototype.slice.call(document.querySelectorAll(".timeline li.happening"));
  var sections = Array.prototype.slice.call(document.querySelectorAll(".timeline section.day, .timeline section.month"));
  var periodLinks = Array.prototype.slice.call(document.querySelectorAll(".periods a"));
  var haystacks = null; // built on first text search
  var timer = 0;
  var loading = false;
  var LIMIT = 100; // matches on other pages listed at most

  function number(n) {
    try { return n.toLocaleString(lang); } catch (e) { return String(n); }
  }
  function words(value) { return (value || "").split(/\s+/).filter(Boolean); }
  function fold(value) {
    value = value.toLowerCase();
    return value.normalize ? value.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : value;
  }
  function hay(i) {
    if (!haystacks) { haystacks = events.map(function (li) { return fold(li.textContent); }); }
    return haystacks[i];
  }
  function matches(actors, kinds, haystack, a, k, terms) {
    return (!a || actors.indexOf(a) >= 0) && (!k || kinds.indexOf(k) >= 0) &&
      terms.every(function (t) { return haystack.indexOf(t) >= 0; });
  }

  function apply() {
    var a = actor.value, k = kind.value, terms = words(fold(text.value.trim()));
    var shown = 0;
    events.forEach(function (li, i) {
      var ok = matches(words(li.getAttribute("data-actors")), words(li.getAttribute("data-kinds")), terms.length ? hay(i) : "", a, k, terms);
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("li.happening:not([hidden])");
    });
    var filtering = a || k || terms.length;
    status.textContent = filtering
      ? sentence.replace("{shown}", number(shown)).replace("{total}", number(events.length)) : "";
    if (empty) { empty.hidden = !filtering || shown > 0; }
    if (dataHref) { across(filtering, a, k, terms); }
    remember(a, k, text.value.trim());
  }

  /* The whole timeline: its data is loaded on first use (a script element works from file://). */
  function across(filtering, a, k, terms) {
    if (!filtering) { showAcross(null); return; }
    if (window.TIMELINE_HAPPENINGS) { showAcross(count(window.TIMELINE_HAPPENINGS, a, k, terms)); return; }
    if (loading) { return; }
    loading = true;
    var script = document.createElement("script");
    script.src = dataHref;
    script.onload = apply;
    document.head.appendChild(script);
  }

  function count(data, a, k, terms) {
    var perPage = data.pages.map(function () { return 0; });
    var found = [];
    data.items.forEach(function (item) {
      var actors = item[4].map(function (i) { return data.actors[i]; });
      var kinds = item[4].map(function (i) { return data.kinds[i]; });
      if (matches(actors, kinds, terms.length ? fold(data.dates[item[2]] + " " + item[3]) : "", a, k, terms)) {
        perPage[item[0]] += 1;
        found.push(item);
      }
    });
    return { data: data, perPage: perPage, found: found };
  }

  function currentPage() {
    for (var i = 0; i < periodLinks.length; i += 1) {
      if (periodLinks[i].getAttribute("aria-current") === "page") { return i; }
    }
    return -1;
  }

  function showAcross(result) {
    periodLinks.forEach(function (link, i) {
      var c = link.querySelector(".count");
      if (!c) { return; }
      var total = Number(c.getAttribute("data-count") || 0);
      c.textContent = result ? number(result.perPage[i]) + " / " + number(total) : number(total);
      link.classList.toggle("no-match", Boolean(result) && result.perPage[i] === 0);
    });
    if (!result) {
      if (elsewhere) { elsewhere.hidden = true; }
      return;
    }
    if (sentenceAll) {
      status.textContent += " " + sentenceAll.replace("{shown}", number(result.found.length))
        .replace("{total}", number(result.data.items.length));
    }
    if (!elsewhere) { return; }
    var here = currentPage();
    var root = dataHref.slice(0, dataHref.lastIndexOf("data/"));
    var list = elsewhere.querySelector("ol");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var others = result.found.filter(function (item) { return item[0] !== here; });
    others.slice(0, LIMIT).forEach(function (item) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + result.data.pages[item[0]] + "#" + item[1];
      link.textContent = item[3];
      var date = document.createElement("span");
      date.className = "date";
      date.textContent = result.data.dates[item[2]] + ": ";
      li.appendChild(date);
      li.appendChild(link);
      list.appendChild(li);
    });
    if (others.length > LIMIT) {
      var more = document.createElement("li");
      more.className = "more";
      more.textContent = (elsewhere.getAttribute("data-more") || "{more}").replace("{more}", number(others.length - LIMIT));
      list.appendChild(more);
    }
    elsewhere.hidden = others.length === 0;
    if (empty && others.length > 0) { empty.hidden = true; }
  }

  function remember(a, k, q) {
    if (!window.history || !window.history.replaceState || window.location.protocol === "file:") { return; }
    var params = new URLSearchParams();
    if (a) { params.set("actor", a); }
    if (k) { params.set("kind", k); }
    if (q) { params.set("q", q); }
    var search = params.toString();
    try {
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    } catch (e) { /* some hosts forbid it; the filter still works */ }
  }

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  actor.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  text.addEventListener("input", function () {
    window.clearTimeout(timer);
    if (events.length > 2000 || dataHref) { timer = window.setTimeout(apply, 150); } else { apply(); }
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get("actor")) { actor.value = params.get("actor"); }
  if (params.get("kind")) { kind.value = params.get("kind"); }
  if (params.get("q")) { text.value = params.get("q"); }
  if (actor.value || kind.value || text.value) { apply(); }
})();
