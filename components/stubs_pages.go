package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// Placeholders until each page has its own file.

func ChooserPage(id string) Page {
	return Page{"Which status code should I use?", "A guided chooser.", app.Div().Class("stub").Text(id)}
}

func CompareIndexPage() Page {
	return Page{"Status codes compared", "Codes people confuse, side by side.", app.Div().Class("stub").Text("compare")}
}

func ComparisonPage(slug string) Page {
	return Page{slug, slug, app.Div().Class("stub").Text(slug)}
}

func NotAStatusCodePage(number int) Page {
	return Page{data.FormatNumber(number), "Not a status code.", app.Div().Class("stub").Text(data.FormatNumber(number))}
}
