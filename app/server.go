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
	"syscall"
	"time"

	"github.com/valyala/fasthttp"
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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	if !*quiet {
		s.accessLog = logger
	}
	var srv server
	if *tlsCert != "" {
		https := newHTTPServer(*addr, s)
		https.ErrorLog = slog.NewLogLogger(logger.Handler(), slog.LevelWarn)
		srv = httpsServer{https, *tlsCert, *tlsKey}
	} else {
		srv = newPlainServer(newFastServer(s.serveFast, logger))
	}
	logger.Info("serving", "addr", ln.Addr().String(), "tls", *tlsCert != "", "pages", len(s.assets),
		"prepared_in", time.Since(start).Round(time.Millisecond))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err = run(ctx, srv, ln)
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

// server is what run needs of the HTTPS (net/http) and plain HTTP
// (fasthttp) servers.
type server interface {
	serve(ln net.Listener) error
	// shutdown stops accepting connections, closes idle ones and waits
	// for the others to finish their request, or for ctx to end.
	shutdown(ctx context.Context) error
	// cutOff closes every connection still open.
	cutOff()
}

type httpsServer struct {
	*http.Server
	certFile, keyFile string
}

func (s httpsServer) serve(ln net.Listener) error { return s.ServeTLS(ln, s.certFile, s.keyFile) }

func (s httpsServer) shutdown(ctx context.Context) error { return s.Shutdown(ctx) }

func (s httpsServer) cutOff() { s.Close() }

// plainServer keeps the connections its fasthttp server has open, which
// fasthttp cannot close itself once its shutdown has run out of time.
type plainServer struct {
	*fasthttp.Server
	mu   sync.Mutex
	open map[net.Conn]struct{}
}

func newPlainServer(fs *fasthttp.Server) *plainServer {
	s := &plainServer{Server: fs, open: map[net.Conn]struct{}{}}
	fs.ConnState = func(c net.Conn, state fasthttp.ConnState) {
		s.mu.Lock()
		defer s.mu.Unlock()
		switch state {
		case fasthttp.StateNew:
			s.open[c] = struct{}{}
		case fasthttp.StateClosed, fasthttp.StateHijacked:
			delete(s.open, c)
		}
	}
	return s
}

func (s *plainServer) serve(ln net.Listener) error { return s.Serve(ln) }

func (s *plainServer) shutdown(ctx context.Context) error { return s.ShutdownWithContext(ctx) }

func (s *plainServer) cutOff() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.open {
		c.Close()
	}
}

// run serves on ln until ctx ends, then stops accepting connections, waits
// up to shutdownGrace for the requests under way, and closes what is left.
func run(ctx context.Context, srv server, ln net.Listener) error {
	errs := make(chan error, 1)
	go func() { errs <- srv.serve(ln) }()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err := srv.shutdown(shutdownCtx)
	if err != nil {
		srv.cutOff() // the grace is over: cut the stragglers off
	}
	if serveErr := <-errs; serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	return err
}
