//go:build e2e && !wasm

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// thinkingPause is how long a reader pauses between the first touch, which
// starts the app, and typing: long enough for the app to have taken over.
const thinkingPause = 1500 * time.Millisecond

// Every way a reader starts on a fresh page ends with the search box
// focused: after the pause, typing lands in it and finds the code.
func TestTheSearchBoxKeepsTheFocusWhenTheAppTakesOver(t *testing.T) {
	tests := []struct {
		name  string
		start []chromedp.Action[chromedp.Void]
	}{
		{"click in the box", []chromedp.Action[chromedp.Void]{chromedp.Click(chromedp.ID("q"))}},
		{"Tab into the box", []chromedp.Action[chromedp.Void]{chromedp.KeyEvent(kb.Tab), chromedp.KeyEvent(kb.Tab)}},
		// A key event as a browser makes it (chromedp.KeyEvent types the
		// character even when the page cancels the key).
		{"the / shortcut", []chromedp.Action[chromedp.Void]{typeLikeAPerson("/")}},
		{"a click elsewhere, then in the box", []chromedp.Action[chromedp.Void]{
			chromedp.Click(chromedp.CSS("#class-2xx h2")), chromedp.Sleep(thinkingPause), chromedp.Click(chromedp.ID("q")),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := newIsolatedTab(t)
			tb.do(chromedp.Navigate(site.url + "/"))
			tb.waitFor(`document.readyState === "complete"`)
			if eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`) {
				t.Fatal("the app runs before any interaction; the test proves nothing")
			}
			tb.do(tt.start...)
			tb.do(chromedp.Sleep(thinkingPause))
			tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
			if id := eval[string](tb, `document.activeElement ? document.activeElement.id : ""`); id != "q" {
				t.Fatalf("after the app took over the focus is on %q, want the search box", id)
			}
			tb.do(chromedp.KeyEvent("gateway")) // typed where the focus is, as a person would
			tb.waitFor(`document.querySelector("#q").value === "gateway"`)
			tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
		})
	}
}

// Typing and selecting during a slow start: the text, the caret's selection
// and the focus survive the takeover.
func TestTextAndSelectionTypedDuringASlowStartAreKept(t *testing.T) {
	tb := newIsolatedTab(t)
	throttleWasm(tb, 250_000)
	tb.do(chromedp.Navigate(site.url + "/"))
	tb.waitFor(`document.readyState === "complete"`)
	tb.do(chromedp.Click(chromedp.ID("q")), chromedp.KeyEvent("gateway"))
	eval[bool](tb, `(document.querySelector("#q").setSelectionRange(0, 4, "forward"), true)`)
	if eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`) {
		t.Fatal("the app started before the text was typed; the test proves nothing")
	}
	tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
	tb.do(chromedp.Sleep(200 * time.Millisecond))
	tb.waitFor(`document.activeElement && document.activeElement.id === "q"`)
	tb.waitFor(`document.querySelector("#q").value === "gateway"`)
	if got := eval[string](tb, `(() => { const q = document.querySelector("#q"); return q.selectionStart + "-" + q.selectionEnd; })()`); got != "0-4" {
		t.Errorf("selection after the takeover is %s, want 0-4", got)
	}
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
}

// The takeover leaves the page where the reader had scrolled it.
func TestTheTakeoverKeepsTheScrollPosition(t *testing.T) {
	tb := newIsolatedTab(t)
	tb.do(chromedp.Navigate(site.url + "/502"))
	tb.waitFor(`document.readyState === "complete"`)
	eval[bool](tb, `(window.scrollTo(0, 600), true)`)
	before := eval[float64](tb, `window.scrollY`)
	if before < 100 {
		t.Fatalf("the page scrolled only to %v; the test proves nothing", before)
	}
	tb.startApp()
	tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
	tb.do(chromedp.Sleep(300 * time.Millisecond))
	if after := eval[float64](tb, `window.scrollY`); after < before-1 || after > before+1 {
		t.Errorf("scrollY %v after the takeover, want %v", after, before)
	}
}
