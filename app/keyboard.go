package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/components"
)

// onKey moves through the results with the arrow keys, opens the
// highlighted one with Enter (through the form's submit) and clears the
// search with Escape. "/" to focus the box is web/page.js's, so that it
// works before the WASM has started.
func (s *shell) onKey(ctx goapp.Context, e goapp.Event) {
	switch e.Get("key").String() {
	case "ArrowDown":
		e.PreventDefault()
		s.move(+1)
	case "ArrowUp":
		e.PreventDefault()
		s.move(-1)
	case "Escape":
		e.PreventDefault()
		ctx.JSSrc().Set("value", "")
		s.search(ctx, "")
	}
}

// move highlights the next or previous result, wrapping around, and keeps
// it in view.
func (s *shell) move(step int) {
	n := len(s.shown())
	if n == 0 {
		return
	}
	s.selected = (s.selected + step + n + 1) % (n + 1)
	if s.selected == n {
		s.selected = -1 // back in the box, nothing highlighted
	}
	components.ShowResults(s.shown(), s.selected)
	if s.selected < 0 {
		return
	}
	if el := goapp.Window().GetElementByID(components.ResultID(s.selected)); el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}
