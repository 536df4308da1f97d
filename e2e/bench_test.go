//go:build e2e && !wasm

package e2e

import (
	"slices"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// BenchmarkSearchKeyToDOM measures, in headless Chromium, the time from a
// key press in the search box to the result list changing, over queries
// typed one key at a time. It reports the median and the maximum. Run it
// with `make bench`. The list is rewritten by the input handler itself
// (components.ResultListbox); the rest of the page follows on go-app's
// next frame, and a key that arrives while that frame renders waits for
// it: those make the maximum.
func BenchmarkSearchKeyToDOM(b *testing.B) {
	var samples []float64
	for range b.N {
		samples = append(samples, typeAndMeasure(b, "bad gateway")...)
		samples = append(samples, typeAndMeasure(b, "too many requests")...)
	}
	slices.Sort(samples)
	b.ReportMetric(samples[len(samples)/2], "ms-median")
	b.ReportMetric(samples[len(samples)-1], "ms-max")
	b.ReportMetric(float64(len(samples)), "keys")
}

// typeAndMeasure types query into a fresh index page and returns, per key,
// the milliseconds from keydown to the first change under <main>.
func typeAndMeasure(b *testing.B, query string) []float64 {
	b.Helper()
	tb := newBenchTab(b)
	tb.open("/")
	tb.do(chromedp.Focus(chromedp.ID("q")))
	eval[bool](tb, `(() => {
		window.latencies = [];
		let start = 0;
		document.addEventListener("keydown", () => { start = performance.now(); }, true);
		new MutationObserver(() => {
			if (start) { window.latencies.push(performance.now() - start); start = 0; }
		}).observe(document.querySelector("main"), {childList: true, subtree: true, characterData: true, attributes: true});
		return true;
	})()`)
	for i, r := range query {
		tb.do(typeLikeAPerson(string(r)))
		want := i + 1
		deadline := time.Now().Add(5 * time.Second)
		for eval[int](tb, `window.latencies.length`) < want && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
	}
	return eval[[]float64](tb, `window.latencies`)
}
