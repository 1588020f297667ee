// Data tables on narrow screens (static/css/layout.css): every table of four columns or more on the page gets
// class "stack" and each body cell a data-label with its column's header, so on a phone a row reads as a card
// (「담당부서  기획예산담당관」) instead of columns squeezed to two characters. A table marked .no-stack (the
// month timeline) keeps its columns and scrolls instead; a wrap that scrolls sideways shows a hint.
(function () {
  function headerTexts(table) {
    var rows = table.tHead ? table.tHead.rows : [];
    if (rows.length !== 1) { return null; }
    var texts = [];
    Array.prototype.forEach.call(rows[0].cells, function (th) {
      var text = (th.getAttribute('data-label') || th.textContent).replace(/\s+/g, ' ').trim();
      for (var i = 0; i < (th.colSpan || 1); i++) { texts.push(text); }
    });
    return texts;
  }

  document.querySelectorAll('main table').forEach(function (table) {
    if (table.classList.contains('no-stack') || table.classList.contains('timeline')) { return; }
    var labels = headerTexts(table);
    if (!labels || labels.length < 4) { return; }
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (cell.colSpan === 1 && labels[column] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', labels[column]);
          }
          column += cell.colSpan || 1;
        });
      });
    });
    table.classList.add('stack');
  });

  // A wrap wider than the screen says so (and shows shadow edges, in the CSS), on load and when the size changes.
  var hint = '← 옆으로 밀어 보세요 →';
  function markScrolling() {
    document.querySelectorAll('main .table-wrap').forEach(function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      wrap.classList.toggle('scrolls', scrolls);
      var previous = wrap.previousElementSibling;
      var has = previous && previous.classList.contains('scroll-hint');
      if (scrolls && !has) {
        var p = document.createElement('p');
        p.className = 'scroll-hint';
        p.setAttribute('aria-hidden', 'true');
        p.textContent = hint;
        wrap.parentNode.insertBefore(p, wrap);
      } else if (!scrolls && has) {
        previous.remove();
      }
      if (scrolls && !wrap.hasAttribute('tabindex')) {
        // A scrolling region must be reachable by keyboard (WCAG 2.1.1).
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
        var caption = wrap.querySelector('caption');
        wrap.setAttribute('aria-label', caption ? caption.textContent.trim() : '옆으로 밀어 볼 수 있는 표');
      }
    });
  }
  var pending;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(markScrolling, 100);
  });
  window.addEventListener('load', markScrolling);
  markScrolling();
})();
