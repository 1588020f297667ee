// Draws every <canvas data-chart="{Chart.js config}"> with the Chart.js webjar. The numbers of each chart are also
// in a table on the page, so nothing depends on this script.
(function () {
  if (typeof Chart === 'undefined') { return; }
  Chart.defaults.font.family = '"Noto Sans KR", "Malgun Gothic", "Nanum Gothic", system-ui, sans-serif';
  Chart.defaults.font.size = 13;
  Chart.defaults.color = '#1a1f24';
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
      canvas.setAttribute('data-drawn', 'true');
    } catch (e) {
      canvas.setAttribute('data-error', String(e));
    }
  });
})();
