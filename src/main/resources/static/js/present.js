// Projector mode: one slide at a time. → Space PageDown next, ← PageUp previous, Home/End, number + Enter to jump,
// I slide index, F full screen, Esc leave. The address holds the slide (#slide-N), so a refresh stays put.
(function () {
  var body = document.body;
  var slides = Array.prototype.slice.call(document.querySelectorAll('.slide'));
  var index = document.getElementById('slide-index');
  if (!slides.length) { return; }
  body.classList.add('js');
  var current = 0;
  var typed = '';

  function fromAddress() {
    var m = /^#slide-(\d+)$/.exec(location.hash);
    if (m) { return parseInt(m[1], 10) - 1; }
    var q = /[?&]slide=(\d+)/.exec(location.search);
    if (q) { return parseInt(q[1], 10) - 1; }
    return parseInt(body.getAttribute('data-start') || '1', 10) - 1;
  }

  function show(n) {
    n = Math.max(0, Math.min(slides.length - 1, n));
    slides[current].classList.remove('current');
    current = n;
    slides[current].classList.add('current');
    var hash = '#slide-' + (current + 1);
    if (location.hash !== hash) { history.replaceState(null, '', location.pathname + location.search + hash); }
    document.title = document.title.replace(/^\d+\/\d+ · /, '');
    document.title = (current + 1) + '/' + slides.length + ' · ' + document.title;
  }

  function toggleIndex(open) {
    if (!index) { return; }
    var hide = open === undefined ? !index.hidden : !open;
    index.hidden = hide;
    if (!hide) { var a = index.querySelectorAll('a')[current]; if (a) { a.focus(); } }
  }

  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var k = e.key;
    if (/^[0-9]$/.test(k)) { typed += k; e.preventDefault(); return; }
    if (k === 'Enter' && typed) { show(parseInt(typed, 10) - 1); typed = ''; toggleIndex(false); e.preventDefault(); return; }
    typed = '';
    if (k === 'ArrowRight' || k === ' ' || k === 'PageDown' || k === 'ArrowDown') { show(current + 1); e.preventDefault(); }
    else if (k === 'ArrowLeft' || k === 'PageUp' || k === 'ArrowUp') { show(current - 1); e.preventDefault(); }
    else if (k === 'Home') { show(0); e.preventDefault(); }
    else if (k === 'End') { show(slides.length - 1); e.preventDefault(); }
    else if (k === 'i' || k === 'I') { toggleIndex(); e.preventDefault(); }
    else if (k === 'f' || k === 'F') {
      if (document.fullscreenElement) { document.exitFullscreen(); }
      else if (document.documentElement.requestFullscreen) { document.documentElement.requestFullscreen(); }
      e.preventDefault();
    } else if (k === 'Escape') {
      if (index && !index.hidden) { toggleIndex(false); }
      else if (!document.fullscreenElement) { location.href = body.getAttribute('data-back'); }
    }
  });

  if (index) {
    index.addEventListener('click', function (e) {
      var a = e.target.closest('a');
      if (a) { e.preventDefault(); show(parseInt(a.getAttribute('href').replace('#slide-', ''), 10) - 1); toggleIndex(false); }
    });
  }
  window.addEventListener('hashchange', function () { show(fromAddress()); });
  slides.forEach(function (s) { s.classList.remove('current'); });
  slides[0].classList.add('current');
  current = 0;
  show(fromAddress());
})();
