package components

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AppStatus is what the app knows about itself as an installed PWA.
type AppStatus struct {
	UpdateReady bool
	Installable bool
	// AppleHint replaces the install button on Safari and iOS, where the
	// browser has no install prompt to show.
	AppleHint bool
	Offline   bool
}

// Banners shows the app's status: the offline indicator, the install
// button or hint, and a reload banner when a new version is ready. Each
// new one is added after the others, so none of them moves.
func Banners(s AppStatus, onReload, onInstall app.EventHandler) app.UI {
	return app.Div().Class("banners").Body(
		app.If(s.Offline, func() app.UI {
			return app.Span().ID("offline").Class("pill offline").Role("status").Text("Offline: every page still works")
		}),
		app.If(s.Installable && !s.AppleHint, func() app.UI {
			return app.Button().Type("button").ID("install").Class("pill").OnClick(onInstall).Text("Install app")
		}),
		app.If(s.Installable && s.AppleHint, func() app.UI {
			return app.Span().Class("pill hint").Text("Install: Share → Add to Home Screen")
		}),
		app.If(s.UpdateReady, func() app.UI {
			return app.Div().Class("banner update").Role("status").Body(
				app.Text("New version available. "),
				app.Button().Type("button").ID("reload").OnClick(onReload).Text("Reload"),
			)
		}),
	)
}

// ThemeToggle switches between light and dark; web/page.js handles it and
// remembers the choice, so it works before the WASM has started.
func ThemeToggle() app.UI {
	return app.Button().Type("button").ID("theme-toggle").Class("icon-button").
		Aria("label", "Switch between light and dark theme").Title("Light or dark theme").Text("◐")
}
