package middleware

import "net/http"

// allowed is the Allow header of every resource: the site only reads.
var allowed = []string{"GET, HEAD, OPTIONS"}

// AllowReadOnly answers OPTIONS with the methods allowed (for a resource
// and for "*", which net/http would otherwise answer itself without the
// security headers: set http.Server.DisableGeneralOptionsHandler) and
// every other method but GET and HEAD with 405 and Allow (RFC 9110,
// 15.5.6).
func AllowReadOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			next.ServeHTTP(w, r)
		case http.MethodOptions:
			w.Header()["Allow"] = allowed
			w.Header().Set("Content-Length", "0")
			w.WriteHeader(http.StatusNoContent)
		default:
			w.Header()["Allow"] = allowed
			plainText(w, r, http.StatusMethodNotAllowed, "405 Method Not Allowed: this site only answers GET and HEAD.\n")
		}
	})
}
