package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OnMount starts watching the connection and the app's install state.
func (s *shell) OnMount(ctx goapp.Context) {
	s.status.Installable = ctx.IsAppInstallable()
	s.status.AppleHint = ctx.IsAppleBrowser()
	s.status.UpdateReady = ctx.AppUpdateAvailable()
	s.watchConnection(ctx)
}

func (s *shell) OnAppUpdate(ctx goapp.Context) {
	s.status.UpdateReady = ctx.AppUpdateAvailable()
}

func (s *shell) OnAppInstallChange(ctx goapp.Context) {
	s.status.Installable = ctx.IsAppInstallable()
}

func (s *shell) onReload(ctx goapp.Context, e goapp.Event) { ctx.Reload() }

// onInstall shows the browser's install prompt. Safari has none (go-app's
// call throws there), so the button is replaced by a hint on Apple browsers.
func (s *shell) onInstall(ctx goapp.Context, e goapp.Event) {
	if !ctx.IsAppleBrowser() {
		ctx.ShowAppInstallPrompt()
	}
}

// watchConnection keeps the offline indicator in step with the browser.
func (s *shell) watchConnection(ctx goapp.Context) {
	window := goapp.Window()
	update := func() {
		online := window.Get("navigator").Get("onLine").Bool()
		ctx.Dispatch(func(goapp.Context) { s.status.Offline = !online })
	}
	update()
	for _, event := range []string{"online", "offline"} {
		window.Call("addEventListener", event, goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
			update()
			return nil
		}))
	}
}

// resumeTyping takes over anything typed into the server's search box
// before the app started (web/page.js keeps it): go-app replaces the
// server's HTML when it starts, and the text would be lost.
func (s *shell) resumeTyping(ctx goapp.Context) {
	pending := goapp.Window().Get("pendingSearch")
	if !pending.Truthy() {
		return
	}
	goapp.Window().Set("pendingSearch", nil)
	if q := pending.Get("value").String(); q != s.query {
		s.search(ctx, q)
	}
	// The focus, caret and selection come back with the rest of the
	// reader's place (takeover.go).
}
