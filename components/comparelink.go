package components

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// compareSideBySide links a code's page to the comparison that includes
// both number and other, or is nothing when there is none. It runs in the
// browser too, so it reads only the small comparison index, never the
// comparisons' content (see data/index.go).
func compareSideBySide(number, other int) app.UI {
	for _, c := range data.ComparisonEntriesOf(number) {
		if slices.Contains(c.Codes, other) {
			return app.Span().Body(
				app.Text(" "),
				app.A().Class("compare-link").Href(routes.ComparisonPath(c.Codes)).Text("Compare side by side"),
			)
		}
	}
	return nil
}
