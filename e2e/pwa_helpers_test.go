//go:build e2e && !wasm

package e2e

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Helpers for the tests of the service worker and of the static export.
// Those tests start servers of their own, on addresses they control, and
// open tabs in browser contexts of their own: a service worker and its
// caches belong to one origin in one browser context, so a fresh context
// starts from a browser that has never seen the site, and leaves nothing
// behind for the other tests.

// awaitJS evaluates an expression that returns a promise and waits, at most
// timeout, for its value.
func awaitJS[T any](tb *tab, timeout time.Duration, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, timeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("awaiting %.120s…: %v", expr, err)
	}
	return v
}

// workerActivatedJS resolves, once the origin's service worker is
// activated, with the milliseconds since the page's navigation started.
// The worker calls skipWaiting only after its precache completed and
// checked out, so an activated worker has a complete cache. It does not
// claim the page it was installed from: the next navigation is the first
// it controls.
const workerActivatedJS = `(async () => {
  const reg = await navigator.serviceWorker.ready;
  const w = reg.active;
  if (w.state !== "activated") {
    await new Promise((resolve) => w.addEventListener("statechange", () => w.state === "activated" && resolve()));
  }
  return performance.now();
})()`

// cacheContents is what Cache Storage holds for the page's origin.
type cacheContents struct {
	Names   []string `json:"names"`
	Paths   []string `json:"paths"` // path and query of every entry, all caches
	Entries int      `json:"entries"`
	Bytes   int64    `json:"bytes"`
}

const cacheContentsJS = `(async () => {
  const out = { names: await caches.keys(), paths: [], entries: 0, bytes: 0 };
  for (const name of out.names) {
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const url = new URL(req.url);
      out.paths.push(url.pathname + url.search);
      out.entries++;
      out.bytes += (await (await cache.match(req)).blob()).size;
    }
  }
  return out;
})()`

func (tb *tab) caches() cacheContents {
	tb.t.Helper()
	return awaitJS[cacheContents](tb, 30*time.Second, cacheContentsJS)
}

// workerScript is what a server's /app-worker.js says about itself.
type workerScript struct {
	cacheName string
	precache  []string
}

var (
	cacheNameRe = regexp.MustCompile(`const cacheName = "([^"]+)";`)
	precacheRe  = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)
)

func fetchWorkerScript(t *testing.T, baseURL string) workerScript {
	t.Helper()
	res, err := http.Get(baseURL + "/app-worker.js")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("GET /app-worker.js: %d %v", res.StatusCode, err)
	}
	name := cacheNameRe.FindSubmatch(body)
	list := precacheRe.FindSubmatch(body)
	if name == nil || list == nil {
		t.Fatalf("/app-worker.js has no cacheName or resourcesToCache:\n%.400s", body)
	}
	w := workerScript{cacheName: string(name[1])}
	if err := json.Unmarshal(list[1], &w.precache); err != nil {
		t.Fatalf("resourcesToCache: %v", err)
	}
	return w
}

// freeAddr returns a loopback address nothing listens on, for a server a
// test stops and starts again on the same origin.
func freeAddr(t *testing.T) string {
	t.Helper()
	addr, err := freeLoopbackAddr()
	if err != nil {
		t.Fatal(err)
	}
	return addr
}

// startServerAt runs the server binary on addr with webDir and waits until
// it answers; the server stops at the end of the test, or earlier with the
// returned func.
func startServerAt(t *testing.T, addr, webDir string) (stop func()) {
	t.Helper()
	stop, err := launchServer(site.serverBin, addr, webDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return stop
}

// assertDown checks that nothing answers at baseURL any more.
func assertDown(t *testing.T, baseURL string) {
	t.Helper()
	if res, err := http.Get(baseURL + "/healthz"); err == nil {
		res.Body.Close()
		t.Fatalf("the server at %s still answers", baseURL)
	}
}

// assertNoUpdateBanner checks, for half a second, that the app does not
// announce a new version. go-app learns of one from the worker's state
// changes, which reach the page a moment after they happen.
func (tb *tab) assertNoUpdateBanner() {
	tb.t.Helper()
	for deadline := time.Now().Add(500 * time.Millisecond); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if eval[bool](tb, `!!document.querySelector(".banner.update")`) {
			tb.t.Errorf("the app announces a new version: %q", tb.text(".banner.update"))
			return
		}
	}
}
