//go:build e2e && !wasm

package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

func TestSlashFocusesTheSearchBoxFromAnywhere(t *testing.T) {
	tb := newTab(t)
	tb.open("/502")
	eval[bool](tb, `(document.activeElement.blur(), true)`)
	tb.do(typeLikeAPerson("/"))
	tb.waitFor(`document.activeElement && document.activeElement.id === "q"`)
	if v := eval[string](tb, `document.querySelector("#q").value`); v != "" {
		t.Errorf("the slash was typed into the box: %q", v)
	}
}

func TestArrowDownThenEnterOpensTheHighlightedResult(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gateway"))
	tb.waitFor(`document.querySelectorAll("#results li").length >= 2`)
	second := eval[string](tb, `document.querySelector("#result-1 .badge").innerText`)

	tb.do(chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown))
	tb.waitFor(`document.querySelector("#q").getAttribute("aria-activedescendant") === "result-1"`)
	if !eval[bool](tb, `document.querySelector("#result-1").getAttribute("aria-selected") === "true"`) {
		t.Error("the highlighted result is not aria-selected")
	}
	tb.do(chromedp.KeyEvent(kb.Enter))
	tb.waitFor(`location.pathname === "/` + second + `"`)
	tb.waitFor(`(document.querySelector("h1") || {innerText: ""}).innerText.startsWith("` + second + `")`)
}

func TestEnterOpensTheBestMatchWhenNothingIsHighlighted(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "teapot"))
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "418"`)
	tb.do(chromedp.KeyEvent(kb.Enter))
	tb.waitFor(`location.pathname === "/418"`)
}

func TestEscapeClearsTheSearch(t *testing.T) {
	tb := newTab(t)
	tb.open("/?q=gateway")
	tb.do(chromedp.Focus(chromedp.ID("q")), chromedp.KeyEvent(kb.Escape))
	tb.waitFor(`document.querySelector("#q").value === ""`)
	tb.waitFor(`location.search === ""`)
	tb.waitFor(`!!document.querySelector("#class-5xx")`)
}

func TestResultCountIsAnnounced(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "cloudflare"))
	tb.waitFor(`/codes? match/.test(document.querySelector("[aria-live]").innerText)`)
}

func TestTypingOnADetailPageStartsASearch(t *testing.T) {
	tb := newTab(t)
	tb.open("/404")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gone"))
	tb.waitFor(`location.pathname === "/" && new URLSearchParams(location.search).get("q") === "gone"`)
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "410"`)
}

func TestEnterStraightAfterTypingKeepsTheWholeQueryForBack(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	// The last key and Enter in one task: the fastest typist possible,
	// before the frame that updates the address has come.
	eval[bool](tb, `(() => {
		const q = document.querySelector("#q");
		q.focus();
		q.value = "teapot";
		q.dispatchEvent(new Event("input", {bubbles: true}));
		q.form.requestSubmit();
		return true;
	})()`)
	tb.waitFor(`location.pathname === "/418"`)
	tb.do(chromedp.NavigateBack())
	tb.waitFor(`location.pathname + location.search === "/?q=teapot"`)
	tb.waitFor(`document.querySelector("#q").value === "teapot"`)
}

func TestResultsFollowTheQueryWhenTypedFast(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.Focus(chromedp.ID("q")))
	tb.do(keysFor("unauthorized")...)
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "401"`)
	tb.waitFor(`document.querySelector("#result-count").innerText.includes("“unauthorized”")`)
	if n := eval[int](tb, `document.querySelectorAll("#results").length`); n != 1 {
		t.Errorf("%d result lists on the page, want 1", n)
	}
	tb.waitFor(`new URLSearchParams(location.search).get("q") === "unauthorized"`)
	tb.waitFor(`document.title.includes("unauthorized")`)
}

func TestBackBetweenTwoSearchesShowsTheEarlierResults(t *testing.T) {
	tb := newTab(t)
	tb.open("/?q=teapot")
	tb.do(chromedp.Click(chromedp.CSS("a.brand")))
	tb.waitFor(`location.search === "" && !!document.querySelector("#class-5xx")`)
	tb.waitFor(`document.querySelector("#q").value === ""`)
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gone"))
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "410"`)
	tb.do(chromedp.NavigateBack())
	tb.waitFor(`location.search === "?q=teapot"`)
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "418"`)
	tb.waitFor(`document.querySelector("#q").value === "teapot"`)
	if n := eval[int](tb, `document.querySelectorAll("#results li").length`); n != 1 {
		t.Errorf("%d results listed for teapot after Back, want 1", n)
	}
}

// keysFor types text one key after the other without waiting for the page
// between keys: a fast typist.
func keysFor(text string) []chromedp.Action[chromedp.Void] {
	var keys []chromedp.Action[chromedp.Void]
	for _, r := range text {
		keys = append(keys, typeLikeAPerson(string(r)))
	}
	return keys
}

// typeLikeAPerson presses a printable key the way a keyboard does: one
// keydown that carries the text, so that preventDefault in a keydown
// handler stops the character, as in a real browser. chromedp's KeyEvent
// sends the character as a separate event that no handler can cancel.
func typeLikeAPerson(key string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		down := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyDown, Key: key, Text: key, UnmodifiedText: key}
		if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, down); err != nil {
			return err
		}
		up := input.DispatchKeyEventParams{Type: input.DispatchKeyEventTypeKeyUp, Key: key}
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, up)
		return err
	})
}
