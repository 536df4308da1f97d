package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
	"httpstatus/search"
)

// ClassPage explains one class and lists its codes.
func ClassPage(cl data.Class, codes []data.Code) app.UI {
	return app.Div().Class("class-page").Body(
		app.H1().Class("title").Body(
			app.Span().Class("big-code", classAttr(cl.Digit*100)).Text(cl.Label()),
			app.Text(" "),
			app.Span().Class("big-name").Text(cl.Name),
		),
		app.P().Class("summary").Text(cl.Summary),
		section("What the class means", paragraphs(cl.Explanation)...),
		section("Codes in this class", CodeList(codes)),
		section("Specification", app.Ul().Class("specs").Body(
			app.Li().Body(app.A().Href(cl.Spec.URL).Rel("noopener").Text(cl.Spec.Title)),
		)),
		app.P().Class("back").Body(app.A().Href("/").Text("← All status codes")),
	)
}

// Unassigned explains a number in 100–599 that nobody has registered or
// uses, and how clients treat it.
func Unassigned(number int, cl data.Class, neighbours []data.Code) app.UI {
	base := cl.Digit * 100
	return app.Div().Class("unassigned").Body(
		app.H1().Class("title").Body(
			app.Span().Class("big-code", classAttr(number)).Text(data.FormatNumber(number)),
			app.Text(" "),
			app.Span().Class("big-name").Text("Unassigned"),
		),
		app.P().Class("summary").Text(data.FormatNumber(number)+" is not in the IANA registry, and no widely used server or vendor gives it a meaning."),
		section("How clients treat it",
			app.P().Body(
				app.Text("RFC 9110 makes status codes extensible: a client that meets a code it does not recognise must treat it as the first code of its class. So "+data.FormatNumber(number)+" is understood as "),
				app.A().Href(routes.CodePath(base)).Text(data.FormatNumber(base)+" "+nameOf(base)),
				app.Text(", and a cache must not store the response as if it knew the code."),
			),
			app.P().Body(
				app.Text("If a server you run sends it, it is a private convention of that application: look in its documentation or source. See "),
				app.A().Href(routes.ClassPath(cl)).Text("all "+cl.Label()+" codes"),
				app.Text("."),
			),
		),
		section("Specification", app.Ul().Class("specs").Body(
			app.Li().Body(app.A().Href("https://www.rfc-editor.org/rfc/rfc9110#section-15").Rel("noopener").Text("RFC 9110, Section 15")),
		)),
		section("Nearby codes", CodeList(neighbours)),
		app.P().Class("back").Body(app.A().Href("/").Text("← All status codes")),
	)
}

func nameOf(number int) string {
	if m := data.Lookup(number); len(m) > 0 {
		return m[0].Name
	}
	return ""
}

// NotFound is the page for an address that is not a status code.
func NotFound(path string, suggestions []search.Result) app.UI {
	return app.Div().Class("not-found").Body(
		app.H1().Class("title").Body(
			app.Span().Class("big-code", "c4").Text("404"),
			app.Text(" "),
			app.Span().Class("big-name").Text("No such page"),
		),
		app.P().Class("summary").Body(
			app.If(path != "", func() app.UI {
				return app.Span().Body(app.Text("Nothing lives at "), app.Code().Text(path), app.Text(". "))
			}).Else(func() app.UI {
				return app.Text("Nothing lives at this address. ")
			}),
			app.Text("Status codes have three digits, from 100 to 599, like /502; classes look like /5xx."),
		),
		app.If(len(suggestions) > 0, func() app.UI {
			return section("Perhaps you meant", ResultList(suggestions))
		}),
		app.P().Class("back").Body(app.A().Href("/").Text("← All status codes")),
	)
}
