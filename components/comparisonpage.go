package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// CompareIndexPage lists every comparison by its question. Only the server
// renders it (routes.Page.FromServer).
func CompareIndexPage() Page {
	all := data.Comparisons()
	return Page{"Status codes compared — which one to use?",
		"HTTP status codes that people confuse, compared side by side: what each means, how clients react and when to use which.",
		app.Div().Class("compare-index").Body(
			app.H1().Class("title").Text("Status codes compared"),
			app.P().Class("summary").Text("Codes that are easy to mix up, side by side: what each means, what clients do with it, and when to use which."),
			app.Ul().Class("comparisons").Body(
				app.Range(all).Slice(func(i int) app.UI {
					c := all[i]
					return app.Li().Body(
						app.A().Href(routes.ComparisonPath(c.Codes())).Text(c.Question),
						app.Span().Class("compared-codes").Body(
							app.Range(c.Sides).Slice(func(j int) app.UI {
								return CodeBadge(c.Sides[j].Code)
							}),
						),
					)
				}),
			),
			app.P().Class("back").Body(
				app.A().Href(routes.ChooserPath).Text(chooserTitle),
			),
		),
	}
}

// ComparisonPage sets the codes of one comparison side by side: a table
// with one column per code, whose cells stack under each fact on a narrow
// screen, then an example of each and the verdict. Only the server renders
// it (routes.Page.FromServer).
func ComparisonPage(slug string) Page {
	c, ok := data.LookupComparison(slug)
	if !ok {
		return Page{"Not a comparison — HTTP status codes", "This is not one of the compared groups of status codes.",
			app.Div().Class("comparison").Body(
				app.H1().Class("title").Text("No such comparison"),
				app.P().Class("back").Body(app.A().Href(routes.CompareIndexPath).Text("← All comparisons")),
			)}
	}
	numbers := make([]string, len(c.Sides))
	named := make([]string, len(c.Sides))
	for i, s := range c.Sides {
		numbers[i] = data.FormatNumber(s.Code)
		named[i] = numbers[i] + " " + nameOf(s.Code)
	}
	title := strings.Join(numbers, " vs ") + " — which status code?"
	description := strings.Join(named[:len(named)-1], ", ") + " and " + named[len(named)-1] +
		" side by side: what each means, what clients do, caching, retries and headers, with an example of each."
	return Page{title, description, app.Div().Class("comparison").Body(
		app.H1().Class("title").Text(c.Question),
		app.P().Class("compared-codes").Body(
			app.Range(c.Sides).Slice(func(i int) app.UI {
				code := c.Sides[i].Code
				return app.A().Href(routes.CodePath(code)).Body(CodeBadge(code), app.Text(" "+nameOf(code)))
			}),
		),
		app.Div().Class("compare-wrap").Body(comparisonTable(c)),
		section("Examples", app.Div().Class("compare-examples").Body(
			app.Range(c.Sides).Slice(func(i int) app.UI {
				e := c.Sides[i].Entry()
				return app.Div().Body(
					app.H3().Body(app.A().Href(routes.CodePath(e.Number)).Body(CodeBadge(e.Number), app.Text(" "+e.Name))),
					CodeBlock(e.Example, data.FormatNumber(e.Number)+" response"),
				)
			}),
		)),
		section("Verdict", app.P().Class("verdict").Text(c.Verdict)),
		app.P().Class("back").Body(app.A().Href(routes.CompareIndexPath).Text("← All comparisons")),
	)}
}

// comparisonTable has a column per code and a row per fact. Each cell
// also names its code, shown (and read out) only when the cells stack
// under 600 px (web/style.css), so a stacked cell still says which code
// it is about.
func comparisonTable(c data.Comparison) app.UI {
	sides := c.Sides
	row := func(label app.UI, cell func(data.ComparisonSide, int) app.UI) app.UI {
		return app.Tr().Body(
			app.Th().Scope("row").Body(label),
			app.Range(sides).Slice(func(i int) app.UI {
				return app.Td().Body(
					app.Span().Class("cell-code", classAttr(sides[i].Code)).Text(data.FormatNumber(sides[i].Code)),
					cell(sides[i], i),
				)
			}),
		)
	}
	text := func(f func(data.ComparisonSide) string) func(data.ComparisonSide, int) app.UI {
		return func(s data.ComparisonSide, _ int) app.UI { return app.Span().Text(f(s)) }
	}
	rows := []app.UI{
		row(app.Text("Meaning"), text(func(s data.ComparisonSide) string { return s.Entry().Summary })),
		row(app.Text("When to use it"), text(func(s data.ComparisonSide) string { return s.WhenToUse })),
		row(app.Text("What the client does"), text(func(s data.ComparisonSide) string { return s.ClientDoes })),
	}
	for _, r := range c.Rows {
		rows = append(rows, row(
			app.Span().Body(
				app.Text(r.Label),
				app.Span().Class("sources").Body(
					app.Range(r.Sources).Slice(func(i int) app.UI {
						return app.A().Href(r.Sources[i].URL).Rel("noopener").Text(r.Sources[i].Title)
					}),
				),
			),
			func(_ data.ComparisonSide, i int) app.UI { return app.Span().Text(r.Values[i]) },
		))
	}
	rows = append(rows,
		row(app.Text("Cacheable by default"), text(func(s data.ComparisonSide) string { return yesNo(s.Entry().Facts.Cacheable) })),
		row(app.Text("Retry"), text(func(s data.ComparisonSide) string { return s.Entry().Facts.Retry })),
		row(app.Text("Retry-After"), text(func(s data.ComparisonSide) string {
			if s.Entry().Facts.RetryAfter {
				return "Meaningful"
			}
			return "Not used"
		})),
		row(app.Text("Required headers"), func(s data.ComparisonSide, _ int) app.UI {
			required := data.RequiredHeaders(s.Code)
			if len(required) == 0 {
				return app.Span().Text("None")
			}
			return app.Ul().Class("required").Body(
				app.Range(required).Slice(func(i int) app.UI { return app.Li().Body(headerLink(required[i].Name)) }),
			)
		}),
	)
	return app.Table().Class("compare").Body(
		app.Caption().Text("Side by side"),
		app.THead().Body(app.Tr().Body(
			app.Td(),
			app.Range(sides).Slice(func(i int) app.UI {
				e := sides[i].Entry()
				return app.Th().Scope("col").Body(
					app.A().Href(routes.CodePath(e.Number)).Body(CodeBadge(e.Number), app.Text(" "+e.Name)),
				)
			}),
		)),
		app.TBody().Body(rows...),
	)
}
