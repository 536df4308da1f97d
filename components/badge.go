package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// classAttr is the class name used to colour a code's number by its class;
// the class is always written out in text too.
func classAttr(number int) string {
	if c, ok := data.ClassOf(number); ok {
		return fmt.Sprintf("c%d", c.Digit)
	}
	return "cx"
}

// CodeBadge is a code's number, coloured by class.
func CodeBadge(number int) app.UI {
	return app.Span().Class("badge", classAttr(number)).Text(data.FormatNumber(number))
}
