package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SearchForm is the search box. It is a plain GET form to "/", so it works
// before the WASM has started and without JavaScript at all; once the app
// runs, onInput and onSubmit take over.
func SearchForm(query string, onInput, onSubmit app.EventHandler) app.UI {
	input := app.Input().
		Type("search").
		ID("q").
		Name("q").
		Value(query).
		Placeholder("Search: 502, gateway, rate limit, cloudflare…").
		AutoComplete(false).
		Aria("label", "Search status codes").
		Aria("controls", "results")
	if onInput != nil {
		input = input.OnInput(onInput)
	}
	form := app.Form().Class("search").Action("/").Method("get").Role("search")
	if onSubmit != nil {
		form = form.OnSubmit(onSubmit)
	}
	return form.Body(input, app.Button().Type("submit").Class("search-go").Text("Search"))
}
