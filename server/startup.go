package server

import (
	"bytes"
	"fmt"
)

// goappStart is the line of go-app's app.js that starts the WASM app as
// soon as the page loads.
const goappStart = "\ngoappInitWebAssembly();\n"

// startOnDemandJS starts the WASM app on the reader's first interaction
// instead. Every page arrives fully rendered and works without the app
// (links, the search form, the theme and copy buttons in web/page.js), and
// starting the app is one long task (about half a second on a desktop,
// several on a phone) that would otherwise block the page just after it
// appears. Anything typed before the app runs is handed over to it
// (web/page.js, app/pwa.go). A page that was rendered for another address,
// the service worker's offline fallback, starts the app at once so that it
// renders the right page.
const startOnDemandJS = `
goappStartOnDemand();

function goappStartOnDemand() {
  const events = ["pointerdown", "keydown", "focusin", "touchstart"];
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    events.forEach((e) => window.removeEventListener(e, start, true));
    goappInitWebAssembly();
  };
  const rendered = document.querySelector(".layout[data-path]");
  const query = new URLSearchParams(location.search).get("q") || "";
  if (!rendered || rendered.dataset.path !== location.pathname || (rendered.dataset.query || "") !== query) {
    start();
    return;
  }
  events.forEach((e) => window.addEventListener(e, start, { capture: true, passive: true }));
}
`

// startAppOnDemand rewrites go-app's app.js to start the app on demand.
func startAppOnDemand(appJS []byte) ([]byte, error) {
	if bytes.Count(appJS, []byte(goappStart)) != 1 {
		return nil, fmt.Errorf("go-app's app.js no longer starts the app with %q: update startup.go", goappStart)
	}
	return bytes.Replace(appJS, []byte(goappStart), []byte(startOnDemandJS), 1), nil
}
