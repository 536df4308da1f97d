//go:build e2e && !wasm

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"httpstatus/data"
)

func TestTheIndexJumpsToAClassAndHidesUnofficialCodes(t *testing.T) {
	tb := newIsolatedTab(t)
	tb.do(chromedp.Navigate(site.url + "/"))
	tb.waitFor(`document.readyState === "complete"`)
	// Before the app starts, as most readers see it.
	tb.do(chromedp.Click(chromedp.CSS(`.jump a[href="#class-5xx"]`)))
	tb.waitFor(`location.hash === "#class-5xx"`)
	tb.waitFor(`Math.abs(document.querySelector("#class-5xx").getBoundingClientRect().top) < 40`)
	visible := `[...document.querySelectorAll("li.unofficial")].filter((li) => getComputedStyle(li).display !== "none").length`
	if n := eval[int](tb, visible); n == 0 {
		t.Fatal("no unofficial code is shown to begin with")
	}
	tb.do(chromedp.Click(chromedp.ID("hide-unofficial")))
	tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
	tb.waitFor(visible + ` === 0`)
	tb.waitFor(`document.querySelector("#hide-unofficial").checked`)
}

func TestAClassPrefixListsEveryCodeOfIt(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "4"))
	want := 0
	for _, c := range data.All() {
		if c.Number/100 == 4 {
			want++
		}
	}
	if want <= 15 {
		t.Fatalf("only %d 4xx codes: the test proves nothing", want)
	}
	tb.waitFor(fmt.Sprintf(`document.querySelectorAll("#results li").length === %d`, want))
}
