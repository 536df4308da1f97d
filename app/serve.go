//go:build !wasm

package app

import (
	"net/http"
	"strings"
)

// maxURILength bounds the request target the server will look at; longer
// ones get 414 (URI Too Long). Browsers and proxies commonly cap URLs near
// 8 kB, so nothing legitimate is refused.
const maxURILength = 8 << 10

// contentSecurityPolicy is as strict as go-app allows: its scripts are
// external files, and WebAssembly needs only 'wasm-unsafe-eval'.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// ServeHTTP answers every request from memory: the prepared assets and pages
// directly, searches and other pages by rendering them.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	setSecurityHeaders(h)
	if r.TLS != nil {
		h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	}
	switch {
	case r.Method != http.MethodGet && r.Method != http.MethodHead:
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "405 Method Not Allowed: this site only answers GET and HEAD.", http.StatusMethodNotAllowed)
		return
	case len(r.RequestURI) > maxURILength:
		http.Error(w, "414 URI Too Long", http.StatusRequestURITooLong)
		return
	case r.URL.Path == "/healthz":
		h.Set("Cache-Control", noStore)
		h.Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
		return
	}
	if target, ok := withoutTrailingSlash(r); ok {
		http.Redirect(w, r, target, http.StatusPermanentRedirect)
		return
	}
	if a, ok := s.assets[r.URL.Path]; ok && (r.URL.Path != "/" || r.URL.Query().Get("q") == "") {
		a.serve(w, r)
		return
	}
	if !isPagePath(r.URL.Path) {
		http.Error(w, "404 Not Found", http.StatusNotFound)
		return
	}
	a, err := s.page(r)
	if err != nil {
		http.Error(w, "500 Internal Server Error", http.StatusInternalServerError)
		return
	}
	a.serve(w, r)
}

func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// withoutTrailingSlash returns where "/502/" should go: "/502", keeping the
// query. Only one leading slash is kept, so "//evil.example/" cannot become
// a redirect to another host.
func withoutTrailingSlash(r *http.Request) (string, bool) {
	p := r.URL.Path
	if p == "/" || !strings.HasSuffix(p, "/") {
		return "", false
	}
	target := "/" + strings.Trim(p, "/")
	if r.URL.RawQuery != "" {
		target += "?" + r.URL.RawQuery
	}
	return target, true
}

// isPagePath reports whether path names a page (rendered by the app) rather
// than a file.
func isPagePath(path string) bool {
	if strings.HasPrefix(path, "/web/") {
		return false
	}
	for _, f := range goappFiles {
		if path == f {
			return false
		}
	}
	return path != "/codes.json"
}
