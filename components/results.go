package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/search"
)

// MaxResults is how many results are listed. Past it, results are weak
// matches nobody scrolls to, and each costs rendering time on every key.
const MaxResults = 15

// SearchResults lists the best MaxResults codes matching query, best first,
// with the matched letters of each name marked, as the listbox of the
// search combobox. The count is announced to screen readers as it changes.
func SearchResults(query string, results []search.Result, selected int) app.UI {
	total := len(results)
	results = results[:min(total, MaxResults)]
	return app.Section().Class("results").Body(
		app.P().ID("result-count").Class("result-count").Aria("live", "polite").Text(resultCount(query, total, len(results))),
		app.If(len(results) == 0, func() app.UI {
			return app.P().Class("hint").Body(
				app.Text("Try a number (502), a name (bad gateway), a vendor (cloudflare) or a symptom (rate limit), or "),
				app.A().Href("/").Text("browse all codes."),
			)
		}),
		app.Ul().ID("results").Class("codes").Role("listbox").Aria("label", "Matching status codes").Body(
			app.Range(results).Slice(func(i int) app.UI {
				r := results[i]
				return codeItem(r.Code, Marked(r.Code.Name, r.Marks), func(li app.HTMLLi) app.HTMLLi {
					li = li.ID(ResultID(i)).Role("option").Aria("selected", fmt.Sprint(i == selected))
					if i == selected {
						li = li.Class("selected")
					}
					return li
				})
			}),
		),
	)
}

func resultCount(query string, total, shown int) string {
	switch {
	case total == 0:
		return fmt.Sprintf("No code matches “%s”.", query)
	case total == 1:
		return fmt.Sprintf("1 code matches “%s”.", query)
	case shown < total:
		return fmt.Sprintf("%d codes match “%s”; the best %d are listed.", total, query, shown)
	}
	return fmt.Sprintf("%d codes match “%s”.", total, query)
}

// Marked renders text with the bytes at the given offsets wrapped in
// <mark>, one element per run of adjacent offsets.
func Marked(text string, offsets []int) app.UI {
	if len(offsets) == 0 {
		return app.Text(text)
	}
	var parts []app.UI
	last := 0
	for i := 0; i < len(offsets); {
		start := offsets[i]
		end := start + 1
		for i++; i < len(offsets) && offsets[i] == end; i++ {
			end++
		}
		if start < last || end > len(text) {
			continue
		}
		if start > last {
			parts = append(parts, app.Text(text[last:start]))
		}
		parts = append(parts, app.Mark().Text(text[start:end]))
		last = end
	}
	if last < len(text) {
		parts = append(parts, app.Text(text[last:]))
	}
	return app.Span().Body(parts...)
}
