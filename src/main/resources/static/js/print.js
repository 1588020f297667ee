// Buttons marked data-print open the browser's print dialog (the page's print stylesheet sets A4 landscape).
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.addEventListener('click', function () { window.print(); });
});
