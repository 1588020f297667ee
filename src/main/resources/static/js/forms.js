// Forms: when a save was refused, the page's error summary (fragments/errors.html) takes the focus, so the person
// lands on what to fix instead of the top of the page; each of its links moves the focus to its field.
(function () {
  function fieldOf(target) {
    if (target.matches('input, select, textarea')) { return target; }
    return target.querySelector('input:not([type=hidden]), select, textarea') || target;
  }
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var target = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
      if (!target) { return; }
      event.preventDefault();
      var field = fieldOf(target);
      field.scrollIntoView({block: 'center'});
      field.focus();
    });
  });
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.scrollIntoView({block: 'start'});
    summary.focus();
  }
})();

// A11Y (issue 16): a table that scrolls sideways (phones) can be scrolled with the keyboard: its wrapper takes the
// focus (WCAG 2.1.1, axe scrollable-region-focusable) and shows it (app.css, [tabindex]:focus-visible).
(function () {
  document.querySelectorAll('.table-wrap').forEach(function (wrap) {
    if (!wrap.hasAttribute('tabindex') && wrap.scrollWidth > wrap.clientWidth) { wrap.tabIndex = 0; }
  });
})();
