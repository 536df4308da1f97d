package server

import (
	"bufio"
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"httpstatus/server/middleware"
)

// quietLogger drops what the servers log about the tests' bad requests.
var quietLogger = slog.New(slog.DiscardHandler)

// startServer serves s as Serve does, on a loopback port, until the test
// ends: over plain HTTP, or over HTTPS when given a certificate and key.
func startServer(t *testing.T, s http.Handler, certFile, keyFile string) (addr string) {
	t.Helper()
	return startRun(t, newHTTPServer(s, quietLogger), certFile, keyFile, nil)
}

// startRun runs srv on a loopback port until the test ends; wrap, if not
// nil, wraps the listener.
func startRun(t *testing.T, srv *http.Server, certFile, keyFile string, wrap func(net.Listener) net.Listener) (addr string) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr = ln.Addr().String()
	if wrap != nil {
		ln = wrap(ln)
	}
	signals := make(chan os.Signal, 2)
	done := make(chan error, 1)
	go func() { done <- run(srv, ln, certFile, keyFile, signals, 5*time.Second, quietLogger) }()
	t.Cleanup(func() {
		signals <- syscall.SIGTERM
		if err := <-done; err != nil {
			t.Errorf("run: %v", err)
		}
	})
	return addr
}

// runInBackground runs handler as Serve does on a loopback port and
// returns its address, the channel that stops it as a signal would, and
// the channel run's result arrives on.
func runInBackground(t *testing.T, handler http.Handler, grace time.Duration) (string, chan<- os.Signal, <-chan error) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	signals := make(chan os.Signal, 2)
	done := make(chan error, 1)
	go func() { done <- run(newHTTPServer(handler, quietLogger), ln, "", "", signals, grace, quietLogger) }()
	return ln.Addr().String(), signals, done
}

// rawRequest sends a request line as it is, with no client cleaning the
// path, and reads the answer; it fails the test if none comes in time.
func rawRequest(t *testing.T, addr, method, target string) (*http.Response, string) {
	t.Helper()
	return sendRaw(t, addr, &http.Request{Method: method},
		fmt.Sprintf("%s %s HTTP/1.1\r\nHost: test\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n", method, target))
}

func TestPathTraversalNeverLeavesWeb(t *testing.T) {
	root := t.TempDir()
	web := filepath.Join(root, "web")
	if err := os.Mkdir(web, 0o755); err != nil {
		t.Fatal(err)
	}
	const secret = "TOP-SECRET-beside-web"
	if err := os.WriteFile(filepath.Join(root, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := startServer(t, newTestSiteIn(t, web), "", "")
	targets := []string{
		"/web/../secret.txt",
		"/web/../../etc/passwd",
		"/web/../../../../../../etc/passwd",
		"/../secret.txt",
		"/../../etc/passwd",
		"/web/%2e%2e/secret.txt",
		"/web/%2E%2E/%2E%2E/etc/passwd",
		"/web/%2e%2e%2fsecret.txt",
		"/web/..%2fsecret.txt",
		"/web/..%2F..%2Fetc%2Fpasswd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/web/%252e%252e/secret.txt",
		`/web/..\secret.txt`,
		`/web/..\..\etc\passwd`,
		"/web/..%5csecret.txt",
		"/web/%5c..%5csecret.txt",
		"/web//../secret.txt",
		"/web/./../secret.txt",
		"/web/....//secret.txt",
		"/web/..;/secret.txt",
		"/web/%c0%ae%c0%ae/secret.txt",
		"/web/app.wasm/../../secret.txt",
		"/web/../web/../secret.txt",
		"/web/..%00/secret.txt",
		"//etc/passwd",
		"/etc/passwd",
		"/secret.txt",
		"/web/secret.txt",
		"/web/../secret.txt/",
	}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			for _, method := range []string{"GET", "HEAD"} {
				res, body := rawRequest(t, addr, method, target)
				switch res.StatusCode {
				case http.StatusNotFound, http.StatusBadRequest, http.StatusPermanentRedirect:
				default:
					t.Errorf("%s: status %d, want 404 (or 400 or 308)", method, res.StatusCode)
				}
				if strings.Contains(body, secret) || strings.Contains(body, "root:x:0:0") {
					t.Errorf("%s: the body holds a file from outside web/", method)
				}
				if loc := res.Header.Get("Location"); loc != "" {
					assertSameSite(t, loc)
					if strings.Contains(loc, "..") && !strings.HasPrefix(loc, "/web/") {
						t.Errorf("%s: redirect to %q", method, loc)
					}
				}
			}
		})
	}
	// The files of web/ are there all along.
	if res, body := rawRequest(t, addr, "GET", "/web/style.css"); res.StatusCode != 200 || !strings.Contains(body, "margin") {
		t.Errorf("/web/style.css: %d", res.StatusCode)
	}
}

func TestLongURLsGet414AndTheServerKeepsServing(t *testing.T) {
	addr := startServer(t, testSite(t), "", "")
	long := strings.Repeat("a", 20<<10)
	tests := []struct {
		target string
		want   int
	}{
		{"/" + long, http.StatusRequestURITooLong},
		{"/?q=" + long, http.StatusRequestURITooLong},
		{"/502?x=" + long, http.StatusRequestURITooLong},
		{"/web/" + long, http.StatusRequestURITooLong},
		{"/" + long + "/", http.StatusRequestURITooLong},
		// Past the header limit: 431, from the site with its headers.
		{"/?q=" + strings.Repeat("a", 100<<10), http.StatusRequestHeaderFieldsTooLarge},
		// Far past it net/http answers itself.
		{"/?q=" + strings.Repeat("a", 300<<10), http.StatusRequestHeaderFieldsTooLarge},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(len(tt.target)), func(t *testing.T) {
			res, _ := rawRequest(t, addr, "GET", tt.target)
			if res.StatusCode != tt.want {
				t.Errorf("a %d-byte URL: status %d, want %d", len(tt.target), res.StatusCode, tt.want)
			}
			if res, body := rawRequest(t, addr, "GET", "/502"); res.StatusCode != 200 || !strings.Contains(body, "Bad Gateway") {
				t.Errorf("after a %d-byte URL, /502 answers %d", len(tt.target), res.StatusCode)
			}
		})
	}
	// Through a client too, with its keep-alive connection.
	client := &http.Client{Timeout: 10 * time.Second}
	for range 3 {
		res, err := client.Get("http://" + addr + "/" + long)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusRequestURITooLong {
			t.Errorf("status %d, want 414", res.StatusCode)
		}
		if res, err = client.Get("http://" + addr + "/502"); err != nil || res.StatusCode != 200 {
			t.Fatalf("/502 after a long URL: %v %v", res, err)
		}
		res.Body.Close()
	}
}

func TestHSTSOnlyOverTLS(t *testing.T) {
	s := testSite(t)
	certFile, keyFile, pool := writeSelfSignedCert(t)
	for _, tls := range []bool{false, true} {
		base := "http://" + startServer(t, s, "", "")
		if tls {
			base = "https://" + startServer(t, s, certFile, keyFile)
		}
		client := clientTrusting(pool)
		client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
		for _, tt := range responsesOfEveryKind {
			t.Run(fmt.Sprintf("tls=%v %s %.40s", tls, tt.method, tt.target), func(t *testing.T) {
				req, err := http.NewRequest(tt.method, base+tt.target, nil)
				if err != nil {
					t.Fatal(err)
				}
				req.Header.Set("Accept-Encoding", tt.ae)
				if tt.ifNoneMatch != "" {
					req.Header.Set("If-None-Match", tt.ifNoneMatch)
				}
				res, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				res.Body.Close()
				assertSecurityHeaders(t, res, tls)
			})
		}
	}
}

func clientTrusting(pool *x509.CertPool) *http.Client {
	return &http.Client{
		Timeout:   10 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}, ForceAttemptHTTP2: true},
	}
}

// writeSelfSignedCert writes a certificate for 127.0.0.1 and its key, and
// returns a pool that trusts it.
func writeSelfSignedCert(t *testing.T) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		IPAddresses:  []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

func TestRunServesHTTPSAndHTTP2WithHSTS(t *testing.T) {
	certFile, keyFile, pool := writeSelfSignedCert(t)
	addr := startServer(t, testSite(t), certFile, keyFile)
	client := clientTrusting(pool)
	targets := []*url.URL{
		{Path: "/502"},
		{Path: "/abc"},
		{Path: "/", RawQuery: "q=gateway"},
		// HTTP/2 lets a query hold a space, which an HTTP/1 request line
		// cannot; the page renderer must cope.
		{Path: "/", RawQuery: "q=bad gateway"},
		{Path: "/nowhere", RawQuery: "q=a b"},
	}
	for _, u := range targets {
		t.Run(u.String(), func(t *testing.T) {
			u.Scheme, u.Host = "https", addr
			res, err := client.Get(u.String())
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.ProtoMajor != 2 {
				t.Errorf("protocol %s, want HTTP/2", res.Proto)
			}
			if res.StatusCode >= 500 {
				t.Errorf("status %d: %s", res.StatusCode, b)
			}
			assertSecurityHeaders(t, res, true)
		})
	}
}

func TestGracefulShutdownDrainsInFlightRequest(t *testing.T) {
	entered, release := make(chan struct{}), make(chan struct{})
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			close(entered)
			<-release
		}
		io.WriteString(w, "finished")
	})
	addr, signals, runDone := runInBackground(t, handler, 10*time.Second)

	type result struct {
		status int
		body   string
		err    error
	}
	inFlight := make(chan result, 1)
	go func() {
		res, err := http.Get("http://" + addr + "/slow")
		if err != nil {
			inFlight <- result{err: err}
			return
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		inFlight <- result{res.StatusCode, string(b), err}
	}()
	select {
	case <-entered:
	case <-time.After(10 * time.Second):
		t.Fatal("the request never reached the handler")
	}

	signals <- syscall.SIGTERM

	// New connections are refused once the listener is closed.
	deadline := time.Now().Add(5 * time.Second)
	for {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			if !errors.Is(err, syscall.ECONNREFUSED) && !errors.Is(err, syscall.ECONNRESET) {
				t.Logf("dial after shutdown: %v", err)
			}
			break
		}
		conn.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections 5 s after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-runDone:
		t.Fatalf("run returned (%v) with a request still in flight", err)
	case <-time.After(100 * time.Millisecond):
	}

	close(release)
	select {
	case r := <-inFlight:
		if r.err != nil || r.status != http.StatusOK || r.body != "finished" {
			t.Errorf("the in-flight request: %d %q %v, want 200 \"finished\"", r.status, r.body, r.err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the in-flight request never finished")
	}
	select {
	case err := <-runDone:
		if err != nil {
			t.Errorf("run: %v, want nil after a clean shutdown", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not return after the last request finished")
	}
	if _, err := http.Get("http://" + addr + "/"); err == nil {
		t.Error("a request after shutdown was answered")
	}
}

// stuckHandler never answers until the test ends.
func stuckHandler(t *testing.T) (http.Handler, <-chan struct{}) {
	entered, release := make(chan struct{}), make(chan struct{})
	t.Cleanup(func() { close(release) })
	var once sync.Once
	return http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		once.Do(func() { close(entered) })
		<-release
	}), entered
}

// getInBackground sends a GET whose error arrives on the channel.
func getInBackground(url string) <-chan error {
	clientErr := make(chan error, 1)
	go func() {
		res, err := http.Get(url)
		if err == nil {
			_, err = io.ReadAll(res.Body)
			res.Body.Close()
		}
		clientErr <- err
	}()
	return clientErr
}

func TestShutdownCutsOffRequestsThatOutlastTheGraceAndReturnsNil(t *testing.T) {
	handler, entered := stuckHandler(t)
	addr, signals, runDone := runInBackground(t, handler, 200*time.Millisecond)
	clientErr := getInBackground("http://" + addr + "/stuck")
	<-entered
	start := time.Now()
	signals <- syscall.SIGTERM
	select {
	case err := <-runDone:
		if err != nil {
			t.Errorf("run: %v, want nil: the grace running out is a stop, not a failure", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("run took %v to give up", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run waits for ever on a stuck request")
	}
	if err := <-clientErr; err == nil {
		t.Error("the stuck request got an answer; want its connection closed")
	}
}

func TestASecondSignalStopsAtOnce(t *testing.T) {
	handler, entered := stuckHandler(t)
	addr, signals, runDone := runInBackground(t, handler, time.Hour)
	clientErr := getInBackground("http://" + addr + "/stuck")
	<-entered
	signals <- syscall.SIGTERM
	select {
	case err := <-runDone:
		t.Fatalf("run returned (%v) within the grace after one signal", err)
	case <-time.After(200 * time.Millisecond):
	}
	signals <- syscall.SIGINT
	select {
	case err := <-runDone:
		if !errors.Is(err, errSecondSignal) {
			t.Errorf("run: %v, want errSecondSignal", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a second signal did not stop the server")
	}
	if err := <-clientErr; err == nil {
		t.Error("the stuck request got an answer; want its connection closed")
	}
}

func TestServeRefusesHalfATLSConfiguration(t *testing.T) {
	for _, args := range [][]string{{"-tls-cert", "cert.pem"}, {"-tls-key", "key.pem"}} {
		if err := Serve(append(args, "-web", t.TempDir())); err == nil || !strings.Contains(err.Error(), "-tls-key") {
			t.Errorf("Serve(%q): %v, want the flags named", args, err)
		}
	}
}

func TestAccessLogRecordsEachRequestThroughTheServer(t *testing.T) {
	s := testSite(t)
	var buf lockedBuffer // the server logs from its own goroutines
	addr := startServer(t, middleware.AccessLog(slog.New(slog.NewTextHandler(&buf, nil)))(s), "", "")
	res, _ := rawRequest(t, addr, "GET", "/no-such-page")
	line := buf.String()
	for _, want := range []string{"msg=request", "method=GET", "path=/no-such-page", "status=404", "bytes=" + res.Header.Get("Content-Length")} {
		if !strings.Contains(line, want) {
			t.Errorf("the log line lacks %q: %s", want, line)
		}
	}
	buf.Reset()
	rawRequest(t, addr, "GET", "/"+strings.Repeat("x", 5000))
	if line := buf.String(); len(line) > 1000 {
		t.Errorf("a long path makes a %d-byte log line", len(line))
	}
}

// lockedBuffer is a bytes.Buffer safe for one writer and one reader.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *lockedBuffer) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.Reset()
}

// countingListener counts the writes to the connections it accepts.
type countingListener struct {
	net.Listener
	writes *atomic.Int64
}

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return countingConn{c, l.writes}, nil
}

type countingConn struct {
	net.Conn
	writes *atomic.Int64
}

func (c countingConn) Write(p []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(p)
}

func (c countingConn) CloseWrite() error { return c.Conn.(*net.TCPConn).CloseWrite() }

// startCountingServer serves the test site through run, counting the
// the writes of the plain server.
func startCountingServer(t *testing.T) (addr string, writes *atomic.Int64) {
	t.Helper()
	s := testSite(t)
	writes = new(atomic.Int64)
	wrap := func(ln net.Listener) net.Listener { return countingListener{ln, writes} }
	return startRun(t, newHTTPServer(s, quietLogger), "", "", wrap), writes
}

func TestEachResponseLeavesInOneWrite(t *testing.T) {
	addr, writes := startCountingServer(t)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	r := bufio.NewReader(conn)
	tests := []struct{ method, target, ae string }{
		// Headers and body together are more than net/http's 4 kB
		// write buffer.
		{"GET", "/502", "br"},
		{"GET", "/502", "gzip"},
		{"GET", "/web/style.css", ""},
		{"HEAD", "/502", "br"},
		{"GET", "/abc", "br"},
		{"GET", "/healthz", ""},
		{"GET", "/502/", ""},
	}
	for _, tt := range tests {
		before := writes.Load()
		fmt.Fprintf(conn, "%s %s HTTP/1.1\r\nHost: test\r\nAccept-Encoding: %s\r\n\r\n", tt.method, tt.target, tt.ae)
		res, err := http.ReadResponse(r, &http.Request{Method: tt.method})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		if n := writes.Load() - before; n != 1 {
			t.Errorf("%s %s (%s, %d+ bytes): %d writes, want 1", tt.method, tt.target, tt.ae, len(b), n)
		}
	}
}

func TestPipelinedAndKeepAliveRequestsAllGetTheirResponse(t *testing.T) {
	addr, _ := startCountingServer(t)
	wasm := string(fakeWASM)
	t.Run("pipelined requests", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(10 * time.Second))
		var reqs strings.Builder
		targets := []string{"/502", "/web/app.wasm", "/healthz", "/abc", "/502"}
		for _, target := range targets {
			fmt.Fprintf(&reqs, "GET %s HTTP/1.1\r\nHost: test\r\n\r\n", target)
		}
		io.WriteString(conn, reqs.String()) // all at once, then wait
		r := bufio.NewReader(conn)
		for _, target := range targets {
			res, err := http.ReadResponse(r, nil)
			if err != nil {
				t.Fatalf("%s: %v", target, err)
			}
			b, err := io.ReadAll(res.Body)
			if err != nil || res.StatusCode >= 500 {
				t.Fatalf("%s: %d %v", target, res.StatusCode, err)
			}
			if target == "/web/app.wasm" && string(b) != wasm {
				t.Errorf("app.wasm: %d bytes, not the bundle", len(b))
			}
		}
	})
	t.Run("Connection: close", func(t *testing.T) {
		res, body := rawRequest(t, addr, "GET", "/web/app.wasm") // sends Connection: close
		if res.StatusCode != 200 || body != wasm {
			t.Errorf("%d, %d bytes", res.StatusCode, len(body))
		}
	})
	t.Run("keep-alive client", func(t *testing.T) {
		client := &http.Client{Timeout: 10 * time.Second}
		for range 20 {
			for _, target := range []string{"/502", "/web/app.wasm", "/?q=gateway"} {
				req, _ := http.NewRequest("GET", "http://"+addr+target, nil)
				res, err := client.Do(req)
				if err != nil {
					t.Fatal(err)
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				if res.StatusCode != 200 {
					t.Fatalf("%s: %d", target, res.StatusCode)
				}
			}
		}
	})
}

// A client that sends half a request, or keeps a connection open without
// using it, is disconnected once the read or idle timeout has passed, and
// the server goes on serving.
func TestSlowAndIdleClientsAreDisconnected(t *testing.T) {
	srv := newHTTPServer(testSite(t), quietLogger)
	srv.ReadHeaderTimeout = 200 * time.Millisecond
	srv.IdleTimeout = 300 * time.Millisecond
	addr := startRun(t, srv, "", "", nil)
	tests := []struct {
		name  string
		sends string
	}{
		{"headers never finished", "GET /502 HTTP/1.1\r\nHost: test\r\nAccept: */*\r\n"},
		{"request line never finished", "GET /5"},
		{"idle after a request", "GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n"},
		{"nothing sent", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			io.WriteString(conn, tt.sends)
			conn.SetReadDeadline(time.Now().Add(3 * time.Second))
			start := time.Now()
			_, err = io.Copy(io.Discard, conn) // until the server closes
			if err != nil {
				t.Fatalf("the server kept the connection open for %v: %v", time.Since(start).Round(time.Millisecond), err)
			}
			if res, body := rawRequest(t, addr, "GET", "/502"); res.StatusCode != 200 || !strings.Contains(body, "Bad Gateway") {
				t.Errorf("afterwards /502 answers %d", res.StatusCode)
			}
		})
	}
}

// The site takes no request bodies: a small one gets the 405 of its method,
// one over the limit a 413 as soon as its length is known.
func TestRequestBodiesGetAnAnswerAndTheServerKeepsServing(t *testing.T) {
	addr := startServer(t, testSite(t), "", "")
	tests := []struct {
		size int
		want int
	}{
		{10, http.StatusMethodNotAllowed},
		{1 << 20, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.size), func(t *testing.T) {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.SetDeadline(time.Now().Add(10 * time.Second))
			fmt.Fprintf(conn, "POST /502 HTTP/1.1\r\nHost: test\r\nContent-Length: %d\r\n\r\n%s", tt.size, strings.Repeat("x", min(tt.size, 1000)))
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				t.Fatalf("no answer: %v", err)
			}
			if res.StatusCode != tt.want {
				t.Errorf("a %d-byte body: status %d, want %d", tt.size, res.StatusCode, tt.want)
			}
			if res, body := rawRequest(t, addr, "GET", "/502"); res.StatusCode != 200 || !strings.Contains(body, "Bad Gateway") {
				t.Errorf("afterwards /502 answers %d", res.StatusCode)
			}
		})
	}
}
