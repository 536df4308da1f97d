package components

import (
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

var (
	hrefPattern = regexp.MustCompile(`href="([^"]*)"`)
	indentation = regexp.MustCompile(`\n\s*`)
	heading     = regexp.MustCompile(`<h([1-6])`)
)

// rendered is ui's HTML without the line breaks and indentation that
// app.HTMLString adds between elements (the server removes them too), so
// that tests can look for an element's text and markup in one piece.
func rendered(ui app.UI) string { return indentation.ReplaceAllString(app.HTMLString(ui), "") }

// checkHeadingLevels fails the test where a heading in html is more than
// one level below the one before it (an h3 straight after an h1), which
// leaves screen readers' outline with a gap.
func checkHeadingLevels(t *testing.T, page, html string) {
	t.Helper()
	last := 0
	for _, m := range heading.FindAllStringSubmatch(html, -1) {
		level := int(m[1][0] - '0')
		if level > last+1 {
			t.Errorf("%s: an h%d follows an h%d", page, level, last)
		}
		last = level
	}
}
