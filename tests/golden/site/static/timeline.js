/* Timeline filter: progressive enhancement. Without JavaScript every event stays listed and the
   month links still jump. Works from file:// (no fetch, no modules, no framework).
   DOM contract: form#timeline-filter, select#filter-actor (actor slugs, "" = all),
   select#filter-kind (person|organization|country|other, "" = all), input#filter-text;
   each li.event carries data-actors and data-kinds; a non-matching event gets the hidden attribute.
   The form's data-status is the count's sentence in the page's language, "{shown}" and "{total}"
   standing for the numbers (the template chose its plural for the page's number of events). */
(function () {
  "use strict";
  var form = document.getElementById("timeline-filter");
  if (!form) { return; }
  var actor = document.getElementById("filter-actor");
  var kind = document.getElementById("filter-kind");
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var empty = document.getElementById("filter-empty");
  var sentence = form.getAttribute("data-status") || "Showing {shown} of {total} events.";
  var lang = document.documentElement.lang || undefined;
  var events = Array.prototype.slice.call(document.querySelectorAll(".timeline li.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll(".timeline section.day, .timeline section.month"));
  var haystacks = null; // built on first text search
  var timer = 0;

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

  function apply() {
    var a = actor.value, k = kind.value, terms = words(fold(text.value.trim()));
    var shown = 0;
    events.forEach(function (li, i) {
      var ok = (!a || words(li.getAttribute("data-actors")).indexOf(a) >= 0) &&
               (!k || words(li.getAttribute("data-kinds")).indexOf(k) >= 0) &&
               terms.every(function (t) { return hay(i).indexOf(t) >= 0; });
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    var filtering = a || k || terms.length;
    status.textContent = filtering
      ? sentence.replace("{shown}", number(shown)).replace("{total}", number(events.length)) : "";
    if (empty) { empty.hidden = !filtering || shown > 0; }
    remember(a, k, text.value.trim());
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
    if (events.length > 2000) { timer = window.setTimeout(apply, 150); } else { apply(); }
  });
  var params = new URLSearchParams(window.location.search);
  if (params.get("actor")) { actor.value = params.get("actor"); }
  if (params.get("kind")) { kind.value = params.get("kind"); }
  if (params.get("q")) { text.value = params.get("q"); }
  if (actor.value || kind.value || text.value) { apply(); }
})();
