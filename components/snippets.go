package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// Snippets shows how to send c from each runtime (data.SnippetsFor): a
// code block, or the runtime's reason when it cannot send c correctly. A
// log-only code gets the reason it has no snippets at all.
func Snippets(c data.Code) app.UI {
	if why := data.NoSnippetsReason(c); why != "" {
		return app.P().Class("snippets-none").Text(why)
	}
	snippets := data.SnippetsFor(c)
	return app.Dl().Class("snippets").Body(
		app.Range(snippets).Slice(func(i int) app.UI {
			s := snippets[i]
			return app.Div().Body(
				app.Dt().Text(s.Runtime),
				app.Dd().Body(app.If(s.Unavailable != "", func() app.UI {
					return app.P().Class("snippet-unavailable").Body(inlineCode(s.Unavailable)...)
				}).Else(func() app.UI {
					return CodeBlock(s.Code, s.Runtime)
				})),
			)
		}),
	)
}
