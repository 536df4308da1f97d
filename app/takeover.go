package app

import (
	"unicode/utf16"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// When the app starts, go-app replaces the page the server sent with its
// own rendering of it: the same elements, but new ones. Whatever the reader
// was doing on the old page would be lost: the focus falls back to <body>
// (a click in the search box, then a pause, then typing went nowhere), the
// caret and selection go, and the page may jump. The shell notes all that
// just before its first render (captureTakeover, from newShell) and puts it
// back on the new page straight after (restoreTakeover). The new page has
// the same elements in the same places, so the focused one is found again
// by its position among its parent's children, from <body> down.

// takeover is the reader's place on the server's page.
type takeover struct {
	noted bool
	// focus is the path of child indexes from <body> to the focused
	// element; nil when nothing but <body> had the focus.
	focus            []int
	selection        bool // the focused element is a text field with a caret
	start, end       int
	direction        string
	scrollX, scrollY float64
	// checked are the ids of the checkboxes ticked (the index's switch
	// that hides vendors' codes, say), which a click may have changed
	// just before the app started.
	checked []string
}

// pendingTakeover is noted once, before the app's first render; tookOver
// says it has been.
var (
	pendingTakeover takeover
	tookOver        bool
)

// captureTakeover notes the focus, caret, selection and scroll position of
// the page the server sent.
func captureTakeover() {
	if tookOver {
		return
	}
	tookOver = true
	window := goapp.Window()
	doc := window.Get("document")
	t := takeover{noted: true, scrollX: window.Get("scrollX").Float(), scrollY: window.Get("scrollY").Float()}
	body := doc.Get("body")
	for el := doc.Get("activeElement"); el.Truthy() && !el.Equal(body); el = el.Get("parentElement") {
		parent := el.Get("parentElement")
		if !parent.Truthy() {
			t.focus = nil
			break
		}
		siblings := parent.Get("children")
		for i := range siblings.Length() {
			if siblings.Index(i).Equal(el) {
				t.focus = append([]int{i}, t.focus...)
				break
			}
		}
	}
	if active := doc.Get("activeElement"); len(t.focus) > 0 && active.Get("selectionStart").Type() == goapp.TypeNumber {
		t.selection = true
		t.start = active.Get("selectionStart").Int()
		t.end = active.Get("selectionEnd").Int()
		t.direction = active.Get("selectionDirection").String()
	}
	boxes := doc.Call("querySelectorAll", "input[type=checkbox][id]")
	for i := range boxes.Length() {
		if box := boxes.Index(i); box.Get("checked").Bool() {
			t.checked = append(t.checked, box.Get("id").String())
		}
	}
	pendingTakeover = t
}

// restoreTakeover gives the focus back to the element at the noted place on
// the app's page, with its caret and selection, and scrolls back to where
// the reader was. It runs once.
func restoreTakeover() {
	t := pendingTakeover
	if !t.noted {
		return
	}
	pendingTakeover = takeover{}
	window := goapp.Window()
	if len(t.focus) > 0 {
		el := window.Get("document").Get("body")
		for _, i := range t.focus {
			if el = el.Get("children").Index(i); !el.Truthy() {
				break
			}
		}
		if el.Truthy() {
			el.Call("focus", map[string]any{"preventScroll": true})
			if t.selection && el.Get("selectionStart").Type() == goapp.TypeNumber {
				n := len(utf16.Encode([]rune(el.Get("value").String()))) // in UTF-16 units, as selections are
				el.Call("setSelectionRange", min(t.start, n), min(t.end, n), t.direction)
			}
		}
	}
	for _, id := range t.checked {
		if box := window.GetElementByID(id); box.Truthy() {
			box.Set("checked", true)
		}
	}
	window.Call("scrollTo", t.scrollX, t.scrollY)
}
