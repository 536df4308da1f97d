//go:build e2e && !wasm

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestConstantCopyButtonCopiesItsNameBeforeAndAfterTheAppStarts clicks
// Python's Copy in 422's constants table on the server's page, then again
// once the app has rendered the page itself: page.js copies the button's
// data-copy text either way.
func TestConstantCopyButtonCopiesItsNameBeforeAndAfterTheAppStarts(t *testing.T) {
	tb := newTab(t)
	tb.do(chromedp.Navigate(site.url + "/422"))
	tb.waitFor(`document.readyState !== "loading" && !!document.querySelector("button[data-copy]")`)
	if running := eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`); running {
		t.Fatal("the app started before any interaction; the first click would not test the server's page")
	}
	copyPythonConstant(tb, "on the server's page")
	tb.waitApp()
	copyPythonConstant(tb, "once the app runs")
}

// copyPythonConstant opens the constants table, clicks the Copy of the
// Python row and checks what reached the clipboard, which is stubbed: a
// headless browser may refuse the real one.
func copyPythonConstant(tb *tab, when string) {
	tb.t.Helper()
	eval[bool](tb, `(() => {
		window.copied = null;
		Object.defineProperty(navigator, "clipboard", {configurable: true, value: {
			writeText: (text) => { window.copied = text; return Promise.resolve(); },
		}});
		document.querySelector("details.constants").open = true;
		const row = [...document.querySelectorAll("details.constants tr")]
			.find((tr) => tr.querySelector("th").innerText.startsWith("Python"));
		row.querySelector("button.copy").click();
		return true;
	})()`)
	tb.waitFor(`window.copied !== null`)
	if got := eval[string](tb, `window.copied`); got != "UNPROCESSABLE_CONTENT" {
		tb.t.Errorf("%s: Python's Copy copied %q, want UNPROCESSABLE_CONTENT", when, got)
	}
	tb.waitFor(`[...document.querySelectorAll("details.constants button.copy")].some((b) => b.textContent === "Copied")`)
}
