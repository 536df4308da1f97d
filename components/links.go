package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// CodePath is the address of a code's page: "/502", "/000".
func CodePath(number int) string { return fmt.Sprintf("/%03d", number) }

// ClassPath is the address of a class page: "/5xx".
func ClassPath(c data.Class) string { return "/" + c.Label() }

// Number formats a code as people write it: "502", "000".
func Number(n int) string { return fmt.Sprintf("%03d", n) }

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
	return app.Span().Class("badge", classAttr(number)).Text(Number(number))
}
