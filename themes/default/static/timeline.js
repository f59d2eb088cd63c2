/* Timeline filter: progressive enhancement. Without JavaScript every event stays listed.
   Works from file:// (no fetch, no modules). */
(function () {
  "use strict";
  var form = document.getElementById("timeline-filter");
  if (!form) { return; }
  var actor = document.getElementById("filter-actor");
  var kind = document.getElementById("filter-kind");
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var sections = Array.prototype.slice.call(document.querySelectorAll(".timeline section.day, .timeline section.month"));
  var haystacks = events.map(function (li) { return li.textContent.toLowerCase(); });

  function words(value) { return (value || "").split(/\s+/).filter(Boolean); }

  function apply() {
    var a = actor.value, k = kind.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    events.forEach(function (li, i) {
      var ok = (!a || words(li.getAttribute("data-actors")).indexOf(a) >= 0) &&
               (!k || words(li.getAttribute("data-kinds")).indexOf(k) >= 0) &&
               (!q || haystacks[i].indexOf(q) >= 0);
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("li.event:not([hidden])");
    });
    var filtering = a || k || q;
    status.textContent = filtering ? "Showing " + shown + " of " + events.length + " events." : "";
  }

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  actor.addEventListener("change", apply);
  kind.addEventListener("change", apply);
  text.addEventListener("input", apply);
  var params = new URLSearchParams(window.location.search);
  if (params.get("actor")) { actor.value = params.get("actor"); }
  if (params.get("kind")) { kind.value = params.get("kind"); }
  if (params.get("q")) { text.value = params.get("q"); }
  apply();
})();
