package components

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// HeaderPage is the page of one header field: what it means, its syntax,
// how software treats it, and the status codes whose pages name it. Only
// the server renders it (routes.Page.FromServer), so it may use the full
// header content.
func HeaderPage(name string) Page {
	h, ok := data.LookupHeader(name)
	if !ok {
		return Page{}
	}
	return Page{
		Title:       h.Name + " — HTTP header",
		Description: h.Summary,
		Content:     headerPageContent(h),
	}
}

func headerPageContent(h data.HeaderField) app.UI {
	return app.Div().Class("header-page").Body(
		app.H1().Class("title").Body(app.Code().Class("field-name").Text(h.Name)),
		app.If(len(h.AlsoKnownAs) > 0, func() app.UI {
			return app.P().Class("aka").Text("Also seen as: " + strings.Join(h.AlsoKnownAs, ", "))
		}),
		app.P().Class("summary").Text(h.Summary),
		standingNotice(h),
		app.Dl().Class("facts").Body(
			fact("Sent in", app.Text(directionText[h.Direction])),
			fact("Standing", app.Text(standingText[h.Standing])),
			app.If(h.Vendor != "", func() app.UI { return fact("Vendor", app.Text(h.Vendor)) }),
			app.If(len(h.Specs) > 0, func() app.UI { return fact(specsLabel(h), specLinks(h.Specs)...) }),
		),
		section("What it means", paragraphs(h.Explanation)...),
		section("Syntax", headerSyntax(h)...),
		app.If(len(h.Examples) > 0, func() app.UI {
			return section("Examples", headerExamples(h.Examples)...)
		}),
		section("How browsers, caches and proxies treat it", paragraphs(h.Handling)...),
		app.If(len(h.Mistakes) > 0, func() app.UI {
			return section("Common mistakes", app.Ul().Class("mistakes").Body(listItems(h.Mistakes)...))
		}),
		section("Status codes it appears with", codesNaming(h)),
		app.If(len(h.Related) > 0, func() app.UI {
			return section("Related headers", app.Ul().Class("related-headers").Body(relatedHeaders(h.Related)...))
		}),
		app.If(len(h.Specs) > 0, func() app.UI {
			return section("Specification", specList(h))
		}),
		app.P().Class("back").Body(app.A().Href(routes.HeaderIndexPath).Text("← All headers")),
	)
}

// fact is one term of a facts list with its description, grouped in a
// div as every term of the list is (HTML allows no mix).
func fact(term string, description ...app.UI) app.UI {
	return app.Div().Body(app.Dt().Text(term), app.Dd().Body(description...))
}

var directionText = map[data.Direction]string{
	data.InRequests:  "Requests",
	data.InResponses: "Responses",
	data.InBoth:      "Requests and responses",
}

var standingText = map[data.FieldStanding]string{
	data.Standard:     "Standard",
	data.Provisional:  "Draft: an Internet-Draft, not yet an RFC",
	data.VendorField:  "Vendor-specific",
	data.Conventional: "Conventional: widely used, in no specification",
	data.Deprecated:   "Deprecated",
	data.Retired:      "Obsolete",
}

// standingNotice tells the reader, before the details, when a field is not
// one to rely on everywhere: a draft, a vendor's own, or on its way out.
func standingNotice(h data.HeaderField) app.UI {
	var label, text string
	switch h.Standing {
	case data.Deprecated:
		label, text = "Deprecated.", "The specifications or the browsers have given this header up: do not rely on it in new work; the explanation below says what to use instead."
	case data.Retired:
		label, text = "Obsolete.", "This header is no longer in use: do not send it, and do not expect software to act on it."
	case data.Provisional:
		label, text = "Draft.", "An Internet-Draft still in progress defines this header: its name, parameters and meaning may still change before it becomes an RFC."
	case data.VendorField:
		label, text = "Vendor-specific.", h.Vendor+" defines this header for its own products, and no standard does: expect other software to ignore it."
	default:
		return nil
	}
	return app.P().Class("notice", "notice-"+noticeClass(h.Standing)).Body(
		app.Strong().Text(label), app.Text(" "+text),
	)
}

// noticeClass names the notice's style class; "obsolete" for Retired, as
// the page calls it.
func noticeClass(s data.FieldStanding) string {
	if s == data.Provisional {
		return "draft"
	}
	return string(s)
}

// specsLabel is what a field's documents are: specifications, or for a
// field no standards body defines, documentation.
func specsLabel(h data.HeaderField) string {
	for _, s := range h.Specs {
		if isStandardsDocument(s) {
			return "Specification"
		}
	}
	return "Documentation"
}

// standardsHosts publish the RFCs, Internet-Drafts and living standards
// that define header fields.
var standardsHosts = []string{
	"www.rfc-editor.org", "datatracker.ietf.org", "www.w3.org", "w3c.github.io", "www.iana.org",
}

func isStandardsDocument(s data.Spec) bool {
	u, err := url.Parse(s.URL)
	if err != nil {
		return false
	}
	return slices.Contains(standardsHosts, u.Host) || strings.HasSuffix(u.Host, ".spec.whatwg.org")
}

// specKind says, after a link, what a document that is not a standard is.
func specKind(h data.HeaderField, s data.Spec) string {
	switch {
	case isStandardsDocument(s):
		return ""
	case h.Standing == data.VendorField:
		return " (vendor documentation)"
	default:
		return " (documentation, not a standard)"
	}
}

func specLinks(specs []data.Spec) []app.UI {
	var links []app.UI
	for i, s := range specs {
		if i > 0 {
			links = append(links, app.Text("; "))
		}
		links = append(links, app.A().Href(s.URL).Rel("noopener").Text(s.Title))
	}
	return links
}

func headerSyntax(h data.HeaderField) []app.UI {
	body := []app.UI{app.P().Body(inlineCode(h.Syntax)...)}
	if h.ABNF == "" {
		return append(body, app.P().Class("hint").Text("Its documentation gives no formal grammar."))
	}
	return append(body, CodeBlock(h.ABNF, "ABNF of "+h.Name))
}

func headerExamples(examples []string) []app.UI {
	blocks := make([]app.UI, len(examples))
	for i, e := range examples {
		blocks[i] = CodeBlock(e, "example "+strconv.Itoa(i+1))
	}
	return blocks
}

// codesNaming lists the code entries that name the field, each with the
// note that entry gives, so a code page and this page say the same.
func codesNaming(h data.HeaderField) app.UI {
	mentions := data.CodesNaming(h)
	if len(mentions) == 0 {
		return app.P().Class("hint").Text("No status code page names this header.")
	}
	return app.Ul().Class("header-codes").Body(
		app.Range(mentions).Slice(func(i int) app.UI {
			c := mentions[i].Code
			return app.Li().Body(
				app.A().Href(codeMeaningPath(c)).Body(
					CodeBadge(c.Number),
					app.Text(" "),
					app.Span().Class("code-name").Text(c.Name),
				),
				app.If(c.Vendor != "", func() app.UI {
					return app.Span().Class("tag").Text("vendor: " + c.Vendor)
				}),
				app.P().Body(inlineCode(mentions[i].Note)...),
			)
		}),
	)
}

// codeMeaningPath is the address of a code's page, at the meaning itself
// when it is a vendor's, which the page shows after the registered one.
func codeMeaningPath(c data.Code) string {
	if c.Vendor == "" {
		return routes.CodePath(c.Number)
	}
	return routes.CodePath(c.Number) + "#" + meaningID(c)
}

func relatedHeaders(names []string) []app.UI {
	var items []app.UI
	for _, name := range names {
		if entry, ok := data.FindHeader(name); ok {
			items = append(items, app.Li().Body(
				app.A().Href(routes.HeaderPath(entry.Name)).Body(app.Code().Text(entry.Name)),
			))
		}
	}
	return items
}

func specList(h data.HeaderField) app.UI {
	return app.Ul().Class("specs").Body(
		app.Range(h.Specs).Slice(func(i int) app.UI {
			s := h.Specs[i]
			return app.Li().Body(
				app.A().Href(s.URL).Rel("noopener").Text(s.Title),
				app.If(specKind(h, s) != "", func() app.UI { return app.Text(specKind(h, s)) }),
			)
		}),
	)
}
