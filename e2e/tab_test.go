//go:build e2e && !wasm

package e2e

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// tab is one browser tab for one test. It records console errors and fails
// the test on any it was not told to expect.
type tab struct {
	t       testing.TB
	ctx     context.Context
	mu      sync.Mutex
	errors  []string
	allowed []string
}

func newTab(t *testing.T) *tab {
	t.Helper()
	return openTab(t)
}

// newIsolatedTab opens a tab in a browser context of its own: its own
// service workers, Cache Storage and HTTP cache, disposed with the tab.
func newIsolatedTab(t *testing.T) *tab {
	t.Helper()
	return openTab(t, chromedp.WithNewBrowserContext())
}

// newBenchTab opens a tab for a benchmark.
func newBenchTab(b *testing.B) *tab {
	b.Helper()
	return openTab(b)
}

func openTab(t testing.TB, opts ...chromedp.ContextOption) *tab {
	t.Helper()
	ctx, cancelTab := chromedp.NewContext(site.browser, opts...)
	ctx, cancelTimeout := context.WithTimeout(ctx, 150*time.Second)
	tb := &tab{t: t, ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	messages := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				tb.mu.Lock()
				tb.errors = append(tb.errors, fmt.Sprintf("%s: %s (%s)", m.Type, m.Text, m.URL))
				tb.mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() {
		time.Sleep(100 * time.Millisecond) // let late console events arrive
		tb.mu.Lock()
		for _, e := range tb.errors {
			if !tb.isAllowed(e) {
				t.Errorf("console: %s", e)
			}
		}
		tb.mu.Unlock()
		cancelTimeout()
		cancelTab()
		<-done
	})
	return tb
}

// allowConsole accepts console errors containing s, such as the browser's own
// report of a 404 response that the test asked for.
func (tb *tab) allowConsole(s string) { tb.allowed = append(tb.allowed, s) }

func (tb *tab) isAllowed(e string) bool {
	for _, a := range tb.allowed {
		if strings.Contains(e, a) {
			return true
		}
	}
	return false
}

// do runs steps, failing the test on error.
func (tb *tab) do(steps ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, steps...); err != nil {
		tb.t.Fatalf("%v", err)
	}
}

// appWait bounds each wait for a page to load and the app to render it.
const appWait = 30 * time.Second

// open loads a path of the shared server and waits until the WASM app has
// rendered it.
func (tb *tab) open(path string) {
	tb.t.Helper()
	tb.visit(site.url + path)
}

// visit loads a full URL and waits until the WASM app has rendered it.
func (tb *tab) visit(url string) {
	tb.t.Helper()
	if err := tb.tryVisit(url); err != nil {
		tb.t.Fatalf("opening %s: %v; page text: %.300s", url, err, tb.text("body"))
	}
}

// tryVisit is visit, returning the error instead of failing the test.
func (tb *tab) tryVisit(url string) error {
	ctx, cancel := context.WithTimeout(tb.ctx, appWait)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return err
	}
	tb.startApp()
	return chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`html[data-app="running"]`)))
}

// waitApp waits until the WASM app has rendered the current page.
func (tb *tab) waitApp() {
	tb.t.Helper()
	tb.startApp()
	ctx, cancel := context.WithTimeout(tb.ctx, appWait)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.WaitReady(chromedp.CSS(`html[data-app="running"]`))); err != nil {
		tb.t.Fatalf("waiting for the app: %v; page text: %.300s", err, tb.text("body"))
	}
}

// startApp does what a reader's first touch does: the app starts on the
// first interaction with a page rendered for its address (app/startup.go).
// A page rendered for another address (the offline fallback shell) must
// start the app by itself, so it is left alone.
func (tb *tab) startApp() {
	tb.t.Helper()
	// "complete": app.js is a deferred script, which runs after the document
	// is already "interactive"; an event before it has nothing to start.
	tb.waitFor(`document.readyState === "complete" && !!document.querySelector(".layout")`)
	eval[bool](tb, `(() => {
		const l = document.querySelector(".layout[data-path]");
		const q = new URLSearchParams(location.search).get("q") || "";
		if (l && l.dataset.path === location.pathname && (l.dataset.query || "") === q) {
			window.dispatchEvent(new Event("pointerdown"));
		}
		return true;
	})()`)
}

// eval evaluates a JavaScript expression.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// waitFor polls a JavaScript condition until it is true.
func (tb *tab) waitFor(condition string) {
	tb.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](condition))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			tb.t.Fatalf("timed out waiting for %s (last error: %v); page text: %.400s",
				condition, err, tb.text("body"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// text returns the text of the first element matching a CSS selector, or "".
func (tb *tab) text(selector string) string {
	tb.t.Helper()
	s, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](
		fmt.Sprintf(`(document.querySelector(%q) || {innerText: ""}).innerText`, selector)))
	if err != nil {
		tb.t.Fatalf("reading %s: %v", selector, err)
	}
	return s
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string { return fmt.Sprintf("%q", s) }
