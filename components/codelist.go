package components

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
	"httpstatus/search"
)

// Code lists are written as HTML text and placed with app.Raw instead of
// being built from go-app elements. The search box needs its listbox's
// options replaced straight from the input handler (see ShowResults), and
// one writer for every list keeps that markup and the server's identical.
// It is also cheaper: the browser parses a list in one call where go-app
// makes several calls through syscall/js per element.

// ResultList is a list of search results of every kind, each a link to its
// page.
func ResultList(results []search.Result) app.UI {
	var b strings.Builder
	b.WriteString(`<ul class="codes">`)
	for _, r := range results {
		writeResultItem(&b, r, "", false)
	}
	b.WriteString(`</ul>`)
	return app.Raw(b.String())
}

// CodeList is a list of codes, each a link to its page showing number,
// name, vendor and summary.
func CodeList(codes []data.Code) app.UI {
	var b strings.Builder
	b.WriteString(`<ul class="codes">`)
	for _, c := range codes {
		writeCodeItem(&b, c, nil, "", false)
	}
	b.WriteString(`</ul>`)
	return app.Raw(b.String())
}

// writeCodeItem writes one code as a list item: a link holding the
// coloured number, the name with the bytes at marks highlighted, for a
// vendor's code a marker saying so, and the summary. liAttrs, if not
// empty, is written into the <li> tag as it is.
func writeCodeItem(b *strings.Builder, c data.Code, marks []int, liAttrs string, selected bool) {
	it := listItem{
		path: routes.CodePath(c.Number), badge: data.FormatNumber(c.Number), badgeClass: classAttr(c.Number),
		name: c.Name, marks: marks, summary: c.Summary, selected: selected,
	}
	if c.Vendor != "" {
		it.tag, it.unofficial = "Unofficial · "+c.Vendor, true
	}
	writeItem(b, it, liAttrs)
}

// writeResultItem writes a search result: a code as writeCodeItem does, a
// header or a comparison marked as such in its badge.
func writeResultItem(b *strings.Builder, r search.Result, liAttrs string, selected bool) {
	switch r.Kind {
	case search.KindHeader:
		writeItem(b, listItem{path: r.Path, badge: "header", badgeClass: "kind", name: r.Code.Name, marks: r.Marks,
			tag: r.Code.Vendor, summary: r.Code.Summary, selected: selected}, liAttrs)
	case search.KindComparison:
		writeItem(b, listItem{path: r.Path, badge: "vs", badgeClass: "kind", name: r.Code.Name, marks: r.Marks,
			summary: r.Code.Summary, selected: selected}, liAttrs)
	default:
		writeCodeItem(b, r.Code, r.Marks, liAttrs, selected)
	}
}

// listItem is what a list shows of a code, header or comparison.
type listItem struct {
	path, badge, badgeClass string
	name                    string
	marks                   []int
	tag                     string // the vendor, if any
	summary                 string
	// unofficial marks a vendor's code, which the index can hide;
	// selected, the highlighted search result.
	unofficial, selected bool
}

func writeItem(b *strings.Builder, it listItem, liAttrs string) {
	b.WriteString(`<li`)
	b.WriteString(liAttrs)
	switch {
	case it.selected && it.unofficial:
		b.WriteString(` class="selected unofficial"`)
	case it.selected:
		b.WriteString(` class="selected"`)
	case it.unofficial:
		b.WriteString(` class="unofficial"`)
	}
	b.WriteString(`><a class="code-link" href="`)
	b.WriteString(html.EscapeString(it.path))
	b.WriteString(`"><span class="badge `)
	b.WriteString(it.badgeClass)
	b.WriteString(`">`)
	b.WriteString(it.badge)
	b.WriteString(`</span><span class="code-name">`)
	writeMarked(b, it.name, it.marks)
	b.WriteString(`</span>`)
	if it.tag != "" {
		b.WriteString(`<span class="vendor">`)
		b.WriteString(html.EscapeString(it.tag))
		b.WriteString(`</span>`)
	}
	b.WriteString(`<span class="code-summary">`)
	b.WriteString(html.EscapeString(it.summary))
	b.WriteString(`</span></a></li>`)
}

// writeMarked writes text with the bytes at the given offsets wrapped in
// <mark>, one element per run of adjacent offsets. Offsets out of order or
// out of range are ignored.
func writeMarked(b *strings.Builder, text string, offsets []int) {
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
		b.WriteString(html.EscapeString(text[last:start]))
		b.WriteString(`<mark>`)
		b.WriteString(html.EscapeString(text[start:end]))
		b.WriteString(`</mark>`)
		last = end
	}
	b.WriteString(html.EscapeString(text[last:]))
}

// ClassSections is the full index: jump links to each class, a switch
// that hides the vendors' codes, and every code grouped under its class.
// Codes outside 100–599 (AWS's 000, LinkedIn's 999) close the list. The
// switch is a plain checkbox that the stylesheet reads (:has), so it works
// before the app starts and without JavaScript.
func ClassSections() app.UI {
	outside := data.OutsideClasses()
	return app.Div().Class("classes").Body(
		app.Nav().Class("jump").Aria("label", "Classes").Body(
			app.Ul().Body(
				app.Range(data.Classes).Slice(func(i int) app.UI {
					cl := data.Classes[i]
					return app.Li().Body(app.A().Href("#class-"+cl.Label()).Body(
						app.Span().Class("badge", classAttr(cl.Digit*100)).Text(cl.Label()),
						app.Text(" "+cl.Name),
					))
				}),
				app.If(len(outside) > 0, func() app.UI {
					return app.Li().Body(app.A().Href("#class-other").Text("Outside the classes"))
				}),
			),
		),
		app.P().Class("unofficial-switch").Body(
			app.Input().Type("checkbox").ID("hide-unofficial"),
			app.Label().For("hide-unofficial").Text("Hide vendor and unofficial codes"),
		),
		app.Range(data.Classes).Slice(func(i int) app.UI {
			cl := data.Classes[i]
			return app.Section().Class("class").ID("class-"+cl.Label()).Body(
				app.H2().Body(
					app.A().Href(routes.ClassPath(cl)).Body(
						app.Span().Class("badge", classAttr(cl.Digit*100)).Text(cl.Label()),
						app.Text(" "+cl.Name),
					),
				),
				app.P().Class("class-summary").Text(cl.Summary),
				CodeList(data.OfClass(cl)),
			)
		}),
		app.If(len(outside) > 0, func() app.UI {
			return app.Section().Class("class").ID("class-other").Body(
				app.H2().Text("Outside the five classes"),
				app.P().Class("class-summary").Text("Vendor codes that no class covers; they appear in logs, not in the registry."),
				CodeList(outside),
			)
		}),
	)
}
