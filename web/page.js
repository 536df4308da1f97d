// Small behaviours that must work before the WASM app has started, and keep
// working after it replaces the server's HTML: they listen on the document
// (event delegation) rather than on elements that get replaced.
(function () {
  "use strict";
  var root = document.documentElement;

  // Theme: follow the system unless the reader chose one; remember the choice.
  var stored = null;
  try { stored = localStorage.getItem("theme"); } catch (e) { /* storage may be blocked */ }
  if (stored === "light" || stored === "dark") {
    root.setAttribute("data-theme", stored);
  }
  function currentTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  document.addEventListener("click", function (e) {
    var toggle = e.target.closest && e.target.closest("#theme-toggle");
    if (toggle) {
      var next = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("theme", next); } catch (err) { /* not remembered, still applied */ }
      return;
    }
    var copy = e.target.closest && e.target.closest("button.copy");
    if (copy) {
      var pre = copy.parentNode.querySelector("pre");
      if (!pre || !navigator.clipboard) return;
      navigator.clipboard.writeText(pre.innerText).then(function () {
        copy.textContent = "Copied";
        setTimeout(function () { copy.textContent = "Copy"; }, 1500);
      }, function () {
        copy.textContent = "Copy failed";
      });
    }
  });

  // "/" focuses the search box from anywhere, as on most developer sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var q = document.getElementById("q");
    if (q) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });

  // go-app runs event handlers on its own loop, after the browser's event
  // has returned, so the app's preventDefault on the search form comes too
  // late: the browser would submit the form (a GET to /?q=…) while the app
  // navigates to the best result. Once the app runs, the form's default
  // action is cancelled here, at once; the app's handler still runs.
  document.addEventListener("submit", function (e) {
    if (e.target && e.target.id === "search" && root.getAttribute("data-app") === "running") {
      e.preventDefault();
    }
  }, true);

  // Anything typed into the server's search box before the app starts is
  // handed to the app (app/pwa.go), which would otherwise lose it.
  document.addEventListener("input", function (e) {
    if (e.target && e.target.id === "q" && root.getAttribute("data-app") !== "running") {
      window.pendingSearch = { value: e.target.value, focused: document.activeElement === e.target };
    }
  });
})();
