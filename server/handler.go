package server

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/components"
	"httpstatus/routes"
)

// newAppHandler configures go-app's Handler, which renders the pages and
// generates the scripts, manifest and service worker. The server asks it
// for each of them once and serves the results itself.
func newAppHandler(version string, wasmSize int, webFiles []string) *goapp.Handler {
	return &goapp.Handler{
		Name:            components.SiteAppName,
		ShortName:       components.SiteShortName,
		Title:           components.SiteTitle,
		Description:     components.SiteDescription,
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1d4ed8",
		LoadingLabel:    " ",
		Version:         version,
		// The loader's progress reads the decompressed stream, so it needs
		// the raw size, not the compressed Content-Length.
		WasmContentLength: strconv.Itoa(wasmSize),
		// Local icons: go-app's defaults are remote URLs, and one URL that
		// cannot be fetched makes the service worker's precache fail whole.
		Icon: goapp.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                []string{"/web/style.css"},
		Scripts:               []string{"/web/page.js"},
		CacheableResources:    slices.Concat(routes.Prepared(), webFiles, []string{routes.CodesJSON, routes.HeadersJSON}),
		ServiceWorkerTemplate: serviceWorkerJS,
		Resources:             absoluteWeb{},
	}
}

// absoluteWeb resolves /web/ paths to themselves. The server serves those
// files from memory, so go-app never reads them; its default resolver would
// serve them from ./web and prefix URLs with any other directory.
type absoluteWeb struct{}

func (absoluteWeb) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	return location
}

// contentVersion derives the app's version from everything it is made of:
// the WASM bundle (all code and data) and the other files of web/. A
// restart keeps the version; a deploy of anything different changes it.
func contentVersion(files map[string][]byte) string {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	h := sha256.New()
	for _, p := range paths {
		h.Write([]byte(p))
		h.Write(files[p])
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}
