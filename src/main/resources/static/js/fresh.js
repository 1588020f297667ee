// Back and Forward never show an outdated page (issue 19). The key pages may be kept by the browser for their 304s
// (Cache-Control: private, no-cache): Chrome and Firefox then restore them on Back/Forward from memory (the
// back/forward cache) or from their HTTP cache without asking the server, so a page from before a save, or from before
// signing out, would come back as it was. Such a page reloads itself at once: the reload asks the server with the
// page's ETag (a 304 when nothing changed) and, after signing out, lands on the sign-in page.
(function () {
  'use strict';
  window.addEventListener('pageshow', function (event) {
    var navigation = window.performance && performance.getEntriesByType
        ? performance.getEntriesByType('navigation')[0] : null;
    var fromHistoryCache = navigation && navigation.type === 'back_forward' && navigation.transferSize === 0;
    if (event.persisted || fromHistoryCache) {
      window.location.reload();
    }
  });
})();
