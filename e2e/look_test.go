//go:build e2e && !wasm

package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

func TestTextTypedBeforeTheAppStartsIsKept(t *testing.T) {
	tb := newIsolatedTab(t)
	// Slow app.wasm down to a poor mobile link so there is time to type.
	tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{
				URLPattern:         site.url + "/web/app.wasm",
				DownloadThroughput: 250_000,
				UploadThroughput:   -1,
			}},
		})
		return err
	}))
	tb.do(chromedp.Navigate(site.url + "/"))
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "teapot"))
	if eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`) {
		t.Fatal("the app started before the text was typed; the test proves nothing")
	}
	tb.waitApp()
	tb.waitFor(`document.querySelector("#q").value === "teapot"`)
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "418"`)
	tb.waitFor(`document.activeElement && document.activeElement.id === "q"`)
}

func TestAppTakeoverShiftsNothing(t *testing.T) {
	for _, path := range []string{"/", "/502"} {
		t.Run(path, func(t *testing.T) {
			tb := newTab(t)
			tb.do(chromedp.Navigate(site.url + path))
			eval[bool](tb, `(window.shifts = 0, new PerformanceObserver((l) => {
				for (const e of l.getEntries()) if (!e.hadRecentInput) window.shifts += e.value;
			}).observe({type: "layout-shift", buffered: true}), true)`)
			tb.waitApp()
			// Two frames after the app's first render, any shift it caused is recorded.
			if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](
				`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`,
				chromedp.EvalAwaitPromise)); err != nil {
				t.Fatal(err)
			}
			if cls := eval[float64](tb, `window.shifts`); cls > 0.001 {
				t.Errorf("layout shift while loading %s = %.4f, want 0", path, cls)
			}
		})
	}
}

func TestThemeToggleIsRememberedAcrossReloads(t *testing.T) {
	tb := newIsolatedTab(t)
	tb.open("/502")
	before := eval[string](tb, `getComputedStyle(document.body).backgroundColor`)
	tb.do(chromedp.Click(chromedp.ID("theme-toggle")))
	tb.waitFor(`getComputedStyle(document.body).backgroundColor !== ` + jsString(before))
	chosen := eval[string](tb, `document.documentElement.getAttribute("data-theme")`)
	tb.do(chromedp.Reload())
	tb.waitApp()
	if got := eval[string](tb, `document.documentElement.getAttribute("data-theme")`); got != chosen {
		t.Errorf("after reload the theme is %q, want %q", got, chosen)
	}
	if got := eval[string](tb, `getComputedStyle(document.body).backgroundColor`); got == before {
		t.Error("the chosen theme was not applied after reload")
	}
}

// TestScreenshots saves what a reader sees: three pages, light and dark,
// phone and desktop, into build/screenshots (or $SCREENSHOT_DIR).
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("SCREENSHOT_DIR")
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(root, "build", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	pages := map[string]string{"index": "/", "502": "/502", "search": "/?q=gateway"}
	devices := []struct {
		name          string
		width, height int64
		mobile        bool
	}{
		{"phone", 390, 844, true},
		{"desktop", 1280, 900, false},
	}
	for _, scheme := range []string{"light", "dark"} {
		for _, d := range devices {
			tb := newTab(t)
			tb.do(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
					Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
				})
				return err
			}))
			opts := []chromedp.EmulateViewportOption{}
			if d.mobile {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateScale(2))
			}
			tb.do(chromedp.EmulateViewport(d.width, d.height, opts...))
			for name, path := range pages {
				tb.open(path)
				png, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
				if err != nil {
					t.Fatal(err)
				}
				file := filepath.Join(dir, name+"-"+scheme+"-"+d.name+".png")
				if err := os.WriteFile(file, png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	t.Logf("screenshots in %s", dir)
}

func TestAppStartsOnTheFirstInteractionNotBefore(t *testing.T) {
	tb := newIsolatedTab(t)
	tb.do(chromedp.Navigate(site.url + "/502"))
	time.Sleep(time.Second)
	if eval[bool](tb, `document.documentElement.getAttribute("data-app") === "running"`) {
		t.Fatal("the app started before any interaction")
	}
	if n := eval[int](tb, `performance.getEntriesByType("resource").filter((e) => e.name.endsWith("/web/app.wasm")).length`); n != 0 {
		t.Error("app.wasm was downloaded before any interaction")
	}
	tb.do(chromedp.Click(chromedp.CSS("h1")))
	tb.waitFor(`document.documentElement.getAttribute("data-app") === "running"`)
}

func TestOfflineIndicatorFollowsTheConnection(t *testing.T) {
	tb := newIsolatedTab(t)
	tb.open("/502")
	if eval[bool](tb, `!!document.querySelector("#offline")`) {
		t.Fatal("the offline indicator shows while online")
	}
	setOffline := func(offline bool) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
				return err
			}
			_, err := cdp.Call(ctx, tg, network.OverrideNetworkState, network.OverrideNetworkStateParams{
				Offline: offline, DownloadThroughput: -1, UploadThroughput: -1,
			})
			return err
		})
	}
	tb.do(setOffline(true))
	tb.waitFor(`!!document.querySelector("#offline")`)
	tb.do(setOffline(false))
	tb.waitFor(`!document.querySelector("#offline")`)
}
