package app

import (
	"fmt"
	"net/url"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/components"
	"httpstatus/data"
	"httpstatus/routes"
	"httpstatus/search"
)

// shell is the one component behind every address. It resolves the URL in
// OnNav, which runs on the server too, so the HTML the server sends already
// holds the page's content.
type shell struct {
	goapp.Compo

	// page is the page the address shows; its Kind is zero until the
	// shell has read its address (go-app renders once before OnNav on the
	// server).
	page     routes.Page
	path     string
	query    string
	results  []search.Result
	selected int // highlighted result, -1 for none
	// addressDue is the query whose address update waits for the next
	// frame (see search); empty once the address shows the query.
	addressDue string
	status     components.AppStatus
	// fromServer is the content of a FromServer page as the server sent
	// it, for the app to show as it is.
	fromServer string
	// rendered is a FromServer page as the server renders it (title,
	// description and content, made once per address); nil in the browser.
	rendered *components.Page
}

func (s *shell) OnNav(ctx goapp.Context) {
	u := ctx.Page().URL()
	path := s.path
	s.load(u)
	if goapp.IsClient && s.page.FromServer {
		if s.fromServer == "" || u.Path != path {
			// Its content is not in the bundle: the browser loads the
			// page the server rendered, from the cache when offline.
			s.fromServer = ""
			loadFromServer(u.String())
			return
		}
	} else {
		s.fromServer = ""
	}
	// In the browser a FromServer page keeps the title and description the
	// server sent: meta cannot make them without the content.
	if !goapp.IsClient || !s.page.FromServer {
		title, description := s.meta()
		ctx.Page().SetTitle("%s", title)
		ctx.Page().SetDescription("%s", description)
	}
	if goapp.IsClient {
		components.ShowResults(s.shown(), s.selected)
		clearSearchBoxUnless(s.query)
		s.resumeTyping(ctx)
		ctx.Defer(func(ctx goapp.Context) {
			restoreTakeover()
			markRunning(ctx)
		})
	}
}

// clearSearchBoxUnless empties the search box when the page has no query.
// go-app drops an empty Value() and so only removes the value attribute,
// which leaves what was typed or loaded in the box.
func clearSearchBoxUnless(query string) {
	if query != "" {
		return
	}
	if input := goapp.Window().GetElementByID("q"); input.Truthy() {
		input.Set("value", "")
	}
}

// markRunning flags the document once the app has rendered its first page
// over the server's HTML, for styles and for the browser tests that wait
// for it.
func markRunning(goapp.Context) {
	goapp.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "running")
}

// load sets the page up for the address u.
func (s *shell) load(u *url.URL) {
	s.path = u.Path
	s.page = routes.Resolve(u.Path)
	s.query = u.Query().Get("q")
	s.results = nil
	s.selected = -1
	if s.page.Kind == routes.Index && s.query != "" {
		s.results = search.Search(s.query)
	}
	s.rendered = nil
	if s.page.FromServer && RenderServerPage != nil {
		page := RenderServerPage(s.page)
		s.rendered = &page
	}
}

// meta returns the page's title and description.
func (s *shell) meta() (string, string) {
	p := s.page
	if s.rendered != nil {
		return s.rendered.Title, s.rendered.Description
	}
	switch p.Kind {
	case routes.Code:
		c := data.Lookup(p.Number)[0]
		return fmt.Sprintf("%s %s — HTTP status code", data.FormatNumber(c.Number), c.Name), c.Summary
	case routes.Class:
		return fmt.Sprintf("%s %s — HTTP status codes", p.Class.Label(), p.Class.Name), p.Class.Summary
	case routes.Unassigned:
		return fmt.Sprintf("%d Unassigned — HTTP status code", p.Number),
			fmt.Sprintf("%d is not an assigned HTTP status code; clients treat it as %d00.", p.Number, p.Class.Digit)
	case routes.NotFound:
		return "Page not found — HTTP status codes", "This address is not a page of the HTTP status code reference."
	}
	if s.query != "" {
		return fmt.Sprintf("“%s” — HTTP status code search", s.query), "HTTP status codes matching " + s.query + "."
	}
	return components.SiteTitle, components.SiteDescription
}

func (s *shell) onInput(ctx goapp.Context, e goapp.Event) {
	s.search(ctx, ctx.JSSrc().Get("value").String())
}

// search shows the results for q. On the index it updates the address in
// place, so the query survives a reload or a share without one history
// entry per key; elsewhere typing starts a search, which is a navigation.
func (s *shell) search(ctx goapp.Context, q string) {
	if s.page.Kind != routes.Index && q == "" {
		s.query = ""
		return
	}
	if s.page.Kind != routes.Index {
		ctx.Navigate(routes.SearchPath(q).String())
		return
	}
	s.query = q
	s.results = search.Search(q)
	s.selected = -1
	components.ShowResults(s.shown(), s.selected)
	// The address and title wait for the frame: nobody reads them between
	// two keys, and history.replaceState alone can take milliseconds.
	// The check skips it when a navigation (Enter) came first: open shows
	// the query itself, and go-app may not have moved to the new page
	// yet, so replacing the address here would replace the new page's.
	s.addressDue = q
	ctx.Defer(func(ctx goapp.Context) {
		if s.page.Kind == routes.Index && s.addressDue == q {
			s.showQueryInAddress(ctx)
		}
	})
}

// showQueryInAddress puts the query in the address, replacing the history
// entry, and in the title.
func (s *shell) showQueryInAddress(ctx goapp.Context) {
	s.addressDue = ""
	ctx.Page().ReplaceURL(routes.SearchPath(s.query))
	title, _ := s.meta()
	ctx.Page().SetTitle("%s", title)
}

// onSubmit opens the highlighted result, or the best one: what Enter in a
// search box means.
func (s *shell) onSubmit(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if len(s.results) == 0 {
		return
	}
	s.open(ctx, max(s.selected, 0))
}

func (s *shell) open(ctx goapp.Context, i int) {
	// The deferred address update of the last key may not have run yet;
	// Back must return to the whole query.
	s.showQueryInAddress(ctx)
	ctx.Navigate(s.results[i].Path)
}

func (s *shell) Render() goapp.UI {
	return goapp.Div().Class("layout").DataSet("path", s.path).DataSet("query", s.query).Body(
		goapp.Header().Class("top").Body(
			goapp.A().Href(routes.IndexPath).Class("brand").Text(components.SiteName),
			components.SearchForm(components.SearchBox{
				Query:    s.query,
				Results:  len(s.shown()),
				Selected: s.selected,
				OnInput:  s.onInput,
				OnKey:    s.onKey,
				OnSubmit: s.onSubmit,
				OnFocus:  func(goapp.Context, goapp.Event) { warmUpSearch() },
			}),
			components.ThemeToggle(),
		),
		components.Banners(s.status, s.onReload, s.onInstall),
		// data-path and data-query on .layout say which address this render
		// shows; app/startup.go's page script compares them with the
		// browser's to spot the offline fallback shell.
		goapp.Main().ID("main").Body(s.content()),
		goapp.Footer().Class("foot").Body(
			goapp.P().Text("Names and sections from RFC 9110 and the IANA HTTP Status Code Registry; vendor codes from their vendors' documentation. Explanations written for this reference."),
		),
	)
}

func (s *shell) content() goapp.UI {
	p := s.page
	if p.FromServer {
		return s.serverContent()
	}
	switch p.Kind {
	case routes.Code:
		return components.CodeDetail(data.Lookup(p.Number))
	case routes.Class:
		return components.ClassPage(p.Class, data.OfClass(p.Class))
	case routes.Unassigned:
		return components.Unassigned(p.Number, p.Class, neighbours(p.Number))
	case routes.NotFound:
		if s.path == routes.NotFoundFile {
			// The static export's 404.html, served for any unknown
			// address: name none until the app knows the real one.
			return components.NotFound("", nil)
		}
		return components.NotFound(s.path, suggestions(s.path))
	}
	if p.Kind == 0 {
		return nil // not read its address yet
	}
	// The results come first even without a query: the first key then
	// fills a listbox that is already there, at once, and the index below
	// goes on go-app's next frame.
	return goapp.Div().Class("index").Body(
		components.SearchResults(s.query, s.results, s.selected),
		goapp.If(s.query == "", func() goapp.UI { return components.ClassSections() }),
	)
}

// shown is the part of the results the list shows.
func (s *shell) shown() []search.Result { return components.Shown(s.query, s.results) }

// serverContent is a FromServer page's content: rendered on the server, and
// in the browser the server's own HTML, shown as it came.
func (s *shell) serverContent() goapp.UI {
	if s.rendered != nil {
		return s.rendered.Content
	}
	if s.fromServer == "" {
		return nil
	}
	return goapp.Raw(s.fromServer)
}

// warmUpSearch builds the search index and runs a search and its markup
// once, when the search box first gains focus, so that the first key does
// not wait for them: the index takes a few hundred milliseconds in the
// browser, and the browser compiles the code of a WebAssembly function the
// first time it runs.
var warmUpSearch = sync.OnceFunc(func() {
	components.ResultOptionsHTML(components.Shown("e", search.Search("e")), -1)
})

// neighbours are the registered codes closest to number, for an
// unassigned code's page.
func neighbours(number int) []data.Code {
	var below, above []data.Code
	for _, c := range data.All() {
		if c.Vendor != "" {
			continue
		}
		if c.Number < number && c.Number/100 == number/100 {
			below = append(below, c)
		}
		if c.Number > number && len(above) < 2 {
			above = append(above, c)
		}
	}
	if len(below) > 2 {
		below = below[len(below)-2:]
	}
	return append(below, above...)
}
