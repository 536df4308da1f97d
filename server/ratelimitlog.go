package server

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// rateLimitedHandler passes on at most one record per kind of message per
// interval, and says with the next one how many it dropped. The kind is
// the message's first words, up to four and up to the first that holds a
// digit ("http: TLS handshake error from 1.2.3.4:5: EOF" is one kind,
// whoever the client).
type rateLimitedHandler struct {
	slog.Handler
	interval time.Duration
	now      func() time.Time

	mu    *sync.Mutex
	kinds map[string]*kindCount
}

type kindCount struct {
	last    time.Time
	dropped int
}

func newRateLimitedHandler(h slog.Handler, interval time.Duration) *rateLimitedHandler {
	return &rateLimitedHandler{Handler: h, interval: interval, now: time.Now, mu: &sync.Mutex{}, kinds: map[string]*kindCount{}}
}

// maxKinds bounds the kinds remembered; past it, all are one kind.
const maxKinds = 64

func (h *rateLimitedHandler) Handle(ctx context.Context, r slog.Record) error {
	kind := messageKind(r.Message)
	h.mu.Lock()
	k, ok := h.kinds[kind]
	if !ok {
		if len(h.kinds) >= maxKinds {
			kind = "other"
			k = h.kinds[kind]
		}
		if k == nil {
			k = &kindCount{}
			h.kinds[kind] = k
		}
	}
	now := h.now()
	if !k.last.IsZero() && now.Sub(k.last) < h.interval {
		k.dropped++
		h.mu.Unlock()
		return nil
	}
	dropped := k.dropped
	k.last, k.dropped = now, 0
	h.mu.Unlock()
	if dropped > 0 {
		r.AddAttrs(slog.Int("similar_dropped", dropped))
	}
	return h.Handler.Handle(ctx, r)
}

func (h *rateLimitedHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	c := *h
	c.Handler = h.Handler.WithAttrs(attrs)
	return &c
}

func (h *rateLimitedHandler) WithGroup(name string) slog.Handler {
	c := *h
	c.Handler = h.Handler.WithGroup(name)
	return &c
}

func messageKind(msg string) string {
	words := strings.Fields(msg)
	n := 0
	for n < len(words) && n < 4 && !strings.ContainsAny(words[n], "0123456789") {
		n++
	}
	return strings.Join(words[:n], " ")
}
