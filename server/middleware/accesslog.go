package middleware

import (
	"log/slog"
	"net/http"
	"time"
)

// AccessLog writes a line per request: method, path, status, bytes sent
// and time taken.
func AccessLog(logger *slog.Logger) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			rec := &statusRecorder{ResponseWriter: w}
			next.ServeHTTP(rec, r)
			logger.Info("request", "method", r.Method, "path", truncate(r.URL.Path), "status", rec.statusOr200(),
				"bytes", rec.bytes, "duration", time.Since(start))
		})
	}
}

// statusRecorder notes the status and the number of body bytes a handler
// writes. Unwrap lets http.ResponseController reach the connection's own
// writer (deadlines, flushing) through it.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(status int) {
	if r.status == 0 && status >= 200 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

func (r *statusRecorder) statusOr200() int {
	if r.status == 0 {
		return http.StatusOK
	}
	return r.status
}

// truncate shortens what is logged of an address.
func truncate(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
