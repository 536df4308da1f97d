//go:build !wasm

package app

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"time"

	"github.com/valyala/fasthttp"
)

// serveFast is the site over fasthttp, the server for plain HTTP: it
// answers about twice the requests per second of net/http on one core (see
// make bench), which puts this server ahead of nginx serving files.
func (s *site) serveFast(ctx *fasthttp.RequestCtx) {
	target := string(ctx.RequestURI())
	u, err := url.ParseRequestURI(target)
	if err != nil {
		u = nil // respond answers 400, as net/http does
	}
	req := request{
		method:         string(ctx.Method()),
		target:         target,
		url:            u,
		acceptEncoding: headerLines(&ctx.Request.Header, "Accept-Encoding"),
		ifNoneMatch:    headerLines(&ctx.Request.Header, "If-None-Match"),
		tls:            ctx.IsTLS(),
	}
	var res response
	s.answer(&req, &res)
	out := &ctx.Response
	out.SetStatusCode(res.status)
	for _, f := range res.header() {
		for _, v := range f.value {
			out.Header.Add(f.name, v)
		}
	}
	if res.body != nil {
		out.SetBodyRaw(res.body)
	}
}

// headerLines returns every line of a request header, as net/http does.
func headerLines(h *fasthttp.RequestHeader, name string) []string {
	values := h.PeekAll(name)
	if len(values) == 0 {
		return nil
	}
	lines := make([]string, len(values))
	for i, v := range values {
		lines[i] = string(v)
	}
	return lines
}

// newFastServer is the plain-HTTP server, with the same limits as the
// HTTPS one (newHTTPServer).
func newFastServer(handler fasthttp.RequestHandler, logger *slog.Logger) *fasthttp.Server {
	s := &fasthttp.Server{
		Handler:      handler,
		ReadTimeout:  10 * time.Second, // the request line and headers included
		WriteTimeout: 60 * time.Second, // app.wasm over a slow phone link
		IdleTimeout:  120 * time.Second,
		// The request line and headers must fit the read buffer; past it
		// fasthttp answers 431 itself. Longer targets than maxURILength
		// get 414 from the site.
		ReadBufferSize: 64 << 10,
		// A page with its headers leaves in one write; app.wasm leaves
		// in one writev of headers and body.
		WriteBufferSize: 16 << 10,
		// GET and HEAD have no body; anything more is refused with 413.
		MaxRequestBodySize:    64 << 10,
		NoDefaultServerHeader: true,
		NoDefaultContentType:  true,
		// On shutdown, idle keep-alive connections are closed and busy
		// ones closed after their response.
		CloseOnShutdown: true,
		Logger:          fastLogger{logger},
	}
	s.ErrorHandler = func(ctx *fasthttp.RequestCtx, err error) { answerUnreadable(ctx, err, s.WriteTimeout) }
	return s
}

// answerUnreadable answers a request fasthttp could not read. It renews the
// write deadline first: fasthttp keeps the one of the connection's last
// response, so after an idle spell longer than WriteTimeout its own answer
// never left and the client saw the connection drop.
func answerUnreadable(ctx *fasthttp.RequestCtx, err error, writeTimeout time.Duration) {
	if writeTimeout > 0 {
		ctx.SetWriteDeadline(time.Now().Add(writeTimeout))
	}
	var small *fasthttp.ErrSmallBuffer
	var netErr net.Error
	switch {
	case errors.As(err, &small):
		ctx.Error("431 Request Header Fields Too Large\n", fasthttp.StatusRequestHeaderFieldsTooLarge)
	case errors.Is(err, fasthttp.ErrBodyTooLarge):
		ctx.Error("413 Content Too Large\n", fasthttp.StatusRequestEntityTooLarge)
	case errors.As(err, &netErr) && netErr.Timeout():
		ctx.Error("408 Request Timeout\n", fasthttp.StatusRequestTimeout)
	default:
		ctx.Error("400 Bad Request\n", fasthttp.StatusBadRequest)
	}
}

// fastLogger passes fasthttp's own messages (malformed requests and the
// like) to slog as warnings.
type fastLogger struct{ logger *slog.Logger }

func (l fastLogger) Printf(format string, args ...any) {
	l.logger.Warn("fasthttp", "msg", truncate(fmt.Sprintf(format, args...)))
}
