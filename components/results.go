package components

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/search"
)

// MaxResults is how many results are listed. Past it, results are weak
// matches nobody scrolls to, and each costs rendering time on every key.
const MaxResults = 15

// listboxID is the element id of the search results' listbox, which the
// search box names in aria-controls.
const listboxID = "results"

// Shown is the part of results the list shows: every one when the query
// is a class or the start of a number ("4", "50", "5xx"), which people type
// to see all the codes it starts; the best MaxResults otherwise.
func Shown(query string, results []search.Result) []search.Result {
	if q := strings.TrimSpace(query); isClassPrefix(q) {
		return results
	}
	return results[:min(len(results), MaxResults)]
}

func isClassPrefix(q string) bool {
	switch {
	case len(q) == 3 && strings.EqualFold(q[1:], "xx"):
		return q[0] >= '1' && q[0] <= '5'
	case len(q) == 1 || len(q) == 2:
		return strings.Trim(q, "0123456789") == ""
	}
	return false
}

// SearchResults lists the codes matching query (Shown), best first,
// with the matched letters of each name marked, as the listbox of the
// search combobox. The count is announced to screen readers as it changes.
// Without a query it is an empty listbox, there for the first key to fill
// (see ResultListbox).
func SearchResults(query string, results []search.Result, selected int) app.UI {
	total := len(results)
	results = Shown(query, results)
	return app.Section().Class("results").Body(
		app.P().ID("result-count").Class("result-count").Aria("live", "polite").Text(resultCount(query, total, len(results))),
		// The listbox stays second whatever follows it, so that go-app
		// keeps the mounted one (see ResultListbox).
		ResultListbox(results, selected),
		app.If(query != "" && len(results) == 0, func() app.UI {
			return app.P().Class("hint").Body(
				app.Text("Try a number (502), a name (bad gateway), a vendor (cloudflare) or a symptom (rate limit), or "),
				app.A().Href("/").Text("browse all codes."),
			)
		}),
	)
}

func resultCount(query string, total, shown int) string {
	switch {
	case query == "":
		return ""
	case total == 0:
		return fmt.Sprintf("No code matches “%s”.", query)
	case total == 1:
		return fmt.Sprintf("1 code matches “%s”.", query)
	case shown < total:
		return fmt.Sprintf("%d codes match “%s”; the best %d are listed.", total, query, shown)
	}
	return fmt.Sprintf("%d codes match “%s”.", total, query)
}

// ResultListbox is the listbox of search results, with the selected one
// (-1 for none) highlighted. It renders its options once, when go-app
// mounts it; from then on ShowResults replaces them in place.
//
// This bypasses go-app's rendering on purpose. go-app applies an update on
// its next frame, up to 8 ms after the event at its fixed 120 frames per
// second, and then diffs the whole shell: together more than the 10 ms a
// key press may take to show its results. The component's fields are
// unexported, so go-app never finds it changed and never re-renders it
// over what ShowResults wrote; a new listbox (after the page changed) is
// mounted with the results of that moment.
func ResultListbox(results []search.Result, selected int) app.UI {
	return &resultListbox{results: results, selected: selected}
}

type resultListbox struct {
	app.Compo
	results  []search.Result
	selected int
}

func (l *resultListbox) Render() app.UI {
	return app.Raw(`<ul id="` + listboxID + `" class="codes" role="listbox" aria-label="Matching status codes">` +
		ResultOptionsHTML(l.results, l.selected) + `</ul>`)
}

// ShowResults replaces the options of the listbox on the page, at once,
// with results (as Shown chose them). Without a listbox on the page (or
// on the server) it does nothing: the next render mounts one.
func ShowResults(results []search.Result, selected int) {
	if !app.IsClient {
		return
	}
	if ul := app.Window().GetElementByID(listboxID); ul.Truthy() {
		ul.Set("innerHTML", ResultOptionsHTML(results, selected))
	}
}

// ResultOptionsHTML is the markup of the listbox's options: results (as
// Shown chose them), each an option with the matched bytes of its name
// marked, and the selected one highlighted.
func ResultOptionsHTML(results []search.Result, selected int) string {
	var b strings.Builder
	for i, r := range results {
		attrs := fmt.Sprintf(` id="%s" role="option" aria-selected="%t"`, ResultID(i), i == selected)
		writeResultItem(&b, r, attrs, i == selected)
	}
	return b.String()
}
