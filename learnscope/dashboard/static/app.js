/* The router: #/ (runs), #/run/ID (one run), #/compare/ID,ID (overlay). */
"use strict";

(function () {
  const LS = window.LS;
  let cleanup = null;

  // The server turned ?token= into a cookie; keep the token out of the address bar and history.
  if (new URLSearchParams(location.search).has("token")) {
    history.replaceState(null, "", location.pathname + location.hash);
  }

  function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ""));
    const [page, ...rest] = hash.split("/");
    const arg = rest.join("/");
    if (page === "run" && arg) return ["run", arg];
    if (page === "compare") return ["compare", arg];
    return ["runs", ""];
  }

  async function render() {
    if (cleanup) { try { cleanup(); } catch (e) { console.warn(e); } cleanup = null; }
    const [page, arg] = route();
    for (const a of document.querySelectorAll("[data-nav]")) a.classList.toggle("active", a.dataset.nav === page);
    const view = document.getElementById("view");
    view.replaceChildren();
    view.dataset.page = page;
    try {
      cleanup = await LS.views[page](view, arg);
    } catch (err) {
      console.error("learnscope:", err);
      view.replaceChildren(LS.el("p", {class: "error", text: String(err.message || err)}));
    }
  }

  LS.go = (hash) => { if (location.hash === hash) render(); else location.hash = hash; };
  window.addEventListener("hashchange", render);
  render();
})();
