//go:build !wasm

package app

import (
	"bytes"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strconv"
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

// securityHeaders go on every response the handler writes, HSTS only on
// those sent over TLS: over plain HTTP it would be ignored, and a server
// reached through a TLS proxy leaves HSTS to the proxy.
var (
	cspHeader               = header(contentSecurityPolicy)
	nosniffHeader           = header("nosniff")
	referrerPolicyHeader    = header("strict-origin-when-cross-origin")
	permissionsPolicyHeader = header("camera=(), microphone=(), geolocation=(), payment=(), usb=()")
	coopHeader              = header("same-origin")
	hstsHeader              = header("max-age=63072000; includeSubDomains")

	allowHeader     = header("GET, HEAD")
	plainTextHeader = header("text/plain; charset=utf-8")
	zeroLength      = header("0")
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

// ServeHTTP is the site over net/http, the server for HTTPS (with HTTP/2).
func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	req := request{
		method:         r.Method,
		target:         r.RequestURI,
		url:            r.URL,
		acceptEncoding: r.Header["Accept-Encoding"],
		ifNoneMatch:    r.Header["If-None-Match"],
		tls:            r.TLS != nil,
	}
	var res response
	s.answer(&req, &res)
	h := w.Header()
	for _, f := range res.header() {
		h[f.name] = f.value
	}
	w.WriteHeader(res.status)
	if res.body != nil {
		w.Write(res.body)
	}
}

// respond answers every request from memory: the prepared assets and pages
// directly, searches and other pages by rendering them. Nothing is read from
// disk after start-up, so no address can reach a file outside web/.
func (s *site) respond(req *request, res *response) {
	res.set("Content-Security-Policy", cspHeader)
	res.set("X-Content-Type-Options", nosniffHeader)
	res.set("Referrer-Policy", referrerPolicyHeader)
	res.set("Permissions-Policy", permissionsPolicyHeader)
	res.set("Cross-Origin-Opener-Policy", coopHeader)
	if req.tls {
		res.set("Strict-Transport-Security", hstsHeader)
	}
	if req.url == nil {
		res.text(req, http.StatusBadRequest, "400 Bad Request\n")
		return
	}
	p := req.url.Path
	switch {
	case req.method != http.MethodGet && req.method != http.MethodHead:
		res.set("Allow", allowHeader)
		res.text(req, http.StatusMethodNotAllowed, "405 Method Not Allowed: this site only answers GET and HEAD.\n")
		return
	case len(req.target) > maxURILength:
		res.text(req, http.StatusRequestURITooLong, "414 URI Too Long\n")
		return
	case p == "/healthz":
		res.set("Cache-Control", noStoreHeader)
		res.text(req, http.StatusOK, "ok\n")
		return
	}
	if a, ok := s.assets[p]; ok && (p != "/" || !isSearch(req.url)) {
		a.respond(req, res)
		return
	}
	if target, ok := withoutTrailingSlash(req.url); ok {
		res.status = http.StatusPermanentRedirect
		res.set("Location", []string{target})
		res.set("Content-Length", zeroLength)
		return
	}
	a, err := s.dynamic(req.url)
	if err != nil {
		slog.Error("rendering a page", "path", truncate(p), "err", err)
		res.text(req, http.StatusInternalServerError, "500 Internal Server Error\n")
		return
	}
	a.respond(req, res)
}

// isSearch reports whether u asks the index for search results.
func isSearch(u *url.URL) bool {
	return u.RawQuery != "" && u.Query().Get("q") != ""
}

// dynamic returns the page for an address not prepared in advance: a search,
// an unassigned code, or the helpful 404 page, which names the address and
// suggests codes for it. Addresses go-app cannot render get the 404 page of
// the static export, which names none.
func (s *site) dynamic(u *url.URL) (a *asset, err error) {
	defer func() {
		if v := recover(); v != nil {
			a, err = nil, fmt.Errorf("panic: %v", v)
		}
	}()
	if !s.renders(u.Path) {
		return s.notFound()
	}
	if q := escapeQuery(u.RawQuery); q != u.RawQuery {
		// HTTP/2 lets a query hold spaces, which the renderer's
		// HTTP/1 request line cannot.
		escaped := *u
		escaped.RawQuery = q
		u = &escaped
	}
	return s.page(u) // render escapes every page (canonicalHTML) or fails closed
}

// canonicalHTML rewrites the start tags of a page go-app rendered, for two
// faults of its encoder:
//
//   - It writes attribute values as Go string literals (strconv.Quote): a
//     quote becomes \" and < > & stay raw. A browser reads \" as a
//     backslash that ends the value, so a search for
//     `"><meta http-equiv=refresh …>` would add markup to the page. Each
//     value is unquoted and written HTML-escaped instead.
//   - It writes attributes in map order, which changes from one render to
//     the next, and with it the bytes and the ETag. They are sorted.
//
// Text between tags go-app escapes already, and it leaves alone.
func canonicalHTML(page []byte) ([]byte, error) {
	out := make([]byte, 0, len(page)+len(page)/8)
	var attrs []attribute
	for i := 0; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			out = append(out, page[i:]...)
			break
		}
		lt += i
		out = append(out, page[i:lt]...)
		if lt+1 == len(page) || !isASCIILetter(page[lt+1]) {
			out = append(out, '<') // an end tag, a comment or the doctype
			i = lt + 1
			continue
		}
		var err error
		out, attrs, i, err = appendStartTag(out, attrs[:0], page, lt)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// attribute is one attribute of a start tag; value is nil when bare.
type attribute struct{ name, value []byte }

// appendStartTag appends the canonical form of the start tag at page[lt]
// and returns the index after it.
func appendStartTag(out []byte, attrs []attribute, page []byte, lt int) ([]byte, []attribute, int, error) {
	i := lt + 1
	name := i
	for i < len(page) && !isTagSpace(page[i]) && page[i] != '>' && page[i] != '/' {
		i++
	}
	out = append(out, page[lt:i]...)
	for {
		for i < len(page) && isTagSpace(page[i]) {
			i++
		}
		if i == len(page) {
			return nil, nil, 0, fmt.Errorf("<%s> does not end", page[name:i])
		}
		if page[i] == '>' || page[i] == '/' {
			break
		}
		start := i
		for i < len(page) && !isTagSpace(page[i]) && page[i] != '>' && page[i] != '=' && page[i] != '/' {
			i++
		}
		a := attribute{name: page[start:i]}
		if i < len(page) && page[i] == '=' {
			end := endOfQuoted(page, i+1)
			if end < 0 {
				return nil, nil, 0, fmt.Errorf("the value of %s is not a Go string literal", a.name)
			}
			value, err := strconv.Unquote(string(page[i+1 : end+1]))
			if err != nil {
				return nil, nil, 0, fmt.Errorf("the value of %s: %w", a.name, err)
			}
			a.value = []byte(value)
			i = end + 1
		}
		attrs = append(attrs, a)
	}
	slices.SortStableFunc(attrs, func(a, b attribute) int { return bytes.Compare(a.name, b.name) })
	for _, a := range attrs {
		out = append(out, ' ')
		out = append(out, a.name...)
		if a.value != nil {
			out = append(out, '=', '"')
			out = appendEscaped(out, a.value)
			out = append(out, '"')
		}
	}
	gt := bytes.IndexByte(page[i:], '>')
	if gt < 0 {
		return nil, nil, 0, fmt.Errorf("<%s> does not end", page[name:i])
	}
	gt += i + 1
	return append(out, page[i:gt]...), attrs, gt, nil
}

// appendEscaped appends v escaped for a double-quoted attribute value; < and
// > too, so that no markup appears even there.
func appendEscaped(out, v []byte) []byte {
	for _, c := range v {
		switch c {
		case '&':
			out = append(out, "&amp;"...)
		case '"':
			out = append(out, "&#34;"...)
		case '<':
			out = append(out, "&lt;"...)
		case '>':
			out = append(out, "&gt;"...)
		default:
			out = append(out, c)
		}
	}
	return out
}

// endOfQuoted returns the index of the quote that closes the Go string
// literal opening at page[start], or -1.
func endOfQuoted(page []byte, start int) int {
	if start >= len(page) || page[start] != '"' {
		return -1
	}
	for i := start + 1; i < len(page); i++ {
		switch page[i] {
		case '\\':
			i++ // the escaped byte, which may be a quote
		case '"':
			return i
		case '\n':
			return -1 // Go literals hold no raw newline
		}
	}
	return -1
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

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

// truncate shortens what the server logs of an address.
func truncate(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
