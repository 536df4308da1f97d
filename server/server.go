// Package server hosts the status code reference: it renders every page
// known in advance once with go-app's Handler, serves everything from
// memory over net/http (HTTP/1.1, and HTTP/2 over TLS), renders searches
// and misses on request within bounds, and writes the static export.
package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"httpstatus/server/middleware"
)

// config is what the command line sets.
type config struct {
	addr, webDir, export string
	origin               *url.URL
	quiet                bool
	tlsCert, tlsKey      string
	grace                time.Duration
}

func parseFlags(args []string) (config, error) {
	var c config
	flags := flag.NewFlagSet("httpstatus", flag.ContinueOnError)
	flags.StringVar(&c.addr, "addr", ":8000", "address to listen on")
	flags.StringVar(&c.webDir, "web", "web", "directory holding app.wasm and the other static files")
	flags.StringVar(&c.export, "export", "", "write the site as static files into this directory, then exit")
	flags.BoolVar(&c.quiet, "quiet", false, "log only errors: no access log, no per-connection warnings")
	flags.StringVar(&c.tlsCert, "tls-cert", "", "TLS certificate file (serves HTTPS and HTTP/2, with HSTS)")
	flags.StringVar(&c.tlsKey, "tls-key", "", "TLS key file")
	origin := flags.String("origin", "",
		"the site's public origin, such as https://status.example.com: link previews and canonical addresses need it")
	flags.DurationVar(&c.grace, "grace", 30*time.Second,
		"on SIGINT or SIGTERM, how long requests under way may take to finish (a second signal stops at once)")
	if err := flags.Parse(args); err != nil {
		return c, err
	}
	if (c.tlsCert == "") != (c.tlsKey == "") {
		return c, errors.New("-tls-cert and -tls-key go together")
	}
	if *origin != "" {
		u, err := parseOrigin(*origin)
		if err != nil {
			return c, err
		}
		c.origin = u
	}
	return c, nil
}

// Serve runs the server, or the static export, as the command line asks.
// It returns nil after a clean stop on SIGINT or SIGTERM, also when the
// grace ran out and the last requests were cut off (that is logged), and
// errSecondSignal when a second signal cut the drain short.
func Serve(args []string) error {
	c, err := parseFlags(args)
	if err != nil {
		return err
	}
	level := slog.LevelInfo
	if c.quiet {
		level = slog.LevelError
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	if c.origin == nil {
		logger.Warn("no -origin: pages carry no canonical address and link previews show no image (see README, Deploying)")
	}
	start := time.Now()
	s, err := newSite(c.webDir, logger, c.origin)
	if err != nil {
		return fmt.Errorf("preparing the site: %w", err)
	}
	if c.export != "" {
		return exportStatic(s, c.export)
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	var handler http.Handler = s
	if !c.quiet {
		handler = middleware.AccessLog(logger)(s)
	}
	srv := newHTTPServer(handler, connectionLog(logger, c.quiet))
	logger.Info("serving", "addr", ln.Addr().String(), "tls", c.tlsCert != "", "pages", len(s.assets),
		"prepared_in", time.Since(start).Round(time.Millisecond))

	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(signals)
	return run(srv, ln, c.tlsCert, c.tlsKey, signals, c.grace, logger)
}

// newHTTPServer is the one server, for HTTP and HTTPS alike.
func newHTTPServer(h http.Handler, errorLog *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		// A whole small response; large ones renew it as they go
		// (middleware.ExtendWriteDeadline).
		WriteTimeout: writeStall,
		IdleTimeout:  120 * time.Second,
		// Stops abuse only: middleware.LimitHeaderBytes answers 431 at
		// maxHeaderBytes, with the security headers net/http's own 431
		// would lack.
		MaxHeaderBytes: 4 * maxHeaderBytes,
		// "OPTIONS *" reaches the site's own handler, headers and all.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(errorLog.Handler(), slog.LevelWarn),
	}
}

// errSecondSignal reports a drain cut short by a second signal.
var errSecondSignal = errors.New("a second signal stopped the server at once")

// run serves on ln until a signal comes (HTTPS and HTTP/2 when given a
// certificate, plain HTTP/1.1 through a coalescingListener otherwise), then stops accepting connections
// and waits up to grace for the requests under way, then closes what is
// left. A second signal closes everything at once.
func run(srv *http.Server, ln net.Listener, certFile, keyFile string, signals <-chan os.Signal,
	grace time.Duration, logger *slog.Logger) error {
	errs := make(chan error, 1)
	go func() {
		if certFile != "" {
			errs <- srv.ServeTLS(ln, certFile, keyFile)
		} else {
			errs <- srv.Serve(coalescingListener{ln})
		}
	}()
	select {
	case err := <-errs:
		return err
	case sig := <-signals:
		logger.Info("stopping: finishing the requests under way", "signal", sig.String(), "grace", grace)
	}
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	second := make(chan struct{})
	go func() {
		select {
		case <-signals:
			close(second)
			cancel()
		case <-ctx.Done():
		}
	}()
	err := srv.Shutdown(ctx)
	if err != nil {
		srv.Close() // cut the stragglers off
	}
	if serveErr := <-errs; serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		return serveErr
	}
	select {
	case <-second:
		logger.Warn("stopped at once on a second signal: requests under way were cut off")
		return errSecondSignal
	default:
	}
	if err != nil {
		logger.Warn("stopped: the grace ran out and the requests still under way were cut off", "grace", grace)
		return nil
	}
	logger.Info("stopped cleanly")
	return nil
}

// connectionLog is where net/http's own messages go (TLS handshake
// errors, failed accepts): at most one line a minute of each kind, with
// how many were dropped, so that a flood of broken clients cannot fill the
// disk; nothing at all with -quiet.
func connectionLog(logger *slog.Logger, quiet bool) *slog.Logger {
	if quiet {
		return slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return slog.New(newRateLimitedHandler(logger.Handler(), time.Minute))
}

// parseOrigin reads the site's public origin: a scheme and a host, nothing
// more ("https://status.example.com").
func parseOrigin(s string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSuffix(s, "/"))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Path != "" ||
		u.RawQuery != "" || u.Fragment != "" || u.User != nil {
		return nil, fmt.Errorf("-origin %q: want a scheme and a host only, such as https://status.example.com", s)
	}
	return u, nil
}
