package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// CodeDetail is the page of one number: every meaning it has, the
// registered one first, each with all its sections.
func CodeDetail(meanings []data.Code) app.UI {
	return app.Div().Class("detail").Body(
		app.Range(meanings).Slice(func(i int) app.UI {
			return meaning(meanings[i], i > 0, len(meanings) > 1)
		}),
		app.P().Class("back").Body(app.A().Href("/").Text("← All status codes")),
	)
}

func meaning(c data.Code, secondary, several bool) app.UI {
	cl, hasClass := data.ClassOf(c.Number)
	part := section
	if secondary {
		part = subsection
	}
	return app.Article().Class("meaning").ID(meaningID(c)).Body(
		app.Header().Class("meaning-head").Body(
			title(c, secondary),
			app.If(len(c.FormerNames) > 0, func() app.UI {
				return app.P().Class("aka").Text("Formerly: " + strings.Join(c.FormerNames, ", "))
			}),
			app.If(len(c.AlsoKnownAs) > 0, func() app.UI {
				return app.P().Class("aka").Text("Also known as: " + strings.Join(c.AlsoKnownAs, ", "))
			}),
			app.P().Class("summary").Text(c.Summary),
			app.Dl().Class("facts").Body(
				app.Dt().Text("Class"),
				app.Dd().Body(app.If(hasClass, func() app.UI {
					return app.A().Href(routes.ClassPath(cl)).Text(cl.Label() + " " + cl.Name)
				}).Else(func() app.UI {
					return app.Text("None (outside 100–599)")
				})),
				app.Dt().Text("Registry"),
				app.Dd().Body(registryStatus(c)),
				app.If(several || c.Vendor != "", func() app.UI {
					return app.Div().Body(
						app.Dt().Text("Used by"),
						app.Dd().Text(vendorOrRegistry(c)),
					)
				}),
				app.Dt().Text("Cacheable by default"),
				app.Dd().Text(yesNo(c.Facts.Cacheable)),
				app.Dt().Text("Body"),
				app.Dd().Text(map[bool]string{true: "Allowed", false: "Never"}[c.Facts.BodyAllowed]),
				app.Dt().Text("Retry"),
				app.Dd().Text(c.Facts.Retry),
				app.Dt().Text("Retry-After"),
				app.Dd().Text(map[bool]string{true: "Meaningful with this code", false: "Not used with this code"}[c.Facts.RetryAfter]),
			),
		),
		part("Detailed explanation", paragraphs(c.Explanation)...),
		part("Common causes", app.Ul().Class("causes").Body(listItems(c.Causes)...)),
		part("How to fix", app.Ol().Class("fixes").Body(listItems(c.Fixes)...)),
		part("Related HTTP headers", app.Dl().Class("headers").Body(
			app.Range(c.Headers).Slice(func(i int) app.UI {
				h := c.Headers[i]
				return app.Div().Body(app.Dt().Body(app.Code().Text(h.Name)), app.Dd().Text(h.Note))
			}),
		)),
		part(exampleTitle(c), CodeBlock(c.Example, "response")),
		part("Send it", Snippets(c)),
		app.If(len(c.Confusions) > 0, func() app.UI {
			return part("Commonly confused with", app.Ul().Class("confusions").Body(
				app.Range(c.Confusions).Slice(func(i int) app.UI {
					cf := c.Confusions[i]
					return app.Li().Body(
						app.A().Href(routes.CodePath(cf.Number)).Body(CodeBadge(cf.Number)),
						app.Text(" "+cf.Difference),
					)
				}),
			))
		}),
		part("Related status codes", CodeList(relatedCodes(c.Related))),
		part("Specification", app.Ul().Class("specs").Body(
			app.Range(c.Specs).Slice(func(i int) app.UI {
				s := c.Specs[i]
				return app.Li().Body(app.A().Href(s.URL).Rel("noopener").Text(s.Title))
			}),
		)),
	)
}

// title is the page's h1 for the first meaning and an h2 for the others,
// so a number with several meanings still has one main heading.
func title(c data.Code, secondary bool) app.UI {
	body := []app.UI{
		app.Span().Class("big-code", classAttr(c.Number)).Text(data.FormatNumber(c.Number)),
		app.Text(" "),
		app.Span().Class("big-name").Text(c.Name),
	}
	if secondary {
		return app.H2().Class("title").Body(body...)
	}
	return app.H1().Class("title").Body(body...)
}

func meaningID(c data.Code) string {
	if c.Vendor == "" {
		return "registered"
	}
	return "vendor-" + strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, c.Vendor)
}

func registryStatus(c data.Code) app.UI {
	text := map[data.RegistryStatus]string{
		data.Permanent:  "Registered (permanent)",
		data.Temporary:  "Registered (temporary)",
		data.Unused:     "Reserved, unused",
		data.Obsolete:   "Registered, obsolete",
		data.Unofficial: "Unofficial",
	}[c.Status]
	return app.Span().Class("status", "status-"+string(c.Status)).Text(text)
}

func vendorOrRegistry(c data.Code) string {
	if c.Vendor == "" {
		return "Everyone (IANA registry)"
	}
	if c.LogOnly {
		return c.Vendor + " — appears only in its logs, never sent to the client"
	}
	return c.Vendor
}

func exampleTitle(c data.Code) string {
	if c.LogOnly {
		return "Log example"
	}
	return "Response example"
}

func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

func relatedCodes(numbers []int) []data.Code {
	var codes []data.Code
	for _, n := range numbers {
		if m := data.Lookup(n); len(m) > 0 {
			codes = append(codes, m[0])
		}
	}
	return codes
}

// section is a titled part of a page, under its h1.
func section(title string, body ...app.UI) app.UI {
	return app.Section().Class("part").Body(
		append([]app.UI{app.H2().Text(title)}, body...)...,
	)
}

// subsection is a titled part of a further meaning of a code, whose own
// title is an h2.
func subsection(title string, body ...app.UI) app.UI {
	return app.Section().Class("part").Body(
		append([]app.UI{app.H3().Text(title)}, body...)...,
	)
}

// paragraphs splits text on blank lines.
func paragraphs(text string) []app.UI {
	var ps []app.UI
	for _, p := range strings.Split(text, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, app.P().Body(inlineCode(p)...))
		}
	}
	return ps
}

func listItems(items []string) []app.UI {
	out := make([]app.UI, len(items))
	for i, s := range items {
		out[i] = app.Li().Body(inlineCode(s)...)
	}
	return out
}

// inlineCode renders `backticked` spans of s as <code>.
func inlineCode(s string) []app.UI {
	parts := strings.Split(s, "`")
	out := make([]app.UI, 0, len(parts))
	for i, p := range parts {
		if p == "" {
			continue
		}
		if i%2 == 1 {
			out = append(out, app.Code().Text(p))
		} else {
			out = append(out, app.Text(p))
		}
	}
	return out
}
