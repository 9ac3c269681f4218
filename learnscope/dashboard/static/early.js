/* Loaded first, before the styles and the other scripts: the runs list's first page is asked for
   while they load, so the page paints as soon as both are in (runs.js takes it through LS.api). */
"use strict";

(function () {
  const hash = location.hash.replace(/^#\/?/, "");
  if (hash && !hash.startsWith("?")) return;  // another view: nothing to fetch early
  const url = "api/runs?sort=-created&limit=100&metrics=1";  // what runs.js asks for first, by default
  window.LS_EARLY = {[url]: fetch(url, {credentials: "same-origin", cache: "no-store"})};
})();
