document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th, column) {
    th.addEventListener('click', function () {
      var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var descending = th.getAttribute('aria-sort') === 'ascending';
      table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      rows.sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column], d;
        if (x.hasAttribute('data-sort')) {
          d = parseFloat(x.getAttribute('data-sort')) - parseFloat(y.getAttribute('data-sort'));
        } else {
          d = x.textContent.localeCompare(y.textContent);
        }
        return descending ? -d : d;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
