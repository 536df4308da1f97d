package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// Placeholders until each page has its own file.

func HeaderIndexPage() Page {
	return Page{"HTTP headers", "Every HTTP header a status code page names.", app.Div().Class("stub").Text("Headers")}
}

func HeaderPage(name string) Page {
	h, _ := data.LookupHeader(name)
	return Page{h.Name + " — HTTP header", h.Summary, app.Div().Class("stub").Text(h.Name)}
}
