#include "html/assets.hpp"

namespace bizmap {

std::string_view style_sheet() {
  // Colours keep a contrast of at least 7:1 for text and 4.5:1 for links
  // against their background (WCAG AAA and AA).
  return R"css(:root { color-scheme: light; --text: #1b1b1b; --muted: #454545; --link: #0a4fb3;
  --line: #c9c9c9; --band: #f2f4f7; --focus: #b35900; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--text); background: #fff; }
a { color: var(--link); }
a:focus, input:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -10000px; }
.skip:focus { position: static; display: block; padding: .5rem 1rem; background: var(--band); }
header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start;
  justify-content: space-between; padding: .75rem 1.5rem; background: var(--band);
  border-bottom: 1px solid var(--line); }
.brand { margin: 0; font-weight: 600; }
.brand span { font-weight: 400; color: var(--muted); margin-left: .25rem; }
.search { position: relative; min-width: 18rem; }
.search label { display: block; font-weight: 600; }
.search input { width: 100%; padding: .4rem .5rem; font: inherit; border: 1px solid #6b6b6b;
  border-radius: 4px; }
.search .hint { margin: .25rem 0 0; font-size: .85rem; color: var(--muted); }
#search-results { list-style: none; margin: 0; padding: 0; position: absolute; z-index: 2;
  width: 100%; background: #fff; border: 1px solid var(--line); }
#search-results:empty { display: none; }
#search-results li { padding: .35rem .5rem; border-top: 1px solid var(--line); }
#search-results .kind { color: var(--muted); font-size: .85rem; margin-left: .35rem; }
nav ul { list-style: none; margin: 0; padding: .5rem 1.5rem; display: flex; flex-wrap: wrap;
  gap: .25rem 1.25rem; border-bottom: 1px solid var(--line); }
main { max-width: 60rem; padding: 1rem 1.5rem 3rem; }
footer { padding: 1rem 1.5rem; color: var(--muted); border-top: 1px solid var(--line); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
  border: 1px solid var(--line); }
th { background: var(--band); }
ol.steps > li { margin-bottom: .75rem; }
ol.steps p { margin: .15rem 0; }
.details { color: var(--muted); }
.details span + span::before { content: " · "; }
.what-ifs { margin: .25rem 0; padding-left: 1.25rem; }
.run-sheet td.tick { width: 3rem; text-align: center; }
.run-sheet input[type=checkbox], .checklist input[type=checkbox] { width: 1.2rem;
  height: 1.2rem; }
.checklist { list-style: none; padding-left: 0; }
.fill-in span { display: inline-block; margin-right: 2rem; }
figure.diagram { margin: 1rem 0; overflow-x: auto; }
figure.diagram svg { max-width: 100%; height: auto; }
.note { color: var(--muted); font-style: italic; }
section.part, section.sheet { border-top: 1px solid var(--line); }
@media print {
  header.site, nav, .skip, footer, .print-link, .run-sheet-link { display: none; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .print-part, .sheet + .sheet { break-before: page; }
  /* Opened from a process's link (#run-sheet-P), the page prints that sheet. */
  main:has(.sheet:target) .sheet:not(:target) { display: none; }
  main:has(.sheet:target) > h1 { display: none; }
  section.sheet { border-top: none; }
  tr, li, figure.diagram, section.part { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  figure.diagram { overflow: visible; }
  .run-sheet input[type=checkbox], .checklist input[type=checkbox] { appearance: none;
    border: 1.5px solid #000; border-radius: 2px; }
}
)css";
}

std::string_view search_script() {
  return R"js(// The manual's search: search-index.js, loaded as a script beside this one,
// holds every page as [title, path from the manual's folder, kind, text].
(function () {
  "use strict";
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  if (!input || !list || !window.bizmapSearch) { return; }
  var root = document.body.getAttribute("data-root") || "";
  var pages = window.bizmapSearch.map(function (page) {
    return { title: page[0], path: page[1], kind: page[2],
             words: (page[0] + " " + page[3]).toLowerCase() };
  });
  function matches(query) {
    var terms = query.toLowerCase().split(/\s+/).filter(function (t) { return t.length > 0; });
    if (terms.length === 0) { return []; }
    var found = [];
    for (var i = 0; i < pages.length; i++) {
      var page = pages[i];
      if (terms.every(function (t) { return page.words.indexOf(t) >= 0; })) { found.push(page); }
    }
    // A title that is the query comes first, then one that holds it whole,
    // then one that holds every word; the index's order breaks ties.
    var whole = terms.join(" ");
    function rank(page) {
      var title = page.title.toLowerCase();
      if (title === whole) { return 3; }
      if (title.indexOf(whole) >= 0) { return 2; }
      return terms.every(function (t) { return title.indexOf(t) >= 0; }) ? 1 : 0;
    }
    found.forEach(function (page, i) { page.rank = rank(page); page.order = i; });
    found.sort(function (a, b) { return b.rank - a.rank || a.order - b.order; });
    return found;
  }
  function show() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var query = input.value.trim();
    if (query === "") { return; }
    var found = matches(query);
    if (found.length === 0) {
      var none = document.createElement("li");
      none.textContent = list.getAttribute("data-none");
      list.appendChild(none);
      return;
    }
    found.slice(0, 20).forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + page.path;
      link.textContent = page.title;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = page.kind;
      item.appendChild(link);
      item.appendChild(kind);
      list.appendChild(item);
    });
  }
  input.addEventListener("input", show);
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); window.location.href = first.href; }
    } else if (event.key === "Escape") {
      input.value = "";
      show();
    }
  });
})();
)js";
}

} // namespace bizmap
