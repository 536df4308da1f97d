package components

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// HeaderIndexPage lists every header field under its group, in the order
// of data.HeaderGroups. Only the server renders it (routes.Page.FromServer).
func HeaderIndexPage() Page {
	byGroup := map[data.HeaderGroup][]data.HeaderField{}
	for _, h := range data.Headers() {
		byGroup[h.Group] = append(byGroup[h.Group], h)
	}
	var groups []data.HeaderGroup
	for _, g := range data.HeaderGroups {
		if len(byGroup[g]) > 0 {
			groups = append(groups, g)
		}
	}
	return Page{
		Title:       "HTTP headers — what each one means, with the status codes that use it",
		Description: "HTTP headers, standard and vendor-specific, grouped by purpose: what each one means, its syntax, common mistakes and the status codes it appears with.",
		Content: app.Div().Class("header-index").Body(
			app.H1().Class("title").Text("HTTP headers"),
			app.P().Class("summary").Text("The header fields that matter with status codes: what each means, its syntax, and the codes it appears with. Fields that are vendor-specific, deprecated, obsolete or still a draft are marked."),
			app.Nav().Class("jump").Aria("label", "Header groups").Body(
				app.Ul().Body(app.Range(groups).Slice(func(i int) app.UI {
					return app.Li().Body(app.A().Href("#" + groupID(groups[i])).Text(string(groups[i])))
				})),
			),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return app.Section().Class("header-group").ID(groupID(g)).Body(
					app.H2().Text(string(g)),
					app.Ul().Class("header-list").Body(app.Range(byGroup[g]).Slice(func(j int) app.UI {
						return headerItem(byGroup[g][j])
					})),
				)
			}),
			app.P().Class("back").Body(app.A().Href(routes.IndexPath).Text("← All status codes")),
		),
	}
}

// headerItem is one field of the index: a link holding its name, the
// marks of its standing in words, and its summary.
func headerItem(h data.HeaderField) app.UI {
	return app.Li().Body(
		app.A().Class("header-link").Href(routes.HeaderPath(h.Name)).Body(
			app.Code().Class("field-name").Text(h.Name),
			app.If(standingMark(h) != "", func() app.UI {
				return app.Span().Class("tag").Text(standingMark(h))
			}),
			app.Span().Class("header-summary").Text(h.Summary),
		),
	)
}

// standingMark is the word the index shows beside a field that is not a
// plain standard one; empty for standard and conventional fields.
func standingMark(h data.HeaderField) string {
	switch h.Standing {
	case data.VendorField:
		return "vendor: " + h.Vendor
	case data.Deprecated:
		return "deprecated"
	case data.Retired:
		return "obsolete"
	case data.Provisional:
		return "draft"
	}
	return ""
}

// groupID is the id of a group's section, for the jump links:
// "Proxies, CDNs and tracing" → "group-proxies-cdns-and-tracing".
func groupID(g data.HeaderGroup) string {
	words := strings.FieldsFunc(strings.ToLower(string(g)), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	return "group-" + strings.Join(words, "-")
}
