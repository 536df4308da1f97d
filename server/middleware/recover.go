package middleware

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
)

// Recover answers 500 when a handler panics and logs the panic with its
// stack, so that one bad request never ends the process. A panic after the
// response has started cannot change the status; the connection is then
// closed (http.ErrAbortHandler) so the client sees a broken response, not
// a complete-looking one. net/http's own abort is passed on as it is.
func Recover(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := &statusRecorder{ResponseWriter: w}
			defer func() {
				v := recover()
				if v == nil {
					return
				}
				if v == http.ErrAbortHandler {
					panic(v)
				}
				logger.Error("panic serving a request", "method", r.Method, "path", truncate(r.URL.Path),
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
				if rec.status != 0 {
					panic(http.ErrAbortHandler)
				}
				for _, name := range representationHeaders {
					w.Header().Del(name)
				}
				w.Header().Set("Cache-Control", "no-store")
				plainText(w, r, http.StatusInternalServerError, "500 Internal Server Error\n")
			}()
			next.ServeHTTP(rec, r)
		})
	}
}

// representationHeaders may have been set for the response the panic
// interrupted; they would be wrong on the 500. The security headers stay.
var representationHeaders = []string{
	"Accept-Ranges", "Cache-Control", "Content-Encoding", "Content-Length", "Content-Range", "Content-Type",
	"Etag", "Last-Modified", "Location", "Vary",
}
