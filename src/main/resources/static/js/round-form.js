// The round form: choosing a quarter or half-year sets the reference date (the period's last day), the deadline
// (the plan's default number of days later) and the title placeholder, as the option's data attributes say. Without
// JavaScript the "구분에 맞춰 날짜 채우기" button does the same on the server, and the server refuses a reference date
// outside the chosen period either way.
(function () {
  var period = document.querySelector('select[data-round-period]');
  if (!period) { return; }
  var form = period.form;
  var reference = form.querySelector('#referenceDate');
  var deadline = form.querySelector('#deadline');
  var title = form.querySelector('#title');
  var status = document.getElementById('period-status');
  var fill = document.getElementById('fill-dates');
  if (fill) { fill.hidden = true; }
  period.addEventListener('change', function () {
    var option = period.options[period.selectedIndex];
    reference.value = option.getAttribute('data-reference');
    deadline.value = option.getAttribute('data-deadline');
    title.placeholder = option.getAttribute('data-title');
    if (status) {
      status.textContent = option.text + ': 기준일 ' + reference.value + ', 제출 기한 ' + deadline.value + '(으)로 맞췄습니다.';
    }
  });
})();
