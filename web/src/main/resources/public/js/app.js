// Fiscal Lens: sortable tables, line links, list filters and print marks for figures. No dependencies.
(function () {
  function value(cell) {
    var raw = cell.getAttribute('data-sort');
    if (raw === null) raw = cell.textContent.trim();
    var n = parseFloat(String(raw).replace(/[,%\s]/g, '').replace('−', '-'));
    return isNaN(n) ? { text: String(raw) } : { num: n };
  }
  function compare(a, b) {
    if (a.num !== undefined && b.num !== undefined) return a.num - b.num;
    if (a.num !== undefined) return -1;
    if (b.num !== undefined) return 1;
    return a.text.localeCompare(b.text, 'zh-Hans-CN');
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.setAttribute('role', 'button');
      function sort() {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = compare(value(r1.cells[col]), value(r2.cells[col]));
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
    });
  });
  document.querySelectorAll('ol.source .ln').forEach(function (a) {
    a.addEventListener('click', function () {
      if (navigator.clipboard) navigator.clipboard.writeText(a.href).catch(function () {});
    });
  });
  var hl = document.querySelector('ol.source li.hl');
  if (hl && !location.hash) hl.scrollIntoView({ block: 'center' });
  // a search box narrows a long list (departments, the compare picker) as the user types; a ticked box stays
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var box = document.querySelector(input.getAttribute('data-filter'));
    if (!box) return;
    var items = box.querySelectorAll('[data-filter-item]');
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(items, function (it) {
        it.hidden = !(q === '' || it.textContent.toLowerCase().indexOf(q) >= 0 || it.querySelector('input:checked'));
      });
    });
  });
})();
// print: each link to a document line is marked "n·line" (n: its place in the page's list of source documents,
// rendered by the layout for print), so a printed number keeps its source
(function () {
  var order = {};
  document.querySelectorAll('.print-sources li[data-doc]').forEach(function (li, i) {
    order[li.getAttribute('data-doc')] = i + 1;
  });
  document.querySelectorAll('main a[href^="/documents/"]').forEach(function (a) {
    var url = new URL(a.getAttribute('href'), location.origin);
    var n = order[url.pathname.split('/')[2]];
    if (!n) return;
    var line = url.searchParams.get('line');
    a.setAttribute('data-cite', line ? n + '\u00b7' + line : String(n));
  });
})();
// print: folded parts (the 功能分类 tree, long raw lines) print unfolded, and fold back afterwards
(function () {
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('main details:not([open])'), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
