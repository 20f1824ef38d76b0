/**
 * The filter of the findings table, inlined. Plain DOM, no module, no network: it works from a file opened
 * from disk. It reads the rows' data attributes and hides rows that do not match; without it every row shows
 * and the (then useless) filter form stays hidden.
 */
export const SCRIPT = `
(function () {
  var table = document.getElementById('findings');
  var form = document.getElementById('filters');
  if (!table || !form) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  var field = function (id) { return document.getElementById(id); };
  var severity = field('filter-severity'), control = field('filter-control'), check = field('filter-check'),
    text = field('filter-text'), suppressed = field('filter-suppressed'), count = field('filter-count');
  var apply = function () {
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var d = row.dataset;
      var match = (!severity.value || d.severity === severity.value) &&
        (!control.value || d.controls.split(' ').indexOf(control.value) >= 0) &&
        (!check.value || d.check === check.value) &&
        (suppressed.checked || d.suppressed !== 'true') &&
        (!query || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = 'Showing ' + shown + ' of ' + rows.length + ' findings';
  };
  [severity, control, check, text, suppressed].forEach(function (el) {
    el.addEventListener('input', apply);
    el.addEventListener('change', apply);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();
`;
