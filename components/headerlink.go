package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// headerName is a header's name as a code page's "Related HTTP headers"
// shows it, linked to the header's page. It runs in the browser too, so it
// asks only the small index (data.FindHeader), never the header content,
// which stays out of the WebAssembly bundle.
func headerName(name string) app.UI {
	entry, ok := data.FindHeader(name)
	if !ok {
		return app.Code().Text(name)
	}
	return app.A().Href(routes.HeaderPath(entry.Name)).Body(app.Code().Text(name))
}
