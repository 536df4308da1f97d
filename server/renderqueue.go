package server

import (
	"context"
	"errors"
	"runtime"
	"sync/atomic"
	"time"
)

// errBusy is returned when no renderer came free in time.
var errBusy = errors.New("every renderer is busy")

// renderQueue renders pages, and compresses them, on a fixed number of
// goroutines of its own, in the order they were asked for, for requests
// that wait at most patience for theirs.
//
// Why not render on the request's own goroutine behind a semaphore, as the
// server once did: Go's scheduler runs goroutines first come, first served,
// with no priorities. Under a flood of searches every connection's goroutine
// then renders in its own turn, so Go's run queue holds one goroutine per
// connection (about 2,000 in make bench's flood) and every other request,
// /healthz included, waits behind all of them: a second or more on one core.
// Turning requests away at once with a short queue does not help: the client
// asks again straight away and its goroutine is back in the run queue. Here a
// request waiting for its page is parked, off the run queue, until the page
// is done or its patience runs out; the run queue holds only the renderers
// and the few requests being read or written, and a cheap request waits
// milliseconds.
type renderQueue struct {
	jobs     chan *renderJob
	patience time.Duration
	rendered atomic.Int64 // pages rendered, for the tests
}

// A job's state: waiting for a renderer, taken by one, or abandoned by its
// request (out of patience, or the client gone). Whoever moves it out of
// waiting first decides.
const (
	jobWaiting int32 = iota
	jobTaken
	jobAbandoned
)

type renderJob struct {
	render func() (*asset, error)
	state  atomic.Int32
	done   chan renderResult // buffered: a renderer never waits for the request
}

type renderResult struct {
	page *asset
	err  error
}

// newRenderQueue starts renderers goroutines, for at most waiting requests
// at a time; they run for the life of the server.
func newRenderQueue(renderers, waiting int, patience time.Duration) *renderQueue {
	q := &renderQueue{jobs: make(chan *renderJob, waiting), patience: patience}
	for range renderers {
		go q.renderAll()
	}
	return q
}

func (q *renderQueue) renderAll() {
	for j := range q.jobs {
		if !j.state.CompareAndSwap(jobWaiting, jobTaken) {
			continue // nobody waits for it any more
		}
		q.rendered.Add(1)
		page, err := j.render()
		j.done <- renderResult{page, err}
		// Let everything else that is ready run before the next page,
		// rather than at the end of a 10 ms time slice: a request for a
		// prepared page then waits one render at most, not several.
		runtime.Gosched()
	}
}

// render waits for a renderer to run render and returns what it returned.
// It answers errBusy after the queue's patience when no renderer took the
// job in that time; a job being run is waited for to the end, since it
// takes milliseconds. When ctx ends first (the client has gone), render is
// not run.
//
// A full queue is waited on too, parked, within the same patience: turned
// away at once, a flooding client asks again at once, and thousands of
// them keep Go's run queue full of requests answered 503 (5,000 flooding
// connections made /healthz wait 80 ms at the median, 600 ms at worst).
// Waiting costs a parked goroutine per request, on a connection the server
// holds anyway.
func (q *renderQueue) render(ctx context.Context, render func() (*asset, error)) (*asset, error) {
	j := &renderJob{render: render, done: make(chan renderResult, 1)}
	t := time.NewTimer(q.patience)
	defer t.Stop()
	select {
	case q.jobs <- j:
	case <-t.C:
		return nil, errBusy
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	var gaveUp error
	select {
	case r := <-j.done:
		return r.page, r.err
	case <-t.C:
		gaveUp = errBusy
	case <-ctx.Done():
		gaveUp = ctx.Err()
	}
	if j.state.CompareAndSwap(jobWaiting, jobAbandoned) {
		return nil, gaveUp
	}
	r := <-j.done // a renderer has it already
	return r.page, r.err
}
