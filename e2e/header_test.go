//go:build e2e && !wasm

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestHeaderPageOpenedDirectlyShowsTheServersPageAndLinksItsCodes opens a
// header page, whose content only the server renders, and checks the app
// keeps it as sent: heading, title and the links to the codes it appears
// with.
func TestHeaderPageOpenedDirectlyShowsTheServersPageAndLinksItsCodes(t *testing.T) {
	tb := newTab(t)
	tb.open("/headers/retry-after")
	if h1 := tb.text("h1"); h1 != "Retry-After" {
		t.Errorf("h1 = %q, want Retry-After", h1)
	}
	if title := eval[string](tb, `document.title`); title != "Retry-After — HTTP header" {
		t.Errorf("title = %q", title)
	}
	for _, path := range []string{"/503", "/429"} {
		if !eval[bool](tb, `!!document.querySelector('main a[href="`+path+`"]')`) {
			t.Errorf("the Retry-After page does not link to %s", path)
		}
	}
}

// TestHeaderPageOpensFromACodePageAndBackReturnsThere follows the link of a
// related header on a code page: the app has the browser load the server's
// page, replacing the history entry, so Back returns to the code.
func TestHeaderPageOpensFromACodePageAndBackReturnsThere(t *testing.T) {
	tb := newTab(t)
	tb.open("/503")
	tb.do(chromedp.Click(chromedp.CSS(`.headers a[href="/headers/retry-after"]`)))
	tb.waitFor(`location.pathname === "/headers/retry-after"`)
	tb.waitFor(h1Is("Retry-After"))
	tb.waitApp()
	if title := eval[string](tb, `document.title`); title != "Retry-After — HTTP header" {
		t.Errorf("title = %q", title)
	}

	tb.do(chromedp.NavigateBack())
	tb.waitFor(`location.pathname === "/503"`)
	tb.waitFor(h1Is("503 Service Unavailable"))
}
