//go:build !wasm

package app

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/valyala/fasthttp"
)

// The two servers carry the same site: what fasthttp sends over the wire
// must be what the net/http adapter writes, header for header and byte for
// byte, but for the Date that only a real server adds.
func TestPlainAndTLSServersSendTheSameResponses(t *testing.T) {
	s := testSite(t)
	etag := do(t, s, "GET", "/502", "Accept-Encoding", "gzip").Header.Get("Etag")
	type exchange struct {
		method, target string
		header         []string // name, value, name, value...
	}
	tests := []exchange{
		{"OPTIONS", "*", nil},
		{"GET", "http://example.com/502", []string{"Accept-Encoding", "br"}},
		{"GET", "/502", []string{"Accept-Encoding", "gzip;q=0.5", "Accept-Encoding", "br;q=0.1"}},
		{"GET", "/502", []string{"Accept-Encoding", "gzip", "If-None-Match", `"nope", ` + etag}},
		{"GET", "/502", []string{"If-None-Match", "W/" + etag}},
		{"HEAD", "/web/app.wasm", []string{"Accept-Encoding", "br"}},
		{"GET", "/?q=%3Cscript%3E", []string{"Accept-Encoding", "br"}},
		{"DELETE", "/502/", nil},
		{"GET", "//evil.example/", nil},
	}
	for _, tt := range responsesOfEveryKind {
		tests = append(tests, exchange{tt.method, tt.target, []string{"Accept-Encoding", tt.ae, "If-None-Match", tt.ifNoneMatch}})
	}

	addr := startServer(t, s, "", "")
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	r := bufio.NewReader(conn)
	for _, tt := range tests {
		t.Run(tt.method+" "+truncate(tt.target), func(t *testing.T) {
			want := do(t, s, tt.method, tt.target, tt.header...)
			wantBody, _ := io.ReadAll(want.Body)

			var req strings.Builder
			fmt.Fprintf(&req, "%s %s HTTP/1.1\r\nHost: test\r\n", tt.method, tt.target)
			for i := 0; i < len(tt.header); i += 2 {
				if tt.header[i+1] != "" {
					fmt.Fprintf(&req, "%s: %s\r\n", tt.header[i], tt.header[i+1])
				}
			}
			io.WriteString(conn, req.String()+"\r\n")
			got, err := http.ReadResponse(r, &http.Request{Method: tt.method})
			if err != nil {
				t.Fatal(err)
			}
			gotBody, err := io.ReadAll(got.Body)
			if err != nil {
				t.Fatal(err)
			}

			if got.StatusCode != want.StatusCode {
				t.Errorf("status %d, want %d", got.StatusCode, want.StatusCode)
			}
			if got.Header.Get("Date") == "" {
				t.Error("no Date")
			}
			got.Header.Del("Date")
			for _, name := range unionOfKeys(got.Header, want.Header) {
				if g, w := got.Header[name], want.Header[name]; !slices.Equal(g, w) {
					t.Errorf("%s: %q, want %q", name, g, w)
				}
			}
			if string(gotBody) != string(wantBody) {
				t.Errorf("body: %d bytes, want %d", len(gotBody), len(wantBody))
			}
		})
	}
}

func unionOfKeys(a, b http.Header) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

func BenchmarkServeFast(b *testing.B) {
	s := testSite(b)
	for _, bb := range []struct{ name, target, ae string }{
		{"502-br", "/502", "gzip, deflate, br, zstd"},
		{"app.wasm-br", "/web/app.wasm", "gzip, br"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			var req fasthttp.Request
			req.SetRequestURI(bb.target)
			req.Header.Set("Accept-Encoding", bb.ae)
			var ctx fasthttp.RequestCtx
			b.ReportAllocs()
			for b.Loop() {
				ctx.Init(&req, nil, nil)
				ctx.Response.Reset()
				s.serveFast(&ctx)
			}
		})
	}
}
