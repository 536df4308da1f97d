package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/routes"
)

// Page is a page's title, description and content.
type Page struct {
	Title, Description string
	Content            app.UI
}

// ServerPage renders the pages whose content stays out of the WebAssembly
// bundle (routes.Page.FromServer). Only the server calls it: see
// app.RenderServerPage.
func ServerPage(p routes.Page) Page {
	switch p.Kind {
	case routes.HeaderIndex:
		return HeaderIndexPage()
	case routes.Header:
		return HeaderPage(p.Name)
	case routes.Chooser:
		return ChooserPage(p.Name)
	case routes.CompareIndex:
		return CompareIndexPage()
	case routes.Comparison:
		return ComparisonPage(p.Name)
	case routes.NotAStatusCode:
		return NotAStatusCodePage(p.Number)
	}
	return Page{}
}
