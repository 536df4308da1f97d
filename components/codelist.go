package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// CodeList is a list of codes, each a link to its page showing number,
// name, vendor and summary.
func CodeList(codes []data.Code) app.UI {
	return app.Ul().Class("codes").Body(
		app.Range(codes).Slice(func(i int) app.UI {
			return codeItem(codes[i], app.Text(codes[i].Name))
		}),
	)
}

func codeItem(c data.Code, name app.UI, attrs ...func(app.HTMLLi) app.HTMLLi) app.UI {
	li := app.Li()
	for _, a := range attrs {
		li = a(li)
	}
	return li.Body(
		app.A().Href(CodePath(c.Number)).Class("code-link").Body(
			CodeBadge(c.Number),
			app.Span().Class("code-name").Body(name),
			app.If(c.Vendor != "", func() app.UI {
				return app.Span().Class("vendor").Text(c.Vendor)
			}),
			app.Span().Class("code-summary").Text(c.Summary),
		),
	)
}

// ClassSections is the full index: every code, grouped under its class.
// Codes outside 100–599 (AWS's 000, LinkedIn's 999) close the list.
func ClassSections(codes []data.Code) app.UI {
	groups := make([][]data.Code, len(data.Classes)+1)
	for _, c := range codes {
		if cl, ok := data.ClassOf(c.Number); ok {
			groups[cl.Digit-1] = append(groups[cl.Digit-1], c)
		} else {
			groups[len(data.Classes)] = append(groups[len(data.Classes)], c)
		}
	}
	return app.Div().Class("classes").Body(
		app.Range(data.Classes).Slice(func(i int) app.UI {
			cl := data.Classes[i]
			return app.Section().Class("class").ID("class-"+cl.Label()).Body(
				app.H2().Body(
					app.A().Href(ClassPath(cl)).Body(
						app.Span().Class("badge", classAttr(cl.Digit*100)).Text(cl.Label()),
						app.Text(" "+cl.Name),
					),
				),
				app.P().Class("class-summary").Text(cl.Summary),
				CodeList(groups[i]),
			)
		}),
		app.If(len(groups[len(data.Classes)]) > 0, func() app.UI {
			return app.Section().Class("class").ID("class-other").Body(
				app.H2().Text("Outside the five classes"),
				app.P().Class("class-summary").Text("Vendor codes that no class covers; they appear in logs, not in the registry."),
				CodeList(groups[len(data.Classes)]),
			)
		}),
	)
}
