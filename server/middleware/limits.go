package middleware

import "net/http"

// LimitTarget answers 414 (URI Too Long) to a request target longer than
// max bytes. Browsers and proxies commonly cap URLs near 8 kB, so a limit
// there refuses nothing legitimate.
func LimitTarget(max int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if len(r.RequestURI) > max {
				plainText(w, r, http.StatusRequestURITooLong, "414 URI Too Long\n")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// LimitHeaderBytes answers 431 (Request Header Fields Too Large) when the
// header fields take more than max bytes, counted as net/http counts them
// (name, value and four bytes of separators each). Set the server's
// MaxHeaderBytes above max: its own 431 carries none of our headers.
func LimitHeaderBytes(max int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := len(r.RequestURI)
			for name, values := range r.Header {
				for _, v := range values {
					n += len(name) + len(v) + 4
				}
			}
			if n > max {
				plainText(w, r, http.StatusRequestHeaderFieldsTooLarge, "431 Request Header Fields Too Large\n")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// RefuseBodies answers a request that carries content with 413 (Content
// Too Large) past max bytes, and otherwise lets the method decide (every
// method that may have content gets 405 here), and closes the connection
// after the answer, without reading the content: this site reads none, and
// a message that has both Content-Length and Transfer-Encoding must not
// keep its connection (RFC 9112, 6.1).
func RefuseBodies(max int64) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.ContentLength == 0 && len(r.TransferEncoding) == 0 {
				next.ServeHTTP(w, r)
				return
			}
			w.Header().Set("Connection", "close")
			if r.ContentLength > max {
				plainText(w, r, http.StatusRequestEntityTooLarge, "413 Content Too Large: this site reads no request content.\n")
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
