package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// NotAStatusCodePage explains a number that lists show as a status code
// but that is something else, such as a code of the Warning header: what
// it really is, how it appears, and the status codes to read instead. Only
// the server renders it (routes.Page.FromServer).
func NotAStatusCodePage(number int) Page {
	n := data.FormatNumber(number)
	heading := n + " is not an HTTP status code"
	found := data.LookalikesOf(number)
	if len(found) == 0 {
		return Page{heading, heading + ".", app.Div().Class("lookalike").Body(
			app.H1().Class("title").Text(heading),
			app.P().Class("back").Body(app.A().Href(routes.IndexPath).Text("← All status codes")),
		)}
	}
	first := found[0]
	return Page{n + " " + first.Name + " — not an HTTP status code", first.Summary,
		app.Div().Class("lookalike").Body(
			app.H1().Class("title").Body(
				app.Span().Class("big-code cx").Text(n),
				app.Text(" is not an HTTP status code"),
			),
			app.Range(found).Slice(func(i int) app.UI { return lookalike(found[i]) }),
			app.P().Class("back").Body(app.A().Href(routes.IndexPath).Text("← All status codes")),
		)}
}

// lookalike is one meaning of a number that is not a status code.
func lookalike(l data.Lookalike) app.UI {
	n := data.FormatNumber(l.Number)
	specs := append(append([]data.Spec{}, l.Specs...), l.Kind.Specs...)
	return app.Article().Class("meaning").Body(
		app.P().Class("lookalike-kind").Body(
			app.Span().Class("kind-name").Text(l.Kind.Name),
			app.Text(": "+n+" "+l.Name),
		),
		app.P().Class("summary").Text(l.Summary),
		section("What it really is", append(paragraphs(l.Kind.Explanation),
			app.If(l.Kind.HeaderField != "", func() app.UI {
				return app.P().Body(
					app.Text("Read about the "),
					headerLink(l.Kind.HeaderField),
					app.Text(" header field."),
				)
			}),
		)...),
		section("What "+n+" meant", paragraphs(l.Explanation)...),
		section("How it appears", CodeBlock(l.Example, "header line")),
		app.If(len(l.Related) > 0, func() app.UI {
			return section("Related status codes", CodeList(relatedCodes(l.Related)))
		}),
		section("Specification", app.Ul().Class("specs").Body(
			app.Range(specs).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(specs[i].URL).Rel("noopener").Text(specs[i].Title))
			}),
		)),
	)
}
