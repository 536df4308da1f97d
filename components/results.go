package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/search"
)

// SearchResults lists the codes matching query, best first, with the
// matched letters of each name marked. The count is announced to screen
// readers as it changes.
func SearchResults(query string, results []search.Result) app.UI {
	status := fmt.Sprintf("%d codes match “%s”", len(results), query)
	switch len(results) {
	case 0:
		status = fmt.Sprintf("No code matches “%s”", query)
	case 1:
		status = fmt.Sprintf("1 code matches “%s”", query)
	}
	return app.Section().Class("results").Body(
		app.P().ID("result-count").Class("result-count").Aria("live", "polite").Text(status),
		app.If(len(results) == 0, func() app.UI {
			return app.P().Class("hint").Body(
				app.Text("Try a number (502), a name (bad gateway), a vendor (cloudflare) or a symptom (rate limit), or "),
				app.A().Href("/").Text("browse all codes"),
				app.Text("."),
			)
		}),
		app.Ul().ID("results").Class("codes").Body(
			app.Range(results).Slice(func(i int) app.UI {
				r := results[i]
				return codeItem(r.Code, Marked(r.Code.Name, r.Marks), func(li app.HTMLLi) app.HTMLLi {
					return li.ID(fmt.Sprintf("result-%d", i))
				})
			}),
		),
	)
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
