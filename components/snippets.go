package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// Snippet is how to send a code from one language or server.
type Snippet struct {
	Language string
	Code     string
}

// SnippetsFor returns the ways to send c: Go's net/http (with its named
// constant where there is one), Express, Python and nginx.
func SnippetsFor(c data.Code) []Snippet {
	goStatus := fmt.Sprint(c.Number)
	if c.GoConstant != "" {
		goStatus = "http." + c.GoConstant
	}
	n := data.FormatNumber(c.Number)
	snippets := []Snippet{
		{"Go (net/http)", fmt.Sprintf("w.WriteHeader(%s)", goStatus)},
		{"Node.js (Express)", fmt.Sprintf("res.status(%d).end();", c.Number)},
		{"Python (Flask)", fmt.Sprintf("return \"\", %d", c.Number)},
	}
	if c.Number >= 200 {
		snippets = append(snippets, Snippet{"nginx", fmt.Sprintf("return %s;", n)})
	}
	return snippets
}

// Snippets shows SnippetsFor(c).
func Snippets(c data.Code) app.UI {
	snippets := SnippetsFor(c)
	return app.Dl().Class("snippets").Body(
		app.Range(snippets).Slice(func(i int) app.UI {
			s := snippets[i]
			return app.Div().Body(
				app.Dt().Text(s.Language),
				app.Dd().Body(CodeBlock(s.Code, s.Language)),
			)
		}),
	)
}
