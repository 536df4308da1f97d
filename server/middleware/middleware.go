// Package middleware holds the server's concerns that wrap every request,
// one small func(http.Handler) http.Handler each, in the style of
// net/http: security headers, allowed methods, request body and target
// limits, panic recovery and the access log.
package middleware

import "net/http"

// Middleware wraps a handler with one concern.
type Middleware func(http.Handler) http.Handler

// Chain wraps h in ms, the first outermost: Chain(h, a, b) serves a
// request through a, then b, then h.
func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

// plainText answers with a short text, without a body for HEAD.
func plainText(w http.ResponseWriter, r *http.Request, status int, text string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Encoding")
	h.Del("Etag")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write([]byte(text))
	}
}
