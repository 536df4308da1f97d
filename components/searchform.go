package components

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SearchBox describes the search box's state and handlers. The handlers
// are nil on the server.
type SearchBox struct {
	Query string
	// Results is how many results are listed, Selected the index of the
	// highlighted one or -1.
	Results  int
	Selected int
	OnInput  app.EventHandler
	OnKey    app.EventHandler
	OnSubmit app.EventHandler
	OnFocus  app.EventHandler
}

// SearchForm is the search box. It is a plain GET form to "/", so it works
// before the WASM has started and without JavaScript at all; once the app
// runs, the handlers take over. It follows the ARIA combobox pattern: the
// highlighted result is the input's active descendant.
func SearchForm(b SearchBox) app.UI {
	input := app.Input().
		Type("search").
		ID("q").
		Name("q").
		Value(b.Query).
		Placeholder("Search: 502, gateway, rate limit, cloudflare…").
		AutoComplete(false).
		Spellcheck(false).
		Role("combobox").
		Aria("label", "Search status codes").
		Aria("autocomplete", "list").
		Aria("controls", "results").
		Aria("expanded", fmt.Sprint(b.Results > 0)).
		Aria("keyshortcuts", "/")
	if b.Selected >= 0 && b.Selected < b.Results {
		input = input.Aria("activedescendant", ResultID(b.Selected))
	}
	if b.OnInput != nil {
		input = input.OnInput(b.OnInput)
	}
	if b.OnKey != nil {
		input = input.OnKeyDown(b.OnKey)
	}
	if b.OnFocus != nil {
		input = input.OnFocus(b.OnFocus)
	}
	// The id lets web/page.js cancel the form's own submission once the
	// app runs (see there).
	form := app.Form().ID("search").Class("search").Action("/").Method("get").Role("search")
	if b.OnSubmit != nil {
		form = form.OnSubmit(b.OnSubmit)
	}
	return form.Body(
		input,
		app.Button().Type("submit").Class("search-go").Text("Search"),
	)
}

// ResultID is the element id of the i-th search result.
func ResultID(i int) string { return fmt.Sprintf("result-%d", i) }
