//go:build !wasm

package app

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Serve runs the server, or the static export, as the command line asks.
func Serve(args []string) error {
	flags := flag.NewFlagSet("httpstatus", flag.ContinueOnError)
	addr := flags.String("addr", ":8000", "address to listen on")
	webDir := flags.String("web", "web", "directory holding app.wasm and the other static files")
	export := flags.String("export", "", "write the site as static files into this directory, then exit")
	quiet := flags.Bool("quiet", false, "no access log")
	tlsCert := flags.String("tls-cert", "", "TLS certificate file (serves HTTPS with HSTS)")
	tlsKey := flags.String("tls-key", "", "TLS key file")
	if err := flags.Parse(args); err != nil {
		return err
	}

	start := time.Now()
	s, err := newSite(*webDir)
	if err != nil {
		return fmt.Errorf("preparing the site: %w", err)
	}
	if *export != "" {
		return exportStatic(s, *export)
	}

	var logOut io.Writer = os.Stderr
	if *quiet {
		logOut = io.Discard
	}
	logger := slog.New(slog.NewTextHandler(logOut, nil))
	server := newHTTPServer(*addr, accessLog(logger, s))
	logger.Info("serving", "addr", *addr, "pages", len(s.assets), "prepared_in", time.Since(start).Round(time.Millisecond))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return run(ctx, server, *tlsCert, *tlsKey)
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
// SIGINT or SIGTERM.
const shutdownGrace = 15 * time.Second

// run serves until ctx ends, then stops accepting connections and waits for
// the requests under way.
func run(ctx context.Context, server *http.Server, certFile, keyFile string) error {
	errs := make(chan error, 1)
	go func() {
		if certFile != "" {
			errs <- server.ListenAndServeTLS(certFile, keyFile)
		} else {
			errs <- server.ListenAndServe()
		}
	}()
	select {
	case err := <-errs:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := server.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errs; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// accessLog logs one line per request.
func accessLog(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		path := r.URL.Path
		if len(path) > 200 {
			path = path[:200] + "…"
		}
		logger.Info("request", "method", r.Method, "path", path, "status", rec.status,
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

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}
