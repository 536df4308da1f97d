package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// RegisterRoutes sends every address to the shell, which resolves it
// itself: one component for all pages means moving between them updates
// the page in place instead of rebuilding it, and unknown addresses still
// get a helpful page. Routes are global in go-app: call this once.
func RegisterRoutes() {
	goapp.Route("/", newShell)
	goapp.RouteWithRegexp("^/.+", newShell)
}

// newShell creates the shell. In the browser it loads the address at once:
// go-app renders a new component before OnNav runs, and a first frame of
// the wrong page would make the page jump when the right one replaces it.
func newShell() goapp.Composer {
	s := &shell{}
	if goapp.IsClient {
		u := goapp.Window().URL()
		s.load(u)
		if s.page.FromServer {
			s.fromServer = serverMainHTML(u.Path)
		}
	}
	return s
}
