package server

import (
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"httpstatus/routes"
	"httpstatus/server/middleware"
)

// Limits on what a request may be.
const (
	// maxTargetLength bounds the request target; longer ones get 414.
	// Browsers and proxies commonly cap URLs near 8 kB, so nothing
	// legitimate is refused.
	maxTargetLength = 8 << 10
	// maxHeaderBytes bounds the header fields; more get 431 from
	// middleware.LimitHeaderBytes, with our headers. net/http's own limit
	// (http.Server.MaxHeaderBytes) sits above it and only stops abuse.
	maxHeaderBytes = 64 << 10
	// maxBodyBytes: the site reads no request content; past this it
	// answers 413 rather than 405.
	maxBodyBytes = 64 << 10
	// writeStall is how long a client may take to accept the next piece
	// of a large response (middleware.ExtendWriteDeadline); it is also
	// the server's WriteTimeout, for a whole small one.
	writeStall = 30 * time.Second
)

// goappAddresses are answered by go-app's Handler itself, not rendered as
// pages: aliases of its files, app.wasm served from a file handler this
// server does not give it, and robots.txt, sitemap.xml and ads.txt fetched
// over HTTP from where the static files would be. Asked for any of them,
// go-app answers 404 or 500 or makes a request of its own, so the server
// never asks: they are not pages here.
var goappAddresses = map[string]bool{
	"/goapp.js": true, "/manifest.json": true, "/app.wasm": true, "/goapp.wasm": true,
	"/robots.txt": true, "/sitemap.xml": true, "/ads.txt": true,
}

// newHandler wraps the site in its middleware, one concern each. The
// access log, when there is one, goes outside (see Serve).
func (s *site) newHandler(logger *slog.Logger) http.Handler {
	return middleware.Chain(http.HandlerFunc(s.serve),
		middleware.Recover(logger),
		middleware.SecurityHeaders,
		middleware.LimitHeaderBytes(maxHeaderBytes),
		middleware.LimitTarget(maxTargetLength),
		middleware.RefuseBodies(maxBodyBytes),
		middleware.AllowReadOnly,
		middleware.ExtendWriteDeadline(writeStall, 64<<10),
	)
}

// ServeHTTP serves the site through its middleware.
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// serve answers every request from memory: the prepared assets and pages
// directly, searches and other pages by rendering them. Nothing is read from
// disk after start-up, so no address can reach a file outside web/.
func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if p == routes.Health {
		w.Header()["Cache-Control"] = noStoreHeader
		text(w, r, http.StatusOK, "ok\n")
		return
	}
	if a, ok := s.assets[p]; ok && (p != routes.IndexPath || !isSearch(r.URL)) {
		a.ServeHTTP(w, r)
		return
	}
	if strings.HasPrefix(p, routes.PreviewPrefix) {
		a, ok, err := s.previews.get(p)
		switch {
		case err != nil:
			s.log.Error("drawing a preview", "path", truncate(p), "err", err)
			w.Header()["Cache-Control"] = noStoreHeader
			text(w, r, http.StatusInternalServerError, "500 Internal Server Error\n")
			return
		case ok:
			a.ServeHTTP(w, r)
			return
		}
	}
	if page := routes.Resolve(p); page.Redirects(p) {
		// Another spelling of a page's address: /headers/Retry-After,
		// /compare/403-vs-401.
		target := page.Path
		if r.URL.RawQuery != "" {
			target += "?" + escapeQuery(r.URL.RawQuery)
		}
		redirect(w, target)
		return
	}
	if target, ok := withoutTrailingSlash(r.URL); ok {
		redirect(w, target)
		return
	}
	a, err := s.dynamic(r.Context(), r.URL, r.Header["Accept-Encoding"])
	switch {
	case errors.Is(err, errBusy), r.Context().Err() != nil:
		// Every renderer is busy and has been for a while: say when to
		// come back rather than queue without end. A client that left
		// while it waited gets the same answer, if it is still there to
		// read it; that is no error of the server's.
		w.Header().Set("Retry-After", "1")
		w.Header()["Cache-Control"] = noStoreHeader
		text(w, r, http.StatusServiceUnavailable, "503 Service Unavailable: too many searches at once; try again in a second.\n")
	case err != nil:
		s.log.Error("rendering a page", "path", truncate(p), "err", err)
		w.Header()["Cache-Control"] = noStoreHeader
		text(w, r, http.StatusInternalServerError, "500 Internal Server Error\n")
	default:
		a.ServeHTTP(w, r)
	}
}

// redirect answers 308: the address has moved for good, and the method
// and any content stay as they were.
func redirect(w http.ResponseWriter, target string) {
	w.Header().Set("Location", target)
	w.Header().Set("Content-Length", "0")
	w.WriteHeader(http.StatusPermanentRedirect)
}

// text answers with a short plain text, without a body for HEAD.
func text(w http.ResponseWriter, r *http.Request, status int, text string) {
	w.Header()["Content-Type"] = plainTextHeader
	w.Header().Set("Content-Length", itoa(len(text)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write([]byte(text))
	}
}

var plainTextHeader = header("text/plain; charset=utf-8")

// isSearch reports whether u asks the index for search results.
func isSearch(u *url.URL) bool {
	return u.RawQuery != "" && u.Query().Get("q") != ""
}

// renders reports whether go-app's Handler renders p as a page.
func (s *site) renders(p string) bool {
	return strings.HasPrefix(p, "/") && !goappAddresses[p] && !strings.HasPrefix(p, "/"+s.app.Version+"/")
}

// withoutTrailingSlash returns where "/502/" should go: "/502", keeping the
// query. The target is built from the escaped path and starts with exactly
// one slash followed by something other than a slash or backslash, so
// "//evil.example/" or "/\evil.example/" cannot become a redirect to another
// host: browsers read a Location of "//host" or "/\host" as that host.
func withoutTrailingSlash(u *url.URL) (string, bool) {
	p := u.EscapedPath()
	if !strings.HasSuffix(p, "/") {
		return "", false
	}
	p = strings.TrimLeft(strings.TrimRight(p, "/"), "/")
	if p == "" || strings.HasPrefix(p, `\`) || strings.HasPrefix(strings.ToLower(p), "%5c") {
		return "", false
	}
	target := "/" + p
	if u.RawQuery != "" {
		target += "?" + escapeQuery(u.RawQuery)
	}
	return target, true
}

// escapeQuery percent-encodes the bytes of a raw query that may not stand
// in a request line or a Location header: spaces, controls and non-ASCII.
func escapeQuery(q string) string {
	const hex = "0123456789ABCDEF"
	var b []byte
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c > ' ' && c < 0x7f {
			if b != nil {
				b = append(b, c)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(q)+8), q[:i]...)
		}
		b = append(b, '%', hex[c>>4], hex[c&15])
	}
	if b == nil {
		return q
	}
	return string(b)
}

// truncate shortens what the server logs of an address.
func truncate(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
