//go:build e2e && !wasm

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"httpstatus/data"
	"httpstatus/routes"
)

// answerLink selects the chooser's answer link that reads label.
func answerLink(label string) chromedp.Search {
	return chromedp.Search(fmt.Sprintf(`//ul[@class="answers"]//a[normalize-space()=%q]`, label))
}

// TestClickingAnswersEndsOnTheRecommendation starts at /choose and clicks
// the answers of the shortest route to a recommendation, one page per
// answer, checking each question on the way.
func TestClickingAnswersEndsOnTheRecommendation(t *testing.T) {
	for _, tt := range []struct {
		code int
		h1   string
	}{
		{401, "Use 401 Unauthorized"},
		{503, "Use 503 Service Unavailable"},
	} {
		t.Run(tt.h1, func(t *testing.T) {
			tb := newTab(t)
			tb.open(routes.ChooserPath)
			tb.waitFor(h1Is("Which status code should I use?"))
			trail := data.ChooserTrail(data.RecommendationID(tt.code))
			for i, crumb := range trail {
				next := data.RecommendationID(tt.code)
				if i+1 < len(trail) {
					next = trail[i+1].StepID
				}
				tb.do(chromedp.Click(answerLink(crumb.Answer)))
				// The browser loads the server's page: wait for that
				// document, not the one the app had while it went.
				tb.waitFor(fmt.Sprintf(`location.pathname === %q && document.readyState === "complete" && document.documentElement.getAttribute("data-app") !== "running"`, routes.ChooserStepPath(next)))
				if step, ok := data.LookupChooserStep(next); ok {
					tb.waitFor(h1Is(step.Question))
				}
			}
			tb.waitFor(h1Is(tt.h1))
			if !eval[bool](tb, fmt.Sprintf(`!!document.querySelector('h1 a[href=%q]')`, routes.CodePath(tt.code))) {
				t.Errorf("the recommendation's heading does not link to %s", routes.CodePath(tt.code))
			}
			if got := eval[int](tb, `document.querySelectorAll(".trail li").length`); got != len(trail) {
				t.Errorf("the trail shows %d answers, want the %d given", got, len(trail))
			}
		})
	}
}

func TestComparisonOpenedDirectlyShowsItsCodesSideBySide(t *testing.T) {
	tb := newTab(t)
	tb.open("/compare/401-vs-403")
	tb.waitFor(h1Is("Not signed in, or not allowed?"))
	if title := eval[string](tb, `document.title`); !strings.HasPrefix(title, "401 vs 403") {
		t.Errorf("title = %q", title)
	}
	columns := eval[string](tb, `[...document.querySelectorAll('table.compare th[scope="col"]')].map((th) => th.innerText).join(" | ")`)
	if columns != "401 Unauthorized | 403 Forbidden" {
		t.Errorf("column headers = %q", columns)
	}
	if n := eval[int](tb, `document.querySelectorAll(".compare-examples pre.block").length`); n != 2 {
		t.Errorf("%d examples, want one per code", n)
	}
}

func TestCompareSideBySideOnACodePageOpensTheComparison(t *testing.T) {
	tb := newTab(t)
	tb.open("/401")
	tb.do(chromedp.Click(chromedp.CSS(`.confusions a[href="/compare/401-vs-403"]`)))
	tb.waitFor(`location.pathname === "/compare/401-vs-403"`)
	tb.waitFor(h1Is("Not signed in, or not allowed?"))
}

func TestComparisonInAnotherOrderRedirectsToTheCanonicalAddress(t *testing.T) {
	tb := newTab(t)
	tb.open("/compare/403-vs-401")
	tb.waitFor(`location.pathname === "/compare/401-vs-403"`)
	tb.waitFor(h1Is("Not signed in, or not allowed?"))
}
