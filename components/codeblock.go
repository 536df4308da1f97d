package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// CodeBlock is preformatted text in monospace with a copy button. The
// button works through web/page.js, by event delegation, so it works before
// the WASM has started and survives re-renders.
func CodeBlock(text, label string) app.UI {
	return app.Div().Class("block-wrap").Body(
		app.Pre().Class("block").Aria("label", label).Body(app.Code().Text(text)),
		app.Button().Type("button").Class("copy").Aria("label", "Copy "+label).Text("Copy"),
	)
}
