package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"httpstatus/app"
)

// The tests serve a site built from a small fake web directory, so they
// need neither the WASM build nor the files of web/.

// fakeWASM stands in for app.wasm: the WASM magic number and enough
// repetitive bytes to be worth compressing.
var fakeWASM = append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("fake module body; "), 4000)...)

// writeFakeWebDir writes a web directory holding a fake app.wasm, a
// stylesheet big enough to compress and an icon too small to.
func writeFakeWebDir(t testing.TB, dir string) {
	t.Helper()
	files := map[string][]byte{
		"app.wasm":     fakeWASM,
		"style.css":    bytes.Repeat([]byte("body { margin: 0 }\n"), 100),
		"icon.svg":     []byte(`<svg xmlns="http://www.w3.org/2000/svg"/>`),
		"icon-192.png": []byte("\x89PNG\r\n\x1a\nnot really"),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var registerRoutes sync.Once

// newTestSiteIn prepares a site from a fake web directory in dir.
func newTestSiteIn(t testing.TB, dir string) *site {
	t.Helper()
	registerRoutes.Do(app.RegisterRoutes)
	writeFakeWebDir(t, dir)
	s, err := newSite(dir, quietLogger, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var shared struct {
	once sync.Once
	site *site
}

// testSite returns a site shared by the tests. Its web directory is gone
// once the site is prepared: everything it serves is in memory.
func testSite(t testing.TB) *site {
	t.Helper()
	shared.once.Do(func() {
		dir, err := os.MkdirTemp("", "httpstatus-web-")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(dir)
		shared.site = newTestSiteIn(t, dir)
	})
	if shared.site == nil {
		t.Fatal("the shared test site could not be prepared")
	}
	return shared.site
}

// do sends one request to the handler; header is pairs of name and value.
func do(t testing.TB, h http.Handler, method, target string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Add(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

// body reads a response's body, decoding its Content-Encoding.
func body(t testing.TB, res *http.Response) string {
	t.Helper()
	var r io.Reader = res.Body
	switch enc := res.Header.Get("Content-Encoding"); enc {
	case "":
	case "gzip":
		zr, err := gzip.NewReader(res.Body)
		if err != nil {
			t.Fatalf("gzip body: %v", err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(res.Body)
	default:
		t.Fatalf("unexpected Content-Encoding %q", enc)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("reading %s body: %v", res.Header.Get("Content-Encoding"), err)
	}
	return string(b)
}

func TestContentEncodingFollowsAcceptEncoding(t *testing.T) {
	s := testSite(t)
	plain := body(t, do(t, s, "GET", "/502"))
	tests := []struct {
		acceptEncoding string
		want           string // Content-Encoding
	}{
		{"", ""},
		{"gzip", "gzip"},
		{"br", "br"},
		{"gzip, deflate, br", "br"},
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"br; q=0, gzip", "gzip"},
		{"gzip;q=0, br;q=0", ""},
		{"gzip;q=0.0, br;q=0.000", ""},
		{"gzip;q=1, br;q=0.5", "gzip"},
		{"br;q=0.5", "br"},
		{"br;q=0.001", "br"},
		{"gzip;q=0, *", "br"},
		{"*", "br"},
		{"*;q=0", ""},
		{"br;q=0, *;q=0.5", "gzip"},
		{"identity", ""},
		{"identity, gzip;q=0.5", ""},
		{"identity;q=0, gzip", "gzip"},
		{"deflate", ""},
		{"zstd", ""},
		{"x-gzip", "gzip"},
		{"GZIP", "gzip"},
		{"BR", "br"},
		{"gzip;q=nonsense", ""},
		{"gzip;q=2", ""},
		{" , ,gzip,, ", "gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.acceptEncoding, func(t *testing.T) {
			res := do(t, s, "GET", "/502", "Accept-Encoding", tt.acceptEncoding)
			if got := res.Header.Get("Content-Encoding"); got != tt.want {
				t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tt.acceptEncoding, got, tt.want)
			}
			if got := res.Header.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
			if got := body(t, res); got != plain {
				t.Errorf("the %q body does not decode to the page", tt.want)
			}
		})
	}
}

func TestContentEncodingReadsEveryAcceptEncodingLine(t *testing.T) {
	s := testSite(t)
	res := do(t, s, "GET", "/502", "Accept-Encoding", "gzip", "Accept-Encoding", "br;q=0")
	if got := res.Header.Get("Content-Encoding"); got != "gzip" {
		t.Errorf("Content-Encoding %q, want gzip (br refused on the second line)", got)
	}
}

func TestContentLengthIsTheSentBodysLength(t *testing.T) {
	s := testSite(t)
	for _, ae := range []string{"", "gzip", "br"} {
		res := do(t, s, "GET", "/web/app.wasm", "Accept-Encoding", ae)
		raw, _ := io.ReadAll(res.Body)
		if got, want := res.Header.Get("Content-Length"), itoa(len(raw)); got != want {
			t.Errorf("Accept-Encoding %q: Content-Length %s, body %s bytes", ae, got, want)
		}
	}
}

func TestVaryAcceptEncodingOnEveryNegotiatedResponse(t *testing.T) {
	s := testSite(t)
	tests := []struct {
		path     string
		wantVary bool
	}{
		{"/", true},
		{"/502", true},
		{"/5xx", true},
		{"/298", true},
		{"/abc", true},
		{"/?q=gateway", true},
		{"/web/app.wasm", true},
		{"/web/style.css", true},
		{"/codes.json", true},
		{"/app.js", true},
		{"/web/icon.svg", false},     // too small to compress: one encoding only
		{"/web/icon-192.png", false}, // PNG does not compress
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, ae := range []string{"", "gzip", "br"} {
				res := do(t, s, "GET", tt.path, "Accept-Encoding", ae)
				got := res.Header.Get("Vary") == "Accept-Encoding"
				if got != tt.wantVary {
					t.Errorf("Accept-Encoding %q: Vary %q, want Accept-Encoding: %v", ae, res.Header.Get("Vary"), tt.wantVary)
				}
				if !tt.wantVary && res.Header.Get("Content-Encoding") != "" {
					t.Errorf("Accept-Encoding %q: encoded %q without Vary", ae, res.Header.Get("Content-Encoding"))
				}
			}
		})
	}
}

func TestContentTypes(t *testing.T) {
	s := testSite(t)
	tests := []struct{ path, want string }{
		{"/web/app.wasm", "application/wasm"},
		{"/", "text/html; charset=utf-8"},
		{"/502", "text/html; charset=utf-8"},
		{"/abc", "text/html; charset=utf-8"},
		{"/web/style.css", "text/css; charset=utf-8"},
		{"/web/icon.svg", "image/svg+xml"},
		{"/codes.json", "application/json"},
		{"/manifest.webmanifest", "application/manifest+json"},
		{"/healthz", "text/plain; charset=utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, ae := range []string{"", "gzip", "br"} {
				if got := do(t, s, "GET", tt.path, "Accept-Encoding", ae).Header.Get("Content-Type"); got != tt.want {
					t.Errorf("Accept-Encoding %q: Content-Type %q, want %q", ae, got, tt.want)
				}
			}
		})
	}
}

func TestAppWasmIsTheBundleInEveryEncoding(t *testing.T) {
	s := testSite(t)
	for _, ae := range []string{"", "gzip", "br"} {
		res := do(t, s, "GET", "/web/app.wasm", "Accept-Encoding", ae)
		if res.StatusCode != http.StatusOK || res.Header.Get("Content-Encoding") != ae {
			t.Fatalf("Accept-Encoding %q: %d, Content-Encoding %q", ae, res.StatusCode, res.Header.Get("Content-Encoding"))
		}
		if body(t, res) != string(fakeWASM) {
			t.Errorf("Accept-Encoding %q: the body is not app.wasm", ae)
		}
	}
}

func TestIfNoneMatchAnswers304(t *testing.T) {
	s := testSite(t)
	etagOf := func(path, ae string) string { return do(t, s, "GET", path, "Accept-Encoding", ae).Header.Get("ETag") }
	br, gz, plain := etagOf("/502", "br"), etagOf("/502", "gzip"), etagOf("/502", "")
	if br == gz || gz == plain || br == plain {
		t.Fatalf("each encoding needs an ETag of its own: br %s, gzip %s, identity %s", br, gz, plain)
	}
	for _, tag := range []string{br, gz, plain} {
		if !strings.HasPrefix(tag, `"`) || !strings.HasSuffix(tag, `"`) {
			t.Fatalf("ETag %s is not a quoted strong tag", tag)
		}
	}
	wasm := etagOf("/web/app.wasm", "br")
	tests := []struct {
		name, path, ae, ifNoneMatch string
		wantStatus                  int
		wantETag                    string // on a 304
	}{
		{"same tag", "/502", "br", br, 304, br},
		{"identity tag", "/502", "", plain, 304, plain},
		{"weak form of the tag", "/502", "br", "W/" + br, 304, br},
		{"tag in a list", "/502", "br", `"other", ` + br, 304, br},
		{"star", "/502", "br", "*", 304, br},
		{"another encoding's tag names the client's copy", "/502", "gzip", br, 304, br},
		{"app.wasm", "/web/app.wasm", "br", wasm, 304, wasm},
		{"HEAD", "/502", "br", br, 304, br},
		{"other tag", "/502", "br", `"other"`, 200, ""},
		{"another page's tag", "/503", "br", br, 200, ""},
		{"no header", "/502", "br", "", 200, ""},
		{"unquoted tag", "/502", "br", strings.Trim(br, `"`), 200, ""},
		{"a 404 page never matches", "/abc", "br", "*", 404, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := "GET"
			if strings.HasPrefix(tt.name, "HEAD") {
				method = "HEAD"
			}
			res := do(t, s, method, tt.path, "Accept-Encoding", tt.ae, "If-None-Match", tt.ifNoneMatch)
			if res.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.wantStatus)
			}
			if tt.wantStatus != 304 {
				return
			}
			if got := res.Header.Get("ETag"); got != tt.wantETag {
				t.Errorf("304 ETag %s, want %s", got, tt.wantETag)
			}
			if b, _ := io.ReadAll(res.Body); len(b) != 0 {
				t.Errorf("304 with a %d-byte body", len(b))
			}
			for _, h := range []string{"Content-Encoding", "Content-Length", "Content-Type"} {
				if v := res.Header.Get(h); v != "" {
					t.Errorf("304 with %s: %s", h, v)
				}
			}
			if res.Header.Get("Cache-Control") == "" || res.Header.Get("Vary") == "" {
				t.Errorf("a 304 keeps the 200's Cache-Control and Vary, got %v", res.Header)
			}
		})
	}
}

func TestCacheControl(t *testing.T) {
	s := testSite(t)
	tests := []struct{ path, want string }{
		{"/", "no-cache"},
		{"/502", "no-cache"},
		{"/5xx", "no-cache"},
		{"/298", "no-cache"},
		{"/web/app.wasm", "no-cache"},
		{"/web/style.css", "no-cache"},
		{"/app.js", "no-cache"},
		{"/app-worker.js", "no-cache"},
		{"/codes.json", "no-cache"},
		{"/?q=gateway", "no-store"},
		{"/abc", "no-store"},
		{"/web/missing.css", "no-store"},
		{"/robots.txt", "no-store"},
		{"/healthz", "no-store"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			if got := do(t, s, "GET", tt.path).Header.Get("Cache-Control"); got != tt.want {
				t.Errorf("Cache-Control %q, want %q", got, tt.want)
			}
		})
	}
}

func TestUnknownAddressesGetTheHelpful404Page(t *testing.T) {
	s := testSite(t)
	tests := []struct {
		path     string
		wantPath bool // the page names the address
	}{
		{"/abc", true},
		{"/1000", true},
		{"/99", true},
		{"/600", true},
		{"/0502", true},
		{"/5xx/extra", true},
		{"/502/extra", true},
		{"/6xx", true},
		{"/gateway-timeout", true},
		{"/web/missing.css", true},
		{"/index.html", true},
		{"/404.html", false},
		{"//evil.example", true},
		// go-app answers these itself when asked: 404, 500 or a request
		// of its own. The server does not ask.
		{"/app.wasm", false},
		{"/goapp.wasm", false},
		{"/goapp.js", false},
		{"/manifest.json", false},
		{"/robots.txt", false},
		{"/sitemap.xml", false},
		{"/ads.txt", false},
		{"/" + s.app.Version + "/502", false},
		{"/" + s.app.Version + "/app.wasm", false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for _, ae := range []string{"", "br"} {
				res := do(t, s, "GET", tt.path, "Accept-Encoding", ae)
				if res.StatusCode != http.StatusNotFound {
					t.Fatalf("status %d, want 404", res.StatusCode)
				}
				if ct := res.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
					t.Errorf("Content-Type %q, want the HTML page", ct)
				}
				page := body(t, res)
				if !strings.Contains(page, "<html") || !strings.Contains(page, "not-found") {
					t.Errorf("not the app's 404 page:\n%.300s", page)
				}
				if tt.wantPath && !strings.Contains(page, "<code>"+html.EscapeString(tt.path)+"</code>") {
					t.Errorf("the page does not name the address:\n%.300s", page)
				}
			}
		})
	}
}

func TestPagesAnswer200(t *testing.T) {
	s := testSite(t)
	tests := []struct{ path, want string }{
		{"/", "<html"},
		{"/502", "Bad Gateway"},
		{"/5xx", "<html"},
		{"/298", "Unassigned"}, // in the range, used by no one: a page, not a 404
		{"/198", "Unassigned"},
		{"/?q=gateway", "Gateway"},
		{"/?q=", "<html"},
		{"/?other=1", "<html"},
		{"/502?utm_source=x", "Bad Gateway"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			for range 2 { // the second time from the cache of rendered pages
				res := do(t, s, "GET", tt.path, "Accept-Encoding", "br")
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status %d, want 200", res.StatusCode)
				}
				if page := body(t, res); !strings.Contains(page, tt.want) {
					t.Errorf("the page lacks %q", tt.want)
				}
			}
		})
	}
}

func TestMethodsOtherThanGETAndHEADAre405AndOPTIONSSaysSo(t *testing.T) {
	s := testSite(t)
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"} {
		want := http.StatusMethodNotAllowed
		if method == "OPTIONS" {
			want = http.StatusNoContent
		}
		for _, path := range []string{"/", "/502", "/web/app.wasm", "/abc", "/healthz", "/502/"} {
			t.Run(method+" "+path, func(t *testing.T) {
				res := do(t, s, method, path)
				if res.StatusCode != want {
					t.Errorf("status %d, want %d", res.StatusCode, want)
				}
				if got := res.Header.Get("Allow"); got != "GET, HEAD, OPTIONS" {
					t.Errorf("Allow %q, want \"GET, HEAD, OPTIONS\"", got)
				}
			})
		}
	}
}

func TestHEADAnswersLikeGETWithoutBody(t *testing.T) {
	s := testSite(t)
	paths := []string{
		"/", "/502", "/5xx", "/298", "/abc", "/5xx/extra", "/?q=gateway", "/web/app.wasm", "/web/icon.svg",
		"/codes.json", "/app.js", "/healthz", "/502/", "/robots.txt", "/" + strings.Repeat("a", maxTargetLength+1),
	}
	for _, path := range paths {
		t.Run(truncate(path), func(t *testing.T) {
			for _, ae := range []string{"", "br"} {
				get := do(t, s, "GET", path, "Accept-Encoding", ae)
				head := do(t, s, "HEAD", path, "Accept-Encoding", ae)
				if head.StatusCode != get.StatusCode {
					t.Errorf("HEAD %d, GET %d", head.StatusCode, get.StatusCode)
				}
				if b, _ := io.ReadAll(head.Body); len(b) != 0 {
					t.Errorf("HEAD wrote a %d-byte body", len(b))
				}
				for _, h := range []string{"Content-Type", "Content-Length", "Content-Encoding", "Location"} {
					if head.Header.Get(h) != get.Header.Get(h) {
						t.Errorf("%s: HEAD %q, GET %q", h, head.Header.Get(h), get.Header.Get(h))
					}
				}
			}
		})
	}
}

func TestTrailingSlashRedirectsToThePage(t *testing.T) {
	s := testSite(t)
	tests := []struct{ target, want string }{
		{"/502/", "/502"},
		{"/502//", "/502"},
		{"/5xx/", "/5xx"},
		{"/502/?q=a", "/502?q=a"},
		{"/502/?q=%3Cb%3E&x=1", "/502?q=%3Cb%3E&x=1"},
		{"/abc/", "/abc"},
		{"/a%20b/", "/a%20b"},
		{"/502/?q=caf\xc3\xa9", "/502?q=caf%C3%A9"},
		// Never to another host: browsers read "//host" and "/\host"
		// as that host.
		{"//evil.example/", "/evil.example"},
		{"///evil.example/", "/evil.example"},
		{"//evil.example//", "/evil.example"},
		{"/%2F%2Fevil.example/", "/%2F%2Fevil.example"},
		{"//evil.example/?next=//x", "/evil.example?next=//x"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			for _, method := range []string{"GET", "HEAD"} {
				res := do(t, s, method, tt.target)
				if res.StatusCode != http.StatusPermanentRedirect {
					t.Fatalf("%s: status %d, want 308", method, res.StatusCode)
				}
				loc := res.Header.Get("Location")
				if loc != tt.want {
					t.Errorf("%s: Location %q, want %q", method, loc, tt.want)
				}
				assertSameSite(t, loc)
			}
		})
	}
}

func TestBackslashAddressesNeverRedirectOffSite(t *testing.T) {
	s := testSite(t)
	for _, target := range []string{`/\evil.example/`, `/%5Cevil.example/`, `/%5cevil.example/`, `//\evil.example/`, `/\/evil.example/`} {
		t.Run(target, func(t *testing.T) {
			res := do(t, s, "GET", target)
			if loc := res.Header.Get("Location"); loc != "" {
				assertSameSite(t, loc)
			}
			if res.StatusCode >= 500 {
				t.Errorf("status %d", res.StatusCode)
			}
		})
	}
}

// assertSameSite fails unless a browser would resolve loc to this site.
func assertSameSite(t *testing.T, loc string) {
	t.Helper()
	if !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, `/\`) {
		t.Errorf("Location %q leaves the site", loc)
	}
	if strings.ContainsAny(loc, "\t\r\n \\") {
		t.Errorf("Location %q holds characters browsers drop or rewrite", loc)
	}
}

func TestQueryMarkupIsEscaped(t *testing.T) {
	s := testSite(t)
	tests := []struct{ target, raw string }{
		{"/?q=<script>alert(1)</script>", "<script>alert(1)"},
		{"/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)"},
		{`/?q="><img/src=x/onerror=alert(1)>`, "<img/src=x"},
		{"/?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "<img src=x"},
		{"/?q='--></title><script>alert(1)</script>", "</title><script>"},
		{"/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)"},
		{"/abc%22%3E%3Csvg%20onload%3Dalert(1)%3E", "<svg onload"},
		{"/abc?q=<script>alert(1)</script>", "<script>alert(1)"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			res := do(t, s, "GET", tt.target, "Accept-Encoding", "br")
			if res.StatusCode >= 500 {
				t.Fatalf("status %d", res.StatusCode)
			}
			page := body(t, res)
			if strings.Contains(page, tt.raw) {
				i := strings.Index(page, tt.raw)
				t.Errorf("the markup %q appears raw: …%s…", tt.raw, page[max(0, i-80):min(len(page), i+80)])
			}
		})
	}
}

func TestLongURIsAre414(t *testing.T) {
	s := testSite(t)
	long := strings.Repeat("a", 20<<10)
	for _, target := range []string{"/" + long, "/?q=" + long, "/502?x=" + long, "/web/" + long, "/" + long + "/"} {
		t.Run(truncate(target), func(t *testing.T) {
			res := do(t, s, "GET", target)
			if res.StatusCode != http.StatusRequestURITooLong {
				t.Errorf("status %d, want 414", res.StatusCode)
			}
		})
	}
	// Up to the limit, the address is looked at.
	target := "/502?x=" + strings.Repeat("a", maxTargetLength-len("/502?x="))
	if res := do(t, s, "GET", target); res.StatusCode != http.StatusOK {
		t.Errorf("a %d-byte URI: status %d, want 200", len(target), res.StatusCode)
	}
}

func TestHealthz(t *testing.T) {
	s := testSite(t)
	res := do(t, s, "GET", "/healthz")
	if b := body(t, res); res.StatusCode != 200 || b != "ok\n" {
		t.Errorf("GET /healthz: %d %q", res.StatusCode, b)
	}
	if got := res.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control %q, want no-store", got)
	}
}

// responsesOfEveryKind are requests that between them take every path
// through the handler.
var responsesOfEveryKind = []struct{ method, target, ae, ifNoneMatch string }{
	{"GET", "/", "br", ""},
	{"GET", "/502", "gzip", ""},
	{"GET", "/502", "", "*"}, // 304
	{"HEAD", "/5xx", "br", ""},
	{"GET", "/298", "", ""},
	{"GET", "/?q=gateway", "br", ""},
	{"GET", "/abc", "br", ""},
	{"GET", "/robots.txt", "", ""},
	{"GET", "/web/app.wasm", "br", ""},
	{"GET", "/web/icon.svg", "", ""},
	{"GET", "/502/", "", ""},
	{"POST", "/502", "", ""},
	{"GET", "/?q=" + strings.Repeat("x", 20<<10), "", ""},
	{"GET", "/healthz", "", ""},
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	s := testSite(t)
	for _, tt := range responsesOfEveryKind {
		t.Run(tt.method+" "+truncate(tt.target), func(t *testing.T) {
			res := do(t, s, tt.method, tt.target, "Accept-Encoding", tt.ae, "If-None-Match", tt.ifNoneMatch)
			assertSecurityHeaders(t, res, false)
		})
	}
}

// assertSecurityHeaders checks the headers every response carries, and HSTS
// exactly when the response came over TLS.
func assertSecurityHeaders(t *testing.T, res *http.Response, tls bool) {
	t.Helper()
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval';", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("%d: Content-Security-Policy lacks %q: %q", res.StatusCode, want, csp)
		}
	}
	for _, banned := range []string{"'unsafe-inline'", "'unsafe-eval'", "*"} {
		if strings.Contains(csp, banned) {
			t.Errorf("%d: Content-Security-Policy allows %s: %q", res.StatusCode, banned, csp)
		}
	}
	want := map[string]string{
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "strict-origin-when-cross-origin",
		"Cross-Origin-Opener-Policy": "same-origin",
	}
	for h, v := range want {
		if got := res.Header.Get(h); got != v {
			t.Errorf("%d: %s %q, want %q", res.StatusCode, h, got, v)
		}
	}
	if pp := res.Header.Get("Permissions-Policy"); !strings.Contains(pp, "camera=()") || !strings.Contains(pp, "geolocation=()") {
		t.Errorf("%d: Permissions-Policy %q", res.StatusCode, pp)
	}
	hsts := res.Header.Get("Strict-Transport-Security")
	if tls && !strings.HasPrefix(hsts, "max-age=63072000") {
		t.Errorf("%d over TLS: Strict-Transport-Security %q", res.StatusCode, hsts)
	}
	if !tls && hsts != "" {
		t.Errorf("%d over plain HTTP: Strict-Transport-Security %q", res.StatusCode, hsts)
	}
}

func TestNothingIsReadFromDiskAfterStartUp(t *testing.T) {
	dir := t.TempDir()
	s := newTestSiteIn(t, dir)
	if err := os.WriteFile(filepath.Join(dir, "added-later.txt"), []byte("late"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "style.css")); err != nil {
		t.Fatal(err)
	}
	if res := do(t, s, "GET", "/web/style.css"); res.StatusCode != 200 {
		t.Errorf("/web/style.css after its file was removed: %d, want 200 from memory", res.StatusCode)
	}
	if res := do(t, s, "GET", "/web/added-later.txt"); res.StatusCode != 404 {
		t.Errorf("/web/added-later.txt, written after start-up: %d, want 404", res.StatusCode)
	}
}

func TestConcurrentRendering(t *testing.T) {
	s := testSite(t)
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			for _, target := range []string{"/?q=gateway", "/abc", "/298", "/?q=" + itoa(i), "/robots.txt"} {
				if res := do(t, s, "GET", target, "Accept-Encoding", "br"); res.StatusCode >= 500 {
					t.Errorf("%s: %d", target, res.StatusCode)
				}
			}
		})
	}
	wg.Wait()
}

func TestUnusualRequestTargets(t *testing.T) {
	s := testSite(t)
	// Targets a client can send that are not plain paths; each gets an
	// answer below 500.
	for _, target := range []string{"*", "http://example.com/502", "http://example.com", "/?q=%zz", "/?%", "/;a=b", "/502;x", "/%00", "/?q=%00"} {
		t.Run(target, func(t *testing.T) {
			req := httptest.NewRequest("GET", "/", nil)
			u, err := url.ParseRequestURI(target)
			if err != nil {
				t.Fatalf("the test's own target does not parse: %v", err)
			}
			req.URL, req.RequestURI = u, target
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code >= 500 {
				t.Errorf("status %d", rec.Code)
			}
		})
	}
}

func BenchmarkServe(b *testing.B) {
	s := testSite(b)
	for _, bb := range []struct{ name, target, ae string }{
		{"502-br", "/502", "gzip, deflate, br, zstd"},
		{"502-gzip", "/502", "gzip"},
		{"502-304", "/502", "br"},
		{"app.wasm-br", "/web/app.wasm", "gzip, br"},
		{"search", "/?q=gateway", "br"},
		{"404", "/no-such-page", "br"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			req := httptest.NewRequest("GET", bb.target, nil)
			req.Header.Set("Accept-Encoding", bb.ae)
			if bb.name == "502-304" {
				req.Header.Set("If-None-Match", do(b, s, "GET", bb.target, "Accept-Encoding", bb.ae).Header.Get("ETag"))
			}
			w := &discardWriter{h: http.Header{}}
			b.ReportAllocs()
			for b.Loop() {
				clear(w.h)
				s.ServeHTTP(w, req)
			}
		})
	}
}

// discardWriter is a ResponseWriter that keeps nothing, to measure the
// handler alone.
type discardWriter struct{ h http.Header }

func (w *discardWriter) Header() http.Header         { return w.h }
func (w *discardWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *discardWriter) WriteHeader(int)             {}

func TestCanonicalHTML(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"quote that would end the value",
			`<meta content="matching \"><img src=x onerror=alert(1)>." name="description">`,
			`<meta content="matching &#34;&gt;&lt;img src=x onerror=alert(1)&gt;." name="description">`},
		{"backslash", `<input value="C:\\dir\\x">`, `<input value="C:\dir\x">`},
		{"ampersand and markup", `<a title="a & <b>">x</a>`, `<a title="a &amp; &lt;b&gt;">x</a>`},
		{"non-ASCII and Go escapes", `<i title="caf\u00e9 \x01 “q”">`, "<i title=\"café \x01 “q”\">"},
		{"attributes sorted", `<input value="v" type="search" aria-expanded id="q">`, `<input aria-expanded id="q" type="search" value="v">`},
		{"text, end tags and doctype kept", "<!doctype html>\n<p>a &lt; b &#34;c&#34;</p>\n", "<!doctype html><p>a &lt; b &#34;c&#34;</p>"},
		{"a lone < in text", "a < b", "a < b"},
		{"a lone < at the end", "a <", "a <"},
		{"tag without attributes", "<main>\n  <p>x</p>\n</main>", "<main><p>x</p></main>"},
		{"no spaces around inline code", "<p>\n  (\n  <code>x</code>\n  , y\n</p>", "<p>(<code>x</code>, y</p>"},
		{"a text's own spaces stay", "<h2>\n  <span>5xx</span>\n   Server Error\n</h2>", "<h2><span>5xx</span> Server Error</h2>"},
		{"a lone space between elements stays", "<h1>\n  <span>4</span>\n   \n  <span>x</span>\n</h1>", "<h1><span>4</span> <span>x</span></h1>"},
		{"pre keeps its text to the byte",
			"<div>\n  <pre>\n    <code>{\n  \"a\": 1\n}</code>\n  </pre>\n</div>",
			"<div><pre><code>{\n  \"a\": 1\n}</code></pre></div>"},
		{"void elements open nothing", "<head>\n  <meta charset=\"x\">\n  <title>t</title>\n</head>", `<head><meta charset="x"><title>t</title></head>`},
		{"self-closing", `<br id="x"/>`, `<br id="x"/>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := canonicalHTML([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestCanonicalHTMLRefusesWhatGoAppDoesNotWrite(t *testing.T) {
	for _, in := range []string{`<a href="/x`, `<a href=/x>`, `<a href='/x'>`, `<a href="\q">`, "<a href=\"x\ny\">", `<a id="x"`} {
		if got, err := canonicalHTML([]byte(in)); err == nil {
			t.Errorf("canonicalHTML(%q) = %q, want an error", in, got)
		}
	}
}

func TestCanonicalHTMLAcceptsEveryPreparedPage(t *testing.T) {
	s := testSite(t)
	for p, a := range s.assets {
		if !strings.HasPrefix(a.contentType[0], "text/html") {
			continue
		}
		got, err := canonicalHTML(a.body)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if bytes.Count(got, []byte("</")) != bytes.Count(a.body, []byte("</")) {
			t.Errorf("%s: the end tags changed", p)
		}
	}
}

func TestRenderedPagesAreTheSameEachTime(t *testing.T) {
	s := testSite(t)
	for _, target := range []string{"/abc", "/?q=gateway", "/298", "/robots.txt"} {
		first := do(t, s, "GET", target, "Accept-Encoding", "br")
		for range 5 {
			if again := do(t, s, "GET", target, "Accept-Encoding", "br"); again.Header.Get("ETag") != first.Header.Get("ETag") {
				t.Errorf("%s: ETag %s, then %s", target, first.Header.Get("ETag"), again.Header.Get("ETag"))
				break
			}
		}
	}
}

// go-app writes attributes in map order; every render must still give the
// same bytes, so ETags hold across restarts and the export matches the server.
func TestEveryRenderOfAPageGivesTheSameBytes(t *testing.T) {
	s := testSite(t)
	for _, p := range []string{"/", "/502", "/5xx", "/451"} {
		first, _, err := s.render(p)
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			again, _, err := s.render(p)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, first) {
				t.Errorf("%s: two renders differ", p)
				break
			}
		}
	}
}

func TestSearchBoxKeepsTheQueryAsTyped(t *testing.T) {
	s := testSite(t)
	tests := []struct{ target, want string }{
		{"/?q=C%3A%5Cdir%5Cnew", `value="C:\dir\new"`},
		{"/?q=%22bad+gateway%22", `value="&#34;bad gateway&#34;"`},
		{"/?q=a+%26+b", `value="a &amp; b"`},
		{"/?q=caf%C3%A9", `value="café"`},
		{"/nowhere?q=%3Cb%3E", `value="&lt;b&gt;"`},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			res := do(t, s, "GET", tt.target, "Accept-Encoding", "br")
			if res.StatusCode >= 500 {
				t.Fatalf("status %d", res.StatusCode)
			}
			if page := body(t, res); !strings.Contains(page, tt.want) {
				t.Errorf("the page lacks %s", tt.want)
			}
		})
	}
}

// BenchmarkNewSearches measures what a search costs when its page is not
// kept yet: every iteration asks for a query never asked before, as a
// flood of distinct searches would.
func BenchmarkNewSearches(b *testing.B) {
	s := testSite(b)
	w := &discardWriter{h: http.Header{}}
	words := []string{"gateway", "timeout", "not found", "rate limit", "cloudflare", "teapot"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		req := httptest.NewRequest("GET", fmt.Sprintf("/?q=%s+%d", url.QueryEscape(words[i%len(words)]), i), nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
		clear(w.h)
		s.ServeHTTP(w, req)
	}
}

// The pages rendered per request are kept, but never more than the cache
// holds: a flood of distinct searches leaves memory bounded.
func TestDistinctSearchesKeepTheCacheBounded(t *testing.T) {
	c := newPageCache(1000)
	a := newRenderedAsset([]byte("page"), htmlType, http.StatusOK, noStore)
	for i := range 100000 {
		c.add(fmt.Sprintf("/?q=%d", i), a)
	}
	if n := c.len(); n != 1000 {
		t.Errorf("%d pages kept after 100,000 distinct searches, want 1,000", n)
	}
	if c.get("/?q=99999") == nil || c.get("/?q=98999") != nil {
		t.Error("the cache did not keep the most recent pages")
	}
	c.get("/?q=99000") // now the most recently used
	c.add("/?q=new", a)
	if c.get("/?q=99000") == nil {
		t.Error("a page just read was dropped before older ones")
	}
}

// When every renderer is busy for longer than the server waits, a new
// search gets 503 with Retry-After, and the prepared pages still answer.
func TestSearchesBeyondTheRenderCapGet503WithRetryAfter(t *testing.T) {
	s := newTestSiteIn(t, t.TempDir())
	stuck := make(chan struct{})
	defer close(stuck)
	s.rendering = newRenderQueue(1, 8, 10*time.Millisecond)
	go s.rendering.render(context.Background(), func() (*asset, error) {
		<-stuck
		return nil, errors.New("never rendered")
	})
	waitFor(t, func() bool { return s.rendering.rendered.Load() == 1 })
	res := do(t, s, "GET", "/?q=never+asked+before")
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q; want 503 with Retry-After", res.StatusCode, res.Header.Get("Retry-After"))
	}
	if res := do(t, s, "GET", "/502"); res.StatusCode != http.StatusOK {
		t.Errorf("/502 answers %d while the renderers are busy", res.StatusCode)
	}
}

// A client that leaves while its search waits for a renderer is no error
// of the server's: it gets 503 if it is still there, and nothing is logged.
func TestASearchWhoseClientLeftIsNotLoggedAsAnError(t *testing.T) {
	s := newTestSiteIn(t, t.TempDir())
	var log bytes.Buffer
	s.log = slog.New(slog.NewTextHandler(&log, nil))
	stuck := make(chan struct{})
	defer close(stuck)
	s.rendering = newRenderQueue(1, 8, time.Minute)
	go s.rendering.render(context.Background(), func() (*asset, error) {
		<-stuck
		return nil, errors.New("never rendered")
	})
	waitFor(t, func() bool { return s.rendering.rendered.Load() == 1 })
	ctx, cancel := context.WithCancel(context.Background())
	req := httptest.NewRequestWithContext(ctx, "GET", "/?q=left+early", nil)
	rec := httptest.NewRecorder()
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", rec.Code)
	}
	if log.Len() > 0 {
		t.Errorf("logged: %s", log.String())
	}
}

func TestOtherSpellingsOfAnAddressRedirectToItsCanonicalForm(t *testing.T) {
	s := testSite(t)
	tests := []struct{ target, want string }{
		{"/headers/Retry-After", "/headers/retry-after"},
		{"/headers/CF-RAY?x=1", "/headers/cf-ray?x=1"},
		{"/compare/403-vs-401", "/compare/401-vs-403"},
	}
	for _, tt := range tests {
		res := do(t, s, "GET", tt.target)
		if res.StatusCode != http.StatusPermanentRedirect || res.Header.Get("Location") != tt.want {
			t.Errorf("%s: %d to %q, want 308 to %q", tt.target, res.StatusCode, res.Header.Get("Location"), tt.want)
		}
	}
}

func TestHeaderChooserAndComparisonPagesArePreparedAndUnknownOnesAre404(t *testing.T) {
	s := testSite(t)
	tests := []struct {
		target string
		want   int
	}{
		{"/headers", 200}, {"/headers/retry-after", 200}, {"/choose", 200}, {"/choose/use-401", 200},
		{"/compare", 200}, {"/compare/401-vs-403", 200}, {"/299", 200},
		{"/headers/nope", 404}, {"/choose/nope", 404}, {"/compare/401-vs-404", 404},
	}
	for _, tt := range tests {
		if res := do(t, s, "GET", tt.target); res.StatusCode != tt.want {
			t.Errorf("%s: %d, want %d", tt.target, res.StatusCode, tt.want)
		}
		if _, prepared := s.assets[tt.target]; prepared != (tt.want == 200) {
			t.Errorf("%s: prepared = %v", tt.target, prepared)
		}
	}
}
