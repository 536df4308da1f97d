package components

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// The facts about a code beyond its meaning: the names specifications gave
// it, what libraries call it, how clients react to it and what the IANA
// registry says of it. Constants and clients belong to the number, not to
// one of its meanings, so a page with several meanings shows them once, in
// the first meaning they fit (numberFactsGoIn).

// formerNames is the line under a code's title about its older names: the
// history across specifications where they renamed it, else the former
// names as a list.
func formerNames(c data.Code) app.UI {
	if c.Vendor != "" || !data.NameChanged(c.Number) {
		return app.If(len(c.FormerNames) > 0, func() app.UI {
			return app.P().Class("aka").Text("Formerly: " + strings.Join(c.FormerNames, ", "))
		})
	}
	history := data.NameHistory(c.Number)
	// Text between two links is one text node: the server's page keeps
	// the whitespace go-app writes between two adjacent ones.
	line := []app.UI{}
	text := "Names: "
	for i := 0; i < len(history); {
		// Consecutive documents that agree share one phrase.
		j := i + 1
		for j < len(history) && history[j].Phrase == history[i].Phrase {
			j++
		}
		if i > 0 {
			text += ") → "
		}
		text += history[i].Phrase + " ("
		for k := i; k < j; k++ {
			if k > i {
				text += ", "
			}
			line = append(line, app.Text(text), app.A().Href(history[k].URL).Rel("noopener").Text(history[k].Spec))
			text = ""
		}
		i = j
	}
	line = append(line, app.Text(")"))
	var others []string
	for _, f := range c.FormerNames {
		if !slices.ContainsFunc(history, func(n data.SpecName) bool { return n.Phrase == f }) {
			others = append(others, f)
		}
	}
	return app.Div().Class("names").Body(
		app.P().Class("aka name-history").Body(line...),
		app.If(len(others) > 0, func() app.UI {
			return app.P().Class("aka").Text("Also formerly: " + strings.Join(others, ", "))
		}),
	)
}

// registryFacts is the row of a code's facts about its registry entry:
// the registry's own name where the title is the name in common use (306,
// 418), or the dates of a temporary registration (104); nothing for other
// codes.
func registryFacts(c data.Code) app.UI {
	return app.If(c.RegistryName != "", func() app.UI {
		return app.Div().Body(
			app.Dt().Text("Registry name"),
			app.Dd().Body(
				app.Text(c.RegistryName+" — "),
				app.Span().Class("common-name").Text("the title, “"+c.Name+"”, is the name in common use"),
			),
		)
	}).ElseIf(c.Registration != nil, func() app.UI {
		return app.Div().Body(
			app.Dt().Text("Registration"),
			app.Dd().Body(registrationDates(c.Registration)...),
		)
	})
}

// registrationDates says when a temporary registration was made, extended
// and runs out. Pages are rendered once and must not change with the day,
// so nothing here compares with today: the reader checks the registry.
// (Plain text, not <time>: each kind of element go-app builds costs the
// bundle a few kilobytes.)
func registrationDates(r *data.Registration) []app.UI {
	dates := "Registered " + r.Registered
	if r.Extended != "" {
		dates += ", extended " + r.Extended
	}
	return []app.UI{
		app.Text(dates + ", expires " + r.Expires + " — check "),
		app.A().Href(data.RegistryURL).Rel("noopener").Text("the registry"),
		app.Text(" for its current state"),
	}
}

// carriesNumberFacts reports whether c is the meaning of its number that
// shows the sections about the whole number: the first one, or for
// clients the first that ever reaches a client.
func carriesNumberFacts(c data.Code, reachesClients bool) bool {
	for _, m := range data.Lookup(c.Number) {
		if !reachesClients || !m.LogOnly {
			return m.Vendor == c.Vendor
		}
	}
	return false
}

// constantsPart is the section on what libraries call c's number, in the
// meaning that carries it.
func constantsPart(c data.Code, part func(string, ...app.UI) app.UI) app.UI {
	return app.If(carriesNumberFacts(c, false) && hasConstants(c.Number), func() app.UI {
		return part("The constant in your language", constantsTable(c.Number))
	})
}

// clientsPart is the section on how clients react to c's number, in the
// meaning that carries it.
func clientsPart(c data.Code, part func(string, ...app.UI) app.UI) app.UI {
	if !carriesNumberFacts(c, true) {
		return app.If(false, nil)
	}
	clients := data.ClientsFor(c.Number)
	return app.If(len(clients) > 0, func() app.UI {
		return part("How clients react", clientsTable(clients))
	})
}

// The tables have no thead or tbody: the th scope="col" row says which row
// heads the columns, and each kind of element costs the bundle.

// constantsTable is how each library names the number: the constant to
// copy, or none, and when the name changed. Closed by default: it is long,
// and most readers want one row of it.
func constantsTable(number int) app.UI {
	constants := data.ConstantsFor(number)
	var languages []string
	for _, l := range data.Libraries() {
		languages = append(languages, l.Language)
	}
	return app.Details().Class("constants").Body(
		app.Summary().Text("Show the names in "+strings.Join(languages[:len(languages)-1], ", ")+" and "+languages[len(languages)-1]),
		app.Div().Class("table-wrap").Body(app.Table().Class("facts-table").Body(
			app.Tr().Body(
				app.Th().Scope("col").Text("Library"),
				app.Th().Scope("col").Text("Name"),
			),
			app.Range(constants).Slice(func(i int) app.UI {
				k := constants[i]
				return app.Tr().Body(
					app.Th().Scope("row").Body(
						app.Text(k.Library.Language+" "),
						app.A().Href(k.Library.Source).Rel("noopener").Class("library").Text(k.Library.Library+" "+k.Library.Version),
					),
					// The note goes under the name, not in a column of its
					// own, which a phone has no room for.
					app.Td().Body(
						app.If(k.Name != "", func() app.UI {
							return app.Span().Class("constant").Body(
								app.Code().Text(k.Name),
								app.Button().Type("button").Class("copy", "copy-inline").DataSet("copy", k.Name).Aria("label", "Copy "+k.Name).Text("Copy"),
							)
						}).Else(func() app.UI {
							return app.Span().Class("none").Text("none")
						}),
						app.If(k.Since != "" || k.Formerly != "", func() app.UI {
							return app.Span().Class("constant-note").Body(constantNote(k)...)
						}),
					),
				)
			}),
		)),
	)
}

// constantNote is "since 3.13, formerly UNPROCESSABLE_ENTITY", or for a
// name the library dropped, when it went.
func constantNote(k data.Constant) []app.UI {
	note := ""
	switch {
	case k.Name == "" && k.Since != "":
		note = "removed in " + k.Since
	case k.Since != "":
		note = "since " + k.Since
	}
	if k.Formerly == "" {
		return []app.UI{app.Text(note)}
	}
	if note != "" {
		note += ", "
	}
	return []app.UI{app.Text(note + "formerly "), app.Code().Text(k.Formerly)}
}

// hasConstants reports whether any library names the number, now or
// before.
func hasConstants(number int) bool {
	return slices.ContainsFunc(data.ConstantsFor(number), func(k data.Constant) bool {
		return k.Name != "" || k.Formerly != ""
	})
}

// clientsTable is what browsers, fetch(), curl and Googlebot do with the
// number, each with its source and a mark where a test here runs the real
// client.
func clientsTable(behaviours []data.ClientBehaviour) app.UI {
	return app.Div().Class("table-wrap").Body(app.Table().Class("facts-table", "clients").Body(
		app.Tr().Body(
			app.Th().Scope("col").Text("Client"),
			app.Th().Scope("col").Text("What it does"),
			app.Th().Scope("col").Text("Source"),
		),
		app.Range(behaviours).Slice(func(i int) app.UI {
			b := behaviours[i]
			return app.Tr().Body(
				app.Th().Scope("row").Text(b.Client),
				app.Td().Body(inlineCode(b.Behaviour)...),
				app.Td().Body(
					app.A().Href(b.Source.URL).Rel("noopener").Text(b.Source.Title),
					app.If(b.Checked != "", func() app.UI {
						return app.Span().Class("checked").Title(b.Checked).Text("✓ tested live")
					}),
				),
			)
		}),
	))
}
