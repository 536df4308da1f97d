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

func newShell() goapp.Composer { return &shell{} }
