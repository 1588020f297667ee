// Projector mode: one slide at a time. → Space PageDown next, ← PageUp previous, Home/End, number + Enter to jump,
// S skip the detail slides, I slide index, F full screen, Esc leave. The address holds the slide (#slide-N), so a
// refresh stays put. Each slide's text is shrunk step by step (--fit) until it fits, never below the minimum size.
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

  // The smallest text a slide may have: 24 px at 1280×720, 28 px at 1920×1080, in proportion below 720p.
  function minimumPx() {
    var scale = Math.min(window.innerWidth / 1280, window.innerHeight / 720);
    return scale >= 1 ? 24 + (scale - 1) * 8 : 24 * scale;
  }

  function overflows(slide) {
    var b = slide.querySelector('.slide-body');
    return b.scrollHeight > b.clientHeight + 1 || slide.scrollHeight > slide.clientHeight + 1
      || slide.scrollWidth > slide.clientWidth + 1 || b.scrollWidth > b.clientWidth + 1;
  }

  function chartFonts(slide, px) {
    if (typeof Chart === 'undefined') { return; }
    slide.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = Chart.getChart(canvas);
      if (!chart) { return; }
      var font = { size: Math.round(px) };
      var o = chart.options;
      Object.keys(o.scales || {}).forEach(function (k) {
        o.scales[k].ticks.font = font;
        if (o.scales[k].title) { o.scales[k].title.font = font; }
      });
      o.plugins.legend.labels.font = font;
      o.plugins.tooltip.bodyFont = font;
      chart.resize();
      chart.update();
    });
  }

  // Starts a little larger than the base size, so a short slide fills the screen, and steps down until it fits.
  function fit(slide) {
    slide.style.setProperty('--fit', '1');
    var base = parseFloat(getComputedStyle(slide).fontSize);
    var lowest = Math.min(1, minimumPx() / base);
    var f = 1.2;
    slide.style.setProperty('--fit', String(f));
    while (overflows(slide) && f > lowest) {
      f = Math.max(lowest, f - 0.04);
      slide.style.setProperty('--fit', String(f));
    }
    chartFonts(slide, Math.max(minimumPx() * 0.85, base * f * 0.8));
  }

  function show(n) {
    n = Math.max(0, Math.min(slides.length - 1, n));
    slides[current].classList.remove('current');
    current = n;
    slides[current].classList.add('current');
    fit(slides[current]);
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
    else if (k === 's' || k === 'S') {
      show(parseInt(slides[current].getAttribute('data-after') || String(current + 2), 10) - 1);
      e.preventDefault();
    }
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
      var a = e.target.closest('a[href^="#slide-"]');
      if (a) { e.preventDefault(); show(parseInt(a.getAttribute('href').replace('#slide-', ''), 10) - 1); toggleIndex(false); }
    });
  }
  window.addEventListener('hashchange', function () { show(fromAddress()); });
  var resizing;
  window.addEventListener('resize', function () {
    clearTimeout(resizing);
    resizing = setTimeout(function () { fit(slides[current]); }, 100);
  });
  slides.forEach(function (s) { s.classList.remove('current'); });
  slides[0].classList.add('current');
  current = 0;
  show(fromAddress());
})();
