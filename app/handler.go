//go:build !wasm

package app

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Config is what the server needs to know about its files.
type Config struct {
	// WebDir holds app.wasm and the static files served under /web/.
	WebDir string
}

// NewHandler returns the handler for the whole site: pages, the WASM bundle,
// the PWA files and /web/.
func NewHandler(cfg Config) (http.Handler, error) {
	version, err := contentVersion(cfg.WebDir)
	if err != nil {
		return nil, err
	}
	return &pageStatus{next: newAppHandler(version, cfg.WebDir)}, nil
}

func newAppHandler(version, webDir string) *goapp.Handler {
	return &goapp.Handler{
		Resources:       webFiles{http.StripPrefix("/web/", http.FileServer(http.Dir(webDir)))},
		Name:            "HTTP Status Codes",
		ShortName:       "HTTP Codes",
		Title:           "HTTP status codes — every code, explained",
		Description:     "Every HTTP status code, registered and vendor-specific: what it means, why it happens and how to fix it. Works offline.",
		Lang:            "en",
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1d4ed8",
		LoadingLabel:    " ",
		Version:         version,
		// Local icons: go-app's defaults are remote URLs, and one URL that
		// cannot be fetched makes the service worker's precache fail whole.
		Icon: goapp.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/style.css"},
	}
}

// webFiles serves /web/ from any directory. go-app's LocalDir serves it
// only from ./web under the working directory, and prefixes URLs with any
// other directory it is given.
type webFiles struct{ http.Handler }

func (webFiles) Resolve(location string) string { return location }

// contentVersion derives the app's version from the WASM bundle, which
// embeds all code and data: a restart keeps the version, a deploy of
// anything different changes it.
func contentVersion(webDir string) (string, error) {
	wasm, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(wasm)
	return hex.EncodeToString(sum[:8]), nil
}

// pageStatus gives pages the status their address deserves. go-app's
// Handler answers 200 for every routed path and the shell is routed for
// all of them, so the status is decided here, by the same resolve the
// browser uses.
type pageStatus struct {
	next http.Handler
}

func (p *pageStatus) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if !isPagePath(r.URL.Path) {
		p.next.ServeHTTP(w, r)
		return
	}
	status := resolve(r.URL.Path).status()
	if status != http.StatusOK {
		// go-app answers 304 to any matching ETag, whatever the path;
		// a missing page must never look unchanged.
		r.Header.Del("If-None-Match")
		w = &statusWriter{ResponseWriter: w, status: status}
	}
	p.next.ServeHTTP(w, r)
}

// isPagePath reports whether go-app renders a page for path rather than
// serving a file.
func isPagePath(path string) bool {
	if strings.HasPrefix(path, "/web/") {
		return false
	}
	switch path {
	case "/app.js", "/goapp.js", "/app-worker.js", "/wasm_exec.js", "/app.css",
		"/manifest.webmanifest", "/manifest.json", "/app.wasm", "/goapp.wasm",
		"/robots.txt", "/sitemap.xml", "/ads.txt":
		return false
	}
	return true
}

// statusWriter replaces the status of a successful response.
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (s *statusWriter) WriteHeader(code int) {
	if s.wroteHeader {
		return
	}
	s.wroteHeader = true
	if code == http.StatusOK {
		code = s.status
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.WriteHeader(http.StatusOK)
	return s.ResponseWriter.Write(b)
}
