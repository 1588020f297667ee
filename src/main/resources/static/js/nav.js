// The header menu (fragments/layout.html): menu groups open and close like disclosure buttons (Enter or Space,
// Esc closes and returns the focus), one group at a time; below 1024 px the 「메뉴」 button shows or hides the whole
// menu. Without this script every group and the whole menu simply stay open.
(function () {
  'use strict';
  var header = document.getElementById('topbar');
  if (!header) {
    return;
  }
  header.classList.add('js');
  var toggle = document.getElementById('menu-toggle');
  var menu = document.getElementById('site-menu');
  var groups = Array.prototype.slice.call(header.querySelectorAll('.nav-group'));

  function buttonOf(group) {
    return group.querySelector('button.nav-top');
  }

  function setGroup(group, open) {
    group.classList.toggle('open', open);
    buttonOf(group).setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  function closeGroups(except) {
    groups.forEach(function (g) {
      if (g !== except) {
        setGroup(g, false);
      }
    });
  }

  function setMenu(open) {
    if (!toggle || !menu) {
      return;
    }
    menu.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
  }

  groups.forEach(function (group) {
    var button = buttonOf(group);
    button.addEventListener('click', function () {
      var open = !group.classList.contains('open');
      closeGroups(group);
      setGroup(group, open);
    });
    // leaving a group with the keyboard closes it, so no list stays open behind the focus
    group.addEventListener('focusout', function (event) {
      if (event.relatedTarget && !group.contains(event.relatedTarget)) {
        setGroup(group, false);
      }
    });
  });

  if (toggle) {
    setMenu(false);
    toggle.addEventListener('click', function () {
      setMenu(!menu.classList.contains('open'));
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    var open = groups.filter(function (g) { return g.classList.contains('open'); })[0];
    if (open) {
      setGroup(open, false);
      buttonOf(open).focus();
    } else if (menu && menu.classList.contains('open') && toggle && toggle.offsetParent !== null) {
      setMenu(false);
      toggle.focus();
    }
  });

  document.addEventListener('click', function (event) {
    if (!header.contains(event.target)) {
      closeGroups(null);
    }
  });
})();
