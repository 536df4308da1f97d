package middleware

import (
	"net/http"
	"time"
)

// ExtendWriteDeadline keeps a slow client that makes progress from being
// cut off by the server's WriteTimeout, while a stalled one still is: each
// large write (app.wasm goes out in pieces of up to chunk bytes) first
// moves the connection's write deadline stall into the future. A phone at
// 60 kB/s needs over two minutes for the WASM bundle; a fixed timeout
// would cut it, and one long enough for it would let stalled clients hold
// connections for as long.
func ExtendWriteDeadline(stall time.Duration, chunk int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(&progressWriter{ResponseWriter: w, stall: stall, chunk: chunk}, r)
		})
	}
}

// progressWriter splits large writes and renews the deadline before each
// piece. Small writes (a page) pass straight through: the WriteTimeout
// that net/http sets per request covers them.
type progressWriter struct {
	http.ResponseWriter
	stall time.Duration
	chunk int
	rc    *http.ResponseController
}

func (w *progressWriter) Write(p []byte) (int, error) {
	if len(p) < w.chunk/4 {
		return w.ResponseWriter.Write(p)
	}
	if w.rc == nil {
		w.rc = http.NewResponseController(w.ResponseWriter)
	}
	written := 0
	for len(p) > 0 {
		piece := p[:min(len(p), w.chunk)]
		// An error means the writer cannot take deadlines (a test's
		// recorder): the piece is written all the same.
		_ = w.rc.SetWriteDeadline(time.Now().Add(w.stall))
		n, err := w.ResponseWriter.Write(piece)
		written += n
		if err != nil {
			return written, err
		}
		p = p[n:]
	}
	return written, nil
}

func (w *progressWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
