// testgov report.html: the filter box narrows the test table; everything else is static.
(function () {
  var filter = document.getElementById('filter');
  var rows = document.querySelectorAll('#test-table tbody tr');
  if (!filter) {
    return;
  }
  filter.addEventListener('input', function () {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
    });
  });
})();
