//go:build !wasm

package app

import (
	"net/http"
	"net/url"
	"time"
)

// The site answers requests in its own terms, request in and response out,
// so that two servers can carry them with the same rules: fasthttp for
// plain HTTP, where this server runs behind a proxy or a CDN and
// throughput counts, and net/http for HTTPS, for its HTTP/2. serve.go and
// fast.go hold the two adapters.

// request is what the site reads of a request.
type request struct {
	method string
	// target is the request target as it came: its length decides 414.
	target string
	url    *url.URL
	// The lines of the two headers the site reads, as they came.
	acceptEncoding []string
	ifNoneMatch    []string
	tls            bool
}

func (r *request) isHead() bool { return r.method == http.MethodHead }

// response is the site's answer: a status, header fields in the order they
// are written, and a body. Content-Length is always among the fields when
// there is content, and body is nil for a HEAD request, a 304 or a
// redirect, so both servers send the same bytes.
type response struct {
	status int
	fields [maxFields]field
	n      int
	body   []byte
}

// maxFields is the most header fields a response has: five security
// headers, HSTS, Cache-Control, Vary, ETag, Content-Type, Content-Encoding,
// Content-Length, and one to spare (Allow or Location).
const maxFields = 13

// field is one header field. Values are shared, read-only slices built
// once (see header), so that a response allocates nothing.
type field struct {
	name  string
	value []string
}

func (r *response) set(name string, value []string) {
	r.fields[r.n] = field{name, value}
	r.n++
}

func (r *response) header() []field { return r.fields[:r.n] }

// text sets a short plain-text answer, without a body for HEAD.
func (r *response) text(req *request, status int, text string) {
	r.status = status
	r.set("Content-Type", plainTextHeader)
	r.set("Content-Length", []string{itoa(len(text))})
	if !req.isHead() {
		r.body = []byte(text)
	}
}

// answer is respond, and a line in the access log when there is one.
func (s *site) answer(req *request, res *response) {
	if s.accessLog == nil {
		s.respond(req, res)
		return
	}
	start := time.Now()
	s.respond(req, res)
	path := req.target
	if req.url != nil {
		path = req.url.Path
	}
	s.accessLog.Info("request", "method", req.method, "path", truncate(path), "status", res.status,
		"bytes", len(res.body), "duration", time.Since(start))
}
