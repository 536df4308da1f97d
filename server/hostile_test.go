package server

import (
	"bufio"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// sendRaw writes raw to a new connection and reads one response to req
// (nil for a GET); it fails the test if none comes in time.
func sendRaw(t *testing.T, addr string, req *http.Request, raw string) (*http.Response, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	io.WriteString(conn, raw)
	res, err := http.ReadResponse(bufio.NewReader(conn), req)
	if err != nil {
		t.Fatalf("no answer to %.80q: %v", raw, err)
	}
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("%.80q: reading the body: %v", raw, err)
	}
	return res, string(b)
}

// The inputs of a hostile-input probe of the server, as raw bytes on the
// wire: each gets a clear answer, never a crash, and the server goes on
// serving. Answers the site writes itself carry its security headers;
// net/http answers a request it cannot parse before any handler runs.
func TestHostileRequestsGetAClearAnswerAndTheServerKeepsServing(t *testing.T) {
	addr := startServer(t, testSite(t), "", "")
	tests := []struct {
		name       string
		raw        string
		wantStatus int
		ours       bool // the site answered, with its headers
		wantClose  bool
	}{
		{"plain GET", "GET /502 HTTP/1.1\r\nHost: t\r\n\r\n", 200, true, false},
		{"HTTP/1.0", "GET /502 HTTP/1.0\r\n\r\n", 200, true, true},
		{"absolute-form target", "GET http://other.example/502 HTTP/1.1\r\nHost: t\r\n\r\n", 200, true, false},
		{"OPTIONS *", "OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n", 204, true, false},
		{"OPTIONS on a page", "OPTIONS /502 HTTP/1.1\r\nHost: t\r\n\r\n", 204, true, false},
		{"unknown method", "BREW /418 HTTP/1.1\r\nHost: t\r\n\r\n", 405, true, false},
		{"POST with a body", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello", 405, true, true},
		{"POST chunked", "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n", 405, true, true},
		{"GET with a body", "GET /502 HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabc", 200, true, true},
		{"Content-Length and Transfer-Encoding", "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 405, true, true},
		{"body past the limit", "PUT / HTTP/1.1\r\nHost: t\r\nContent-Length: 10000000\r\n\r\n", 413, true, true},
		{"no Host", "GET /502 HTTP/1.1\r\n\r\n", 400, false, true},
		{"two Hosts", "GET /502 HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400, false, true},
		{"header line without a colon", "GET / HTTP/1.1\r\nHost: t\r\nBad Header Line\r\n\r\n", 400, false, true},
		{"NUL in the target", "GET /\x00 HTTP/1.1\r\nHost: t\r\n\r\n", 400, false, true},
		{"HTTP/2.0 over HTTP/1", "GET / HTTP/2.0\r\nHost: t\r\n\r\n", 505, false, true},
		{"HTTP/0.9 named", "GET / HTTP/0.9\r\nHost: t\r\n\r\n", 505, false, true},
		{"CRLF in the path", "GET /%0d%0aSet-Cookie:%20x=1 HTTP/1.1\r\nHost: t\r\n\r\n", 404, true, false},
		{"markup in the query", "GET /?q=%3Cscript%3Ealert(1)%3C/script%3E HTTP/1.1\r\nHost: t\r\n\r\n", 200, true, false},
		{"traversal", "GET /../../etc/passwd HTTP/1.1\r\nHost: t\r\n\r\n", 404, true, false},
		{"long header", "GET / HTTP/1.1\r\nHost: t\r\nCookie: " + strings.Repeat("c", 100<<10) + "\r\n\r\n", 431, true, false},
		{"huge header", "GET / HTTP/1.1\r\nHost: t\r\nCookie: " + strings.Repeat("c", 300<<10) + "\r\n\r\n", 431, false, true},
		{"long target", "GET /?q=" + strings.Repeat("a", 20<<10) + " HTTP/1.1\r\nHost: t\r\n\r\n", 414, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := sendRaw(t, addr, nil, tt.raw)
			if res.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d", res.StatusCode, tt.wantStatus)
			}
			if ours := res.Header.Get("Content-Security-Policy") != ""; ours != tt.ours {
				t.Errorf("security headers present = %v, want %v", ours, tt.ours)
			}
			if res.Close != tt.wantClose {
				t.Errorf("connection closed = %v, want %v", res.Close, tt.wantClose)
			}
			if res.Header.Get("Set-Cookie") != "" || strings.Contains(body, "<script>alert") {
				t.Errorf("the input leaked into the answer: %v %.200s", res.Header, body)
			}
			if res, body := rawRequest(t, addr, "GET", "/502"); res.StatusCode != 200 || !strings.Contains(body, "Bad Gateway") {
				t.Errorf("afterwards /502 answers %d", res.StatusCode)
			}
		})
	}
}
