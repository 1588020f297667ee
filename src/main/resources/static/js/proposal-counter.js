// The 「n/1000」 counter of a proposal's text (progressive enhancement: the server checks the length).
(function () {
  var area = document.getElementById('body');
  var counter = document.getElementById('body-counter');
  if (!area || !counter) {
    return;
  }
  var max = parseInt(area.getAttribute('data-max'), 10) || 1000;
  var template = counter.getAttribute('data-template') || '{0}/{1}';
  function update() {
    var n = area.value.length;
    counter.textContent = template.replace('{0}', String(n)).replace('{1}', String(max));
    counter.classList.toggle('over', n > max);
  }
  counter.hidden = false;
  area.addEventListener('input', update);
  update();
})();
