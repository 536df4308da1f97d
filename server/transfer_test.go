package server

import (
	"bytes"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"httpstatus/server/middleware"
)

// app.wasm is served through http.ServeContent, over HTTP and HTTPS alike:
// a range gets 206 with just those bytes, a current ETag gets 304.
func TestAppWasmAnswersRangesAndConditionalRequestsOverHTTPAndHTTPS(t *testing.T) {
	s := testSite(t)
	certFile, keyFile, pool := writeSelfSignedCert(t)
	for _, base := range []string{"http://" + startServer(t, s, "", ""), "https://" + startServer(t, s, certFile, keyFile)} {
		client := clientTrusting(pool)
		get := func(header ...string) *http.Response {
			t.Helper()
			req, _ := http.NewRequest("GET", base+"/web/app.wasm", nil)
			req.Header.Set("Accept-Encoding", "identity")
			for i := 0; i+1 < len(header); i += 2 {
				req.Header.Set(header[i], header[i+1])
			}
			res, err := client.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			return res
		}
		res := get("Range", "bytes=0-99")
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusPartialContent || !bytes.Equal(b, fakeWASM[:100]) ||
			res.Header.Get("Content-Range") != "bytes 0-99/"+itoa(len(fakeWASM)) {
			t.Errorf("%s Range: %d, %d bytes, Content-Range %q", base, res.StatusCode, len(b), res.Header.Get("Content-Range"))
		}
		etag := res.Header.Get("Etag")
		res = get("If-None-Match", etag)
		res.Body.Close()
		if res.StatusCode != http.StatusNotModified {
			t.Errorf("%s If-None-Match %s: %d, want 304", base, etag, res.StatusCode)
		}
	}
}

// A client on a slow link that keeps reading gets the whole of a large
// response, however long it takes; a client that stops reading is cut off
// once it has stalled for the stall time.
func TestSlowDownloadsFinishAndStalledOnesAreCut(t *testing.T) {
	const stall = time.Second
	body := bytes.Repeat([]byte("wasm"), 2<<20) // 8 MB: more than the socket buffers hold
	handler := middleware.ExtendWriteDeadline(stall, 16<<10)(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", itoa(len(body)))
		w.Write(body)
	}))
	srv := newHTTPServer(handler, quietLogger)
	srv.WriteTimeout = stall
	addr := startRun(t, srv, "", "", nil)

	t.Run("slow but steady", func(t *testing.T) {
		conn := requestOnSmallWindow(t, addr)
		start := time.Now()
		total := 0
		buf := make([]byte, 256<<10)
		for {
			n, err := conn.Read(buf)
			total += n
			if err != nil {
				break
			}
			time.Sleep(stall / 50) // well within the stall time, far slower than loopback
		}
		if total < len(body) {
			t.Errorf("got %d of %d bytes in %v: a slow client was cut off", total, len(body), time.Since(start).Round(time.Millisecond))
		}
		if time.Since(start) < 2*stall {
			t.Errorf("the download took %v, not longer than the write timeout: the test proves nothing", time.Since(start))
		}
	})
	t.Run("stalled", func(t *testing.T) {
		conn := requestOnSmallWindow(t, addr)
		time.Sleep(4 * stall) // reads nothing
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		got, _ := io.Copy(io.Discard, conn)
		if got >= int64(len(body)) {
			t.Errorf("a stalled client still got all %d bytes", got)
		}
	})
}

// requestOnSmallWindow sends a GET on a new connection whose receive
// buffer is small, so that the server's writes wait on how fast the test
// reads; the connection closes when the test ends.
func requestOnSmallWindow(t *testing.T, addr string) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	conn.(*net.TCPConn).SetReadBuffer(32 << 10)
	io.WriteString(conn, "GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
	return conn
}

func TestNetHTTPsOwnMessagesAreRateLimitedPerKind(t *testing.T) {
	var log bytes.Buffer
	h := newRateLimitedHandler(slog.NewTextHandler(&log, nil), time.Minute)
	now := time.Unix(0, 0)
	h.now = func() time.Time { return now }
	logger := slog.New(h)
	for i := range 1000 {
		logger.Warn("http: TLS handshake error from 10.0.0." + itoa(i%250) + ":1234: EOF")
		logger.Warn("http: Accept error: too many open files; retrying in 5ms")
	}
	if n := strings.Count(log.String(), "\n"); n != 2 {
		t.Errorf("1,000 messages of two kinds wrote %d lines, want 2:\n%s", n, log.String())
	}
	now = now.Add(61 * time.Second)
	logger.Warn("http: TLS handshake error from 10.0.0.1:1234: EOF")
	if !strings.Contains(log.String(), "similar_dropped=999") {
		t.Errorf("the next line does not say how many were dropped:\n%s", log.String())
	}
}

func TestQuietDropsNetHTTPsOwnMessages(t *testing.T) {
	var log bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&log, nil))
	connectionLog(logger, true).Warn("http: TLS handshake error from 10.0.0.1:1234: EOF")
	if log.Len() != 0 {
		t.Errorf("-quiet logged %q", log.String())
	}
	connectionLog(logger, false).Warn("http: TLS handshake error from 10.0.0.1:1234: EOF")
	if log.Len() == 0 {
		t.Error("without -quiet nothing was logged")
	}
}
