//go:build e2e && !wasm

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// offlineCase is an address opened directly with no server, and what must
// show once the app has rendered it.
type offlineCase struct {
	path      string
	condition string // JavaScript, true once the page shows the right content
}

func h1Is(text string) string {
	return fmt.Sprintf(`(document.querySelector("h1") || {}).innerText === %q`, text)
}

var offlineCases = []offlineCase{
	{"/502", h1Is("502 Bad Gateway")},
	{"/418", h1Is("418 I'm a teapot")},
	{"/5xx", h1Is("5xx Server Error")},
	// Not precached as such: the worker answers with the cached "/" shell
	// and the app renders the search.
	{"/?q=gateway", `(document.querySelector("#result-0 .badge") || {}).innerText === "502" && document.querySelector("#q").value === "gateway"`},
	{"/429", h1Is("429 Too Many Requests")},
	// Unassigned codes are not precached either: shell, then the app.
	{"/299", h1Is("299 Unassigned")},
	// Neither is an unknown address; the app names it.
	{"/abc", h1Is("404 No such page") + ` && document.querySelector("main").innerText.includes("/abc")`},
}

// TestOfflineEveryDeepLinkOpensFromTheServiceWorker installs the app from a
// server of its own, stops that server (which takes the network away from
// the page and the worker alike) and opens deep links directly: each must
// show its own page, never the browser's error page. It logs the size of
// the precache and how long the install took.
func TestOfflineEveryDeepLinkOpensFromTheServiceWorker(t *testing.T) {
	stop, url, err := startServer(site.serverBin, site.webDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	worker := fetchWorkerScript(t, url)

	tb := newIsolatedTab(t)
	start := time.Now()
	tb.visit(url + "/")
	appAt := eval[float64](tb, `performance.now()`)
	activatedAt := awaitJS[float64](tb, 60*time.Second, workerActivatedJS)
	wall := time.Since(start)
	// A first install is not an update: go-app must not offer to reload
	// for a new version (it would, if the worker claimed this page).
	tb.assertNoUpdateBanner()

	got := tb.caches()
	if !slices.Equal(got.Names, []string{worker.cacheName}) {
		t.Fatalf("caches = %v, want only %s", got.Names, worker.cacheName)
	}
	want := slices.Sorted(slices.Values(worker.precache))
	if cached := slices.Sorted(slices.Values(got.Paths)); !slices.Equal(cached, want) {
		t.Fatalf("the worker cached %d entries, want the %d of its precache list\n missing: %v\n extra: %v",
			len(cached), len(want), difference(want, cached), difference(cached, want))
	}
	t.Logf("PRECACHE: %d entries, %.2f MB (%d bytes) in cache %s", got.Entries, float64(got.Bytes)/1e6, got.Bytes, worker.cacheName)
	t.Logf("INSTALL TIME: worker activated (precache complete) %.0f ms after the first navigation started "+
		"(app rendered at %.0f ms; %v wall clock from the test's Navigate) — local server, no throttling",
		activatedAt, appAt, wall.Round(time.Millisecond))

	stop()
	assertDown(t, url)
	// With the server gone, any fetch to the network fails. No console
	// error is allowed: the worker answers every request of the page from
	// its cache, so none reaches the network, and the browser's failed
	// update checks of /app-worker.js are reported in the worker's console,
	// not the page's.

	offlineStart := time.Now()
	tb.do(chromedp.Reload())
	tb.waitApp()
	tb.waitFor(`(document.querySelector("#class-5xx h2") || {innerText: ""}).innerText.includes("5xx")`)
	if !eval[bool](tb, `!!navigator.serviceWorker.controller`) {
		t.Error("the reloaded page is not controlled by the worker")
	}
	for _, c := range offlineCases {
		if err := tb.tryVisit(url + c.path); err != nil {
			t.Errorf("offline %s: %v; page text: %.300s", c.path, err, tb.text("body"))
			continue
		}
		tb.waitFor(c.condition)
		if p := eval[string](tb, `location.pathname + location.search`); p != c.path {
			t.Errorf("offline %s: the address became %s", c.path, p)
		}
	}
	t.Logf("offline: / and %d deep links opened in %v", len(offlineCases), time.Since(offlineStart).Round(time.Millisecond))
}

// TestBrokenWasmNeverInstallsAndAGoodDeployRecovers serves a corrupted
// app.wasm, then the good build, then the corrupted one again, then a new
// good version, all on one origin (a fixed address) in one browser context:
//   - a broken first install leaves no active worker and no cache behind;
//   - the good build then installs and runs, also offline;
//   - a broken update fails its install and leaves the good worker and its
//     cache in charge, so the app keeps working and announces nothing;
//   - a good update replaces it, and the app offers to reload.
func TestBrokenWasmNeverInstallsAndAGoodDeployRecovers(t *testing.T) {
	badWeb := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(badWeb, os.DirFS(site.webDir)); err != nil {
		t.Fatal(err)
	}
	garbage := []byte(strings.Repeat("this is not WebAssembly\n", 4096))
	if err := os.WriteFile(filepath.Join(badWeb, "app.wasm"), garbage, 0o644); err != nil {
		t.Fatal(err)
	}
	addr := freeAddr(t)
	url := "http://" + addr
	phase := time.Now()
	logPhase := func(name string) {
		t.Logf("%s: %v", name, time.Since(phase).Round(time.Millisecond))
		phase = time.Now()
	}

	// 1. Broken first install.
	stop := startServerAt(t, addr, badWeb)
	bad := fetchWorkerScript(t, url)
	tb := newIsolatedTab(t)
	// go-app's loader reports the bundle it cannot compile; that is the
	// page this server is meant to break.
	tb.allowConsole("loading wasm failed")
	tb.do(chromedp.Navigate(url + "/"))
	first := awaitJS[installOutcome](tb, 60*time.Second, installOutcomeJS)
	t.Logf("broken first install: %+v", first)
	if first.Outcome != "redundant" || first.Active || first.Controlled || first.Waiting || len(first.Caches) != 0 {
		// The rest of the scenario would only time out behind a broken worker.
		t.Fatalf("broken bundle: want the install to fail (worker redundant) and no cache left (%s deleted); got %+v",
			bad.cacheName, first)
	}
	stop()
	logPhase("1. broken first install")

	// 2. The good build, same origin: installs and runs.
	stop = startServerAt(t, addr, site.webDir)
	good := fetchWorkerScript(t, url)
	tb.visit(url + "/")
	awaitJS[float64](tb, 60*time.Second, workerActivatedJS)
	if got := tb.caches(); !slices.Equal(got.Names, []string{good.cacheName}) || got.Entries != len(good.precache) {
		t.Fatalf("good build: caches %v with %d entries, want %s with %d", got.Names, got.Entries, good.cacheName, len(good.precache))
	}
	stop()
	tb.visit(url + "/502")
	tb.waitFor(h1Is("502 Bad Gateway"))
	logPhase("2. good build, then offline")

	// 3. A broken deploy over the working install: the update fails, the
	// good worker keeps serving the good app.
	stop = startServerAt(t, addr, badWeb)
	tb.visit(url + "/")
	update := awaitJS[installOutcome](tb, 60*time.Second, updateOutcomeJS)
	t.Logf("broken update: %+v", update)
	if update.Outcome != "redundant" {
		t.Errorf("broken update: the new worker ended %q, want redundant", update.Outcome)
	}
	if !update.Active || !update.Controlled || update.Waiting {
		t.Errorf("broken update: want the good worker still active and in control: %+v", update)
	}
	if !slices.Equal(update.Caches, []string{good.cacheName}) {
		t.Errorf("broken update: caches %v, want only the good %s", update.Caches, good.cacheName)
	}
	tb.assertNoUpdateBanner() // nothing new was installed
	tb.visit(url + "/429")
	tb.waitFor(h1Is("429 Too Many Requests"))
	stop()
	logPhase("3. broken update")

	// 4. A good new version: the update installs, takes over the open page
	// and the app offers to reload; after the reload it runs the new one.
	nextWeb := filepath.Join(t.TempDir(), "web")
	if err := os.CopyFS(nextWeb, os.DirFS(site.webDir)); err != nil {
		t.Fatal(err)
	}
	css, err := os.ReadFile(filepath.Join(nextWeb, "style.css"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(nextWeb, "style.css"), append(css, "\n/* next version */\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	startServerAt(t, addr, nextWeb)
	next := fetchWorkerScript(t, url)
	if next.cacheName == good.cacheName {
		t.Fatalf("changing style.css did not change the version (%s)", next.cacheName)
	}
	if u := awaitJS[installOutcome](tb, 60*time.Second, updateOutcomeJS); u.Outcome == "redundant" {
		t.Fatalf("good update: the new worker's install failed: %+v", u)
	}
	tb.waitFor(`!!document.querySelector(".banner.update")`)
	// The new worker takes over the open page (skipWaiting) and drops the
	// old cache.
	awaitJS[bool](tb, 30*time.Second, fmt.Sprintf(`(async () => {
  const reg = await navigator.serviceWorker.ready;
  while (JSON.stringify(await caches.keys()) !== %q || navigator.serviceWorker.controller !== reg.active) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
})()`, `["`+next.cacheName+`"]`))
	eval[bool](tb, `window.beforeReload = true`)
	tb.do(chromedp.Click(chromedp.ID("reload")))
	tb.waitFor(`window.beforeReload === undefined`)
	tb.waitApp()
	if eval[bool](tb, `!!document.querySelector(".banner.update")`) {
		t.Error("after the reload, the app still offers a new version")
	}
	tb.waitFor(h1Is("429 Too Many Requests"))
	logPhase("4. good update")
}

// installOutcome is the state of the origin's service worker after an
// install or update attempt ended.
type installOutcome struct {
	Outcome    string   `json:"outcome"` // the state the attempted worker ended in
	Active     bool     `json:"active"`
	Waiting    bool     `json:"waiting"`
	Controlled bool     `json:"controlled"`
	Caches     []string `json:"caches"`
}

// settleJS waits until worker w has finished installing (installed,
// activated or redundant).
const settleJS = `
  const settle = (w) => new Promise((resolve) => {
    const check = () => { if (w.state !== "installing") resolve(w.state); };
    w.addEventListener("statechange", check);
    check();
  });
  const outcome = async (reg, state) => ({
    outcome: state,
    active: !!reg.active,
    waiting: !!reg.waiting,
    controlled: !!navigator.serviceWorker.controller,
    caches: await caches.keys(),
  });
`

// installOutcomeJS waits for go-app's loader to register the worker, then
// for its first install to end.
const installOutcomeJS = `(async () => {` + settleJS + `
  const deadline = Date.now() + 30000;
  while (typeof goappServiceWorkerRegistration === "undefined") {
    if (Date.now() > deadline) throw new Error("go-app never registered its worker");
    await new Promise((r) => setTimeout(r, 20));
  }
  const reg = goappServiceWorkerRegistration;
  const w = reg.installing || reg.waiting || reg.active;
  // register() resolves once the worker is installing: a registration with
  // no worker at all has already seen its install fail.
  let state = w ? await settle(w) : "redundant";
  if (state === "installed") {
    state = await new Promise((resolve) => {
      const check = () => { if (w.state === "activated" || w.state === "redundant") resolve(w.state); };
      w.addEventListener("statechange", check);
      check();
    });
  }
  return outcome(reg, state);
})()`

// updateOutcomeJS asks the controlling worker's registration to update and
// waits for the new worker's install to end.
const updateOutcomeJS = `(async () => {` + settleJS + `
  const reg = await navigator.serviceWorker.ready;
  const found = new Promise((resolve) => reg.addEventListener("updatefound", () => resolve(reg.installing), { once: true }));
  await reg.update().catch(() => {});
  const w = reg.installing || await found;
  return outcome(reg, await settle(w));
})()`

func difference(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
