//go:build e2e && !wasm

package e2e

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"httpstatus/data"
)

// The page as served is the page most people read: the WASM app starts only
// on a first interaction. What it shows must be what the app renders, to
// the character, and every code block must hold its data to the byte.
func TestThePageAsServedReadsAsTheAppRendersIt(t *testing.T) {
	for _, path := range []string{"/", "/401", "/502", "/5xx", "/299", "/?q=gateway", "/abc", "/headers/retry-after", "/compare/401-vs-403"} {
		t.Run(path, func(t *testing.T) {
			tb := newIsolatedTab(t)
			tb.allowConsole("the server responded with a status of 404") // /abc is a real 404
			tb.do(chromedp.Navigate(site.url + path))
			tb.waitFor(`document.readyState === "complete"`)
			if eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`) {
				t.Fatal("the app runs before any interaction; the test proves nothing")
			}
			served := eval[string](tb, `document.querySelector("main").innerText`)
			servedBlocks := eval[[]string](tb, `[...document.querySelectorAll("main pre")].map((p) => p.textContent)`)
			tb.startApp()
			tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
			tb.do(chromedp.Sleep(300 * time.Millisecond)) // a frame or two after the first render
			rendered := eval[string](tb, `document.querySelector("main").innerText`)
			if served != rendered {
				t.Errorf("the text of <main> differs:\n%s", firstDifference(served, rendered))
			}
			renderedBlocks := eval[[]string](tb, `[...document.querySelectorAll("main pre")].map((p) => p.textContent)`)
			if !slices.Equal(servedBlocks, renderedBlocks) {
				t.Errorf("the code blocks differ: %d served, %d rendered", len(servedBlocks), len(renderedBlocks))
			}
		})
	}
}

func TestEveryCodeBlockHoldsItsDataToTheByte(t *testing.T) {
	for _, number := range []int{401, 502, 103, 429} {
		path := "/" + data.FormatNumber(number)
		t.Run(path, func(t *testing.T) {
			var want []string
			for _, c := range data.Lookup(number) {
				want = append(want, c.Example)
				for _, s := range data.SnippetsFor(c) {
					if s.Code != "" {
						want = append(want, s.Code)
					}
				}
			}
			tb := newIsolatedTab(t)
			tb.do(chromedp.Navigate(site.url + path))
			tb.waitFor(`document.readyState === "complete"`)
			blocks := eval[[]string](tb, `[...document.querySelectorAll("main pre")].map((p) => p.textContent)`)
			for _, w := range want {
				if !slices.Contains(blocks, w) {
					t.Errorf("no code block holds, byte for byte:\n%s", w)
				}
			}
		})
	}
}

// firstDifference shows where two texts part.
func firstDifference(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-60)
	return "served:   …" + a[from:min(len(a), i+60)] + "…\nrendered: …" + b[from:min(len(b), i+60)] + "…"
}
