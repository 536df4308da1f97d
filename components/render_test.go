package components

import (
	"regexp"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	hrefPattern = regexp.MustCompile(`href="([^"]*)"`)
	indentation = regexp.MustCompile(`\n\s*`)
)

// rendered is ui's HTML without the line breaks and indentation that
// app.HTMLString adds between elements (the server removes them too), so
// that tests can look for an element's text and markup in one piece.
func rendered(ui app.UI) string { return indentation.ReplaceAllString(app.HTMLString(ui), "") }
