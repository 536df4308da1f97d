//go:build !wasm

package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Serve runs the server, or the static export, as the command line asks.
func Serve(args []string) error {
	flags := flag.NewFlagSet("httpstatus", flag.ContinueOnError)
	addr := flags.String("addr", ":8000", "address to listen on")
	webDir := flags.String("web", "web", "directory holding app.wasm and the other static files")
	export := flags.String("export", "", "write the site as static files into this directory, then exit")
	quiet := flags.Bool("quiet", false, "log only warnings and errors: no access log")
	tlsCert := flags.String("tls-cert", "", "TLS certificate file (serves HTTPS with HSTS)")
	tlsKey := flags.String("tls-key", "", "TLS key file")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		return errors.New("-tls-cert and -tls-key go together")
	}

	start := time.Now()
	s, err := newSite(*webDir)
	if err != nil {
		return fmt.Errorf("preparing the site: %w", err)
	}
	if *export != "" {
		return exportStatic(s, *export)
	}

	// Quiet keeps warnings and errors, and drops the access log and its
	// cost per request.
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	var handler http.Handler = s
	if !*quiet {
		handler = accessLog(logger, s)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	server := newHTTPServer(*addr, handler)
	server.ErrorLog = slog.NewLogLogger(logger.Handler(), slog.LevelWarn)
	logger.Info("serving", "addr", ln.Addr().String(), "tls", *tlsCert != "", "pages", len(s.assets),
		"prepared_in", time.Since(start).Round(time.Millisecond))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = run(ctx, server, ln, *tlsCert, *tlsKey)
	logger.Info("stopped", "err", err)
	return err
}

func newHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second, // app.wasm over a slow phone link
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// shutdownGrace is how long in-flight requests may take to finish after
// SIGINT or SIGTERM. A variable for the tests.
var shutdownGrace = 15 * time.Second

// run serves on ln until ctx ends, then stops accepting connections, waits
// up to shutdownGrace for the requests under way, and closes what is left.
// It serves HTTPS (and HTTP/2) when given a certificate and key, plain
// HTTP/1.1 through a coalescingListener otherwise.
func run(ctx context.Context, server *http.Server, ln net.Listener, certFile, keyFile string) error {
	errs := make(chan error, 1)
	go func() {
		if certFile != "" {
			errs <- server.ServeTLS(ln, certFile, keyFile)
		} else {
			errs <- server.Serve(coalescingListener{ln})
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := server.Shutdown(shutdownCtx)
	if err != nil {
		server.Close() // the grace is over: cut the stragglers off
	}
	if serveErr := <-errs; !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return err
}

// coalescingListener hands out connections that hold what the server writes
// until it next reads from them, so that a response leaves in one write.
//
// net/http writes a response through a 4 kB buffer: a page whose headers
// and body come to between 4 and 8 kB (/502 with its security headers) goes
// out in two writes and two TCP segments, and the client wakes up twice.
// The server reads again (for the next request, or to see the client go)
// only once the response is complete, so holding the writes until then
// costs no latency and halves the system calls on both ends; nginx gets
// the same with TCP_CORK. Bigger responses (app.wasm) leave in one writev
// once they pass coalesceLimit.
//
// It suits this server, whose handler writes each response whole and never
// flushes one part to wait for something else: a streamed response would
// sit here until the client's next request. HTTP/2 reads while it writes,
// so TLS connections are not wrapped.
type coalescingListener struct{ net.Listener }

func (l coalescingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &coalescingConn{Conn: c}, nil
}

// coalesceLimit is the most a connection holds; past it, what is held and
// what is written go out together.
const coalesceLimit = 16 << 10

// coalesceBuffers lend connections their buffer only while they hold
// something: an idle keep-alive connection costs nothing.
var coalesceBuffers = sync.Pool{New: func() any { b := make([]byte, 0, coalesceLimit); return &b }}

type coalescingConn struct {
	net.Conn
	deadlineSet atomic.Bool // a response is under way: net/http set a write deadline

	// mu guards the rest: net/http reads in the background while the
	// handler writes.
	mu   sync.Mutex
	held *[]byte
	err  error // the first failed write: the connection is done for
}

func (c *coalescingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	if c.held == nil {
		if len(p) > coalesceLimit {
			return c.write(p)
		}
		c.held = coalesceBuffers.Get().(*[]byte)
	}
	if len(*c.held)+len(p) <= coalesceLimit {
		*c.held = append(*c.held, p...)
		return len(p), nil
	}
	held := len(*c.held)
	bufs := net.Buffers{*c.held, p}
	n, err := bufs.WriteTo(c.Conn) // one writev
	c.release()
	c.err = err
	return max(int(n)-held, 0), err
}

// write writes p to the connection; c.mu is held.
func (c *coalescingConn) write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.err = err
	return n, err
}

// flush writes what is held. It runs under the write deadline net/http set
// for the response: see SetWriteDeadline.
func (c *coalescingConn) flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.held == nil || c.err != nil {
		return c.err
	}
	_, err := c.write(*c.held)
	c.release()
	return err
}

func (c *coalescingConn) release() {
	*c.held = (*c.held)[:0]
	coalesceBuffers.Put(c.held)
	c.held = nil
}

// Read sends what is held first, unless a response is under way: net/http
// reads in the background while its handler writes, and holds a write
// deadline until the response is complete; it reads for the next request
// once it has cleared it. After a failed write Read fails too, for good, so
// that net/http closes the connection rather than carry on after a
// response that did not leave whole.
func (c *coalescingConn) Read(p []byte) (int, error) {
	var err error
	if c.deadlineSet.Load() {
		c.mu.Lock()
		err = c.err
		c.mu.Unlock()
	} else {
		err = c.flush()
	}
	if err != nil {
		return 0, err
	}
	return c.Conn.Read(p)
}

// SetWriteDeadline passes the server's deadlines on, but not its clearing
// them once a response is complete: the end of the response may still be
// held, and must leave within the response's deadline too. The connection
// keeps that deadline while idle, when nothing is written: net/http sets a
// new one as soon as it has read the next request, or failed to, before it
// answers.
func (c *coalescingConn) SetWriteDeadline(t time.Time) error {
	c.deadlineSet.Store(!t.IsZero())
	if t.IsZero() {
		return nil
	}
	return c.Conn.SetWriteDeadline(t)
}

func (c *coalescingConn) SetDeadline(t time.Time) error {
	if err := c.SetReadDeadline(t); err != nil {
		return err
	}
	return c.SetWriteDeadline(t)
}

// CloseWrite keeps net/http's half-close before it closes a connection.
func (c *coalescingConn) CloseWrite() error {
	if err := c.flush(); err != nil {
		return err
	}
	if cw, ok := c.Conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return nil
}

func (c *coalescingConn) Close() error {
	c.flush()
	return c.Conn.Close()
}

// accessLog logs one line per request.
func accessLog(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.Info("request", "method", r.Method, "path", truncate(r.URL.Path), "status", rec.status,
			"bytes", rec.bytes, "duration", time.Since(start))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}
