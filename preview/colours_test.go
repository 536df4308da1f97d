package preview

import (
	"fmt"
	"image/color"
	"os"
	"regexp"
	"strings"
	"testing"

	"httpstatus/data"
)

// lightTheme reads the custom properties of the first :root block of the
// stylesheet, the light theme.
func lightTheme(t *testing.T) map[string]string {
	t.Helper()
	css, err := os.ReadFile("../web/style.css")
	if err != nil {
		t.Fatal(err)
	}
	start := strings.Index(string(css), ":root {")
	end := strings.Index(string(css[start:]), "}")
	if start < 0 || end < 0 {
		t.Fatal("web/style.css has no :root { … } block")
	}
	properties := map[string]string{}
	for _, m := range regexp.MustCompile(`(--[a-z0-9]+):\s*(#[0-9a-f]{6})`).FindAllStringSubmatch(string(css[start:start+end]), -1) {
		properties[m[1]] = m[2]
	}
	return properties
}

func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func TestColoursMatchTheStylesheet(t *testing.T) {
	theme := lightTheme(t)
	for _, tc := range []struct {
		property string
		colour   color.RGBA
	}{
		{"--bg", background},
		{"--fg", foreground},
		{"--muted", muted},
		{"--c1", ClassAccent(1)},
		{"--c2", ClassAccent(2)},
		{"--c3", ClassAccent(3)},
		{"--c4", ClassAccent(4)},
		{"--c5", ClassAccent(5)},
		{"--cx", NumberAccent(999)},
		{"--link", SiteAccent()},
	} {
		if got, want := hex(tc.colour), theme[tc.property]; got != want {
			t.Errorf("%s is %s on the card, %q in web/style.css", tc.property, got, want)
		}
	}
}

func TestNumberAccentIsTheColourOfTheNumbersClass(t *testing.T) {
	for _, tc := range []struct {
		number int
		want   color.RGBA
	}{
		{100, ClassAccent(1)},
		{204, ClassAccent(2)},
		{308, ClassAccent(3)},
		{499, ClassAccent(4)},
		{502, ClassAccent(5)},
		{599, ClassAccent(5)},
		{0, outsideClasses},
		{999, outsideClasses},
	} {
		if got := NumberAccent(tc.number); got != tc.want {
			t.Errorf("NumberAccent(%d) = %s, want %s", tc.number, hex(got), hex(tc.want))
		}
	}
}

func TestEveryClassHasItsOwnAccent(t *testing.T) {
	seen := map[color.RGBA]string{}
	for _, cl := range data.Classes {
		accent := ClassAccent(cl.Digit)
		if other, ok := seen[accent]; ok {
			t.Errorf("%s has the accent of %s, %s", cl.Label(), other, hex(accent))
		}
		seen[accent] = cl.Label()
	}
}
