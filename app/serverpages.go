package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/components"
	"httpstatus/routes"
)

// RenderServerPage renders the pages whose content the WebAssembly bundle
// does not carry (routes.Page.FromServer): header pages, the chooser,
// comparisons. The bundle has a size budget, and these pages are
// prerendered and precached anyway, so in the browser the app shows the
// page the server sent instead (see shell.serverContent). The server sets
// it to components.ServerPage (main_server.go); in the browser it is nil,
// and nothing links the content.
var RenderServerPage func(routes.Page) components.Page

// serverMainHTML returns the HTML inside <main> of the page the server
// sent, if it shows path: the content of a FromServer page the app does
// not carry. Read before the app's first render replaces it.
func serverMainHTML(path string) string {
	doc := goapp.Window().Get("document")
	layout := doc.Call("querySelector", ".layout[data-path]")
	if !layout.Truthy() || layout.Get("dataset").Get("path").String() != path {
		return ""
	}
	main := doc.Call("getElementById", "main")
	if !main.Truthy() {
		return ""
	}
	return main.Get("innerHTML").String()
}

// loadFromServer has the browser itself load the current address: the page
// comes from the service worker's cache (or the network) as the server
// rendered it. It replaces the history entry go-app has just made, so
// Back still goes where the reader came from.
func loadFromServer(path string) {
	goapp.Window().Get("location").Call("replace", path)
}
