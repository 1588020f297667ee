// Draws every <canvas data-chart="{Chart.js config}"> with the Chart.js webjar. The numbers of each chart are also
// in a table on the page, so nothing depends on this script.
(function () {
  if (typeof Chart === 'undefined') { return; }
  Chart.defaults.font.family = '"Noto Sans KR", "Malgun Gothic", "Nanum Gothic", system-ui, sans-serif';
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1a1f24';

  // A horizontal bar chart gets the height its categories need, so every label is drawn (none skipped, none cut):
  // room for every line of the labels the server wrapped, and for the legend and the axis below.
  function fitHeight(canvas, config) {
    if (!config.options || config.options.indexAxis !== 'y' || !config.data) { return; }
    var lines = 0;
    (config.data.labels || []).forEach(function (label) {
      lines += Array.isArray(label) ? label.length : 1;
    });
    var categories = (config.data.labels || []).length;
    var stacks = {};
    (config.data.datasets || []).forEach(function (d) { stacks[d.stack || ''] = true; });
    var perCategory = Object.keys(stacks).length > 1 ? 34 : 22;
    var needed = Math.max(categories * perCategory, lines * 20 + categories * 12) + 150;
    var box = canvas.parentNode;
    if (box && box.clientHeight < needed) {
      box.style.height = needed + 'px';
    }
  }

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      var config = JSON.parse(canvas.getAttribute('data-chart'));
      fitHeight(canvas, config);
      new Chart(canvas, config);
      canvas.setAttribute('data-drawn', 'true');
    } catch (e) {
      canvas.setAttribute('data-error', String(e));
    }
  });

  // Printing: redraw at the printed size (a canvas drawn for the screen would be scaled and its labels cut), at a
  // resolution fit for paper, and back afterwards.
  function redraw(ratio) {
    Object.values(Chart.instances).forEach(function (chart) {
      chart.options.devicePixelRatio = ratio;
      chart.resize();
    });
  }
  window.addEventListener('beforeprint', function () { redraw(2); });
  window.addEventListener('afterprint', function () { redraw(window.devicePixelRatio || 1); });
})();
