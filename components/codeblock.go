package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// CodeBlock is preformatted text in monospace, labelled for screen readers.
func CodeBlock(text, label string) app.UI {
	return app.Pre().Class("block").Aria("label", label).Body(app.Code().Text(text))
}
