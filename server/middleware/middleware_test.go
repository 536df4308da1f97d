package middleware

import (
	"bytes"
	"crypto/tls"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// ok answers 200 "ok" and records that it ran.
type ok struct{ ran bool }

func (h *ok) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.ran = true
	w.Write([]byte("ok"))
}

func serve(h http.Handler, r *http.Request) *http.Response {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, r)
	return rec.Result()
}

func TestChainRunsTheFirstMiddlewareOutermost(t *testing.T) {
	var order []string
	mark := func(name string) Middleware {
		return func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				order = append(order, name)
				next.ServeHTTP(w, r)
			})
		}
	}
	serve(Chain(&ok{}, mark("a"), mark("b"), mark("c")), httptest.NewRequest("GET", "/", nil))
	if got := strings.Join(order, ""); got != "abc" {
		t.Errorf("order = %q, want abc", got)
	}
}

func TestSecurityHeadersOnEveryResponseAndHSTSOnlyOverTLS(t *testing.T) {
	tests := []struct {
		name     string
		tls      bool
		wantHSTS bool
	}{
		{"plain HTTP", false, false},
		{"TLS", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", nil)
			if tt.tls {
				r.TLS = &tls.ConnectionState{}
			}
			res := serve(SecurityHeaders(&ok{}), r)
			for _, f := range securityHeaders {
				if res.Header.Get(f.name) == "" {
					t.Errorf("%s missing", f.name)
				}
			}
			if got := res.Header.Get("Strict-Transport-Security") != ""; got != tt.wantHSTS {
				t.Errorf("HSTS present = %v, want %v", got, tt.wantHSTS)
			}
		})
	}
}

func TestAllowReadOnlyAnswersOtherMethodsWith405AndAllow(t *testing.T) {
	tests := []struct {
		method     string
		target     string
		wantStatus int
		wantNext   bool
	}{
		{"GET", "/", 200, true},
		{"HEAD", "/", 200, true},
		{"OPTIONS", "/502", 204, false},
		{"OPTIONS", "*", 204, false},
		{"POST", "/", 405, false},
		{"PUT", "/502", 405, false},
		{"DELETE", "/502", 405, false},
		{"PATCH", "/", 405, false},
		{"PROPFIND", "/", 405, false},
		{"BREW", "/", 405, false},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			next := &ok{}
			r := httptest.NewRequest(tt.method, "/", nil)
			r.RequestURI = tt.target
			res := serve(AllowReadOnly(next), r)
			if res.StatusCode != tt.wantStatus || next.ran != tt.wantNext {
				t.Errorf("status %d, handler ran %v; want %d, %v", res.StatusCode, next.ran, tt.wantStatus, tt.wantNext)
			}
			if !tt.wantNext && res.Header.Get("Allow") != "GET, HEAD, OPTIONS" {
				t.Errorf("Allow = %q", res.Header.Get("Allow"))
			}
		})
	}
}

func TestLimitTargetAnswers414PastTheLimit(t *testing.T) {
	tests := []struct {
		length     int
		wantStatus int
	}{
		{10, 200},
		{100, 200},
		{101, 414},
		{20000, 414},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.RequestURI = "/?q=" + strings.Repeat("a", tt.length-4)
		if res := serve(LimitTarget(100)(&ok{}), r); res.StatusCode != tt.wantStatus {
			t.Errorf("target of %d bytes: status %d, want %d", tt.length, res.StatusCode, tt.wantStatus)
		}
	}
}

func TestLimitHeaderBytesAnswers431PastTheLimit(t *testing.T) {
	tests := []struct {
		cookie     int
		wantStatus int
	}{
		{100, 200},
		{900, 200},
		{1100, 431},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Cookie", strings.Repeat("c", tt.cookie))
		res := serve(LimitHeaderBytes(1024)(&ok{}), r)
		if res.StatusCode != tt.wantStatus {
			t.Errorf("cookie of %d bytes: status %d, want %d", tt.cookie, res.StatusCode, tt.wantStatus)
		}
	}
}

func TestRefuseBodiesClosesTheConnectionAndAnswers413PastTheLimit(t *testing.T) {
	tests := []struct {
		name       string
		length     int64
		chunked    bool
		wantStatus int
		wantClose  bool
	}{
		{"no body", 0, false, 200, false},
		{"small body", 10, false, 200, true},
		{"chunked body", -1, true, 200, true},
		{"body past the limit", 65 << 10, false, 413, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest("GET", "/", strings.NewReader("x"))
			r.ContentLength = tt.length
			if tt.chunked {
				r.TransferEncoding = []string{"chunked"}
			}
			res := serve(RefuseBodies(64<<10)(&ok{}), r)
			if res.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d", res.StatusCode, tt.wantStatus)
			}
			if got := res.Header.Get("Connection") == "close"; got != tt.wantClose {
				t.Errorf("Connection: close = %v, want %v", got, tt.wantClose)
			}
		})
	}
}

func TestRecoverAnswers500AndLogsThePanic(t *testing.T) {
	var log bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&log, nil))
	panics := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Etag", `"abc"`)
		w.Header().Set("Content-Encoding", "br")
		panic("boom")
	})
	res := serve(SecurityHeaders(Recover(logger)(panics)), httptest.NewRequest("GET", "/502", nil))
	if res.StatusCode != http.StatusInternalServerError {
		t.Errorf("status %d, want 500", res.StatusCode)
	}
	if res.Header.Get("Etag") != "" || res.Header.Get("Content-Encoding") != "" {
		t.Errorf("the 500 kept the interrupted response's headers: %v", res.Header)
	}
	if res.Header.Get("Content-Security-Policy") == "" {
		t.Error("the 500 lost the security headers")
	}
	if !strings.Contains(log.String(), "boom") || !strings.Contains(log.String(), "stack=") {
		t.Errorf("log = %q, want the panic and its stack", log.String())
	}
}

func TestRecoverAbortsAResponseThatHadStarted(t *testing.T) {
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	panics := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("half"))
		panic("boom")
	})
	defer func() {
		if v := recover(); v != http.ErrAbortHandler {
			t.Errorf("recovered %v, want http.ErrAbortHandler", v)
		}
	}()
	serve(Recover(logger)(panics), httptest.NewRequest("GET", "/", nil))
}

func TestAccessLogRecordsMethodPathStatusAndBytes(t *testing.T) {
	tests := []struct {
		handler http.Handler
		want    []string
	}{
		{&ok{}, []string{"method=GET", "path=/502", "status=200", "bytes=2"}},
		{http.NotFoundHandler(), []string{"status=404"}},
	}
	for _, tt := range tests {
		var log bytes.Buffer
		serve(AccessLog(slog.New(slog.NewTextHandler(&log, nil)))(tt.handler), httptest.NewRequest("GET", "/502", nil))
		for _, w := range tt.want {
			if !strings.Contains(log.String(), w) {
				t.Errorf("log %q lacks %q", log.String(), w)
			}
		}
	}
}
