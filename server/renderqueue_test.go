package server

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// waitFor polls cond until it holds, failing the test after 5 s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("timed out waiting")
		}
	}
}

// blockingRenders renders pages named by their key, each once release is
// closed, counting how many render at once.
type blockingRenders struct {
	release chan struct{}
	now     atomic.Int64
	most    atomic.Int64
	mu      sync.Mutex
	keys    []string
}

func newBlockingRenders() *blockingRenders {
	return &blockingRenders{release: make(chan struct{})}
}

func (b *blockingRenders) render(key string) (*asset, error) {
	n := b.now.Add(1)
	defer b.now.Add(-1)
	for m := b.most.Load(); n > m && !b.most.CompareAndSwap(m, n); m = b.most.Load() {
	}
	b.mu.Lock()
	b.keys = append(b.keys, key)
	b.mu.Unlock()
	<-b.release
	return &asset{body: []byte(key)}, nil
}

// job is the render of the page at key.
func (b *blockingRenders) job(key string) func() (*asset, error) {
	return func() (*asset, error) { return b.render(key) }
}

func (b *blockingRenders) rendered() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.keys...)
}

func TestRenderQueueAnswersWithTheRenderedPage(t *testing.T) {
	b := newBlockingRenders()
	close(b.release)
	q := newRenderQueue(2, 4, time.Minute)
	page, err := q.render(context.Background(), b.job("/?q=gateway"))
	if err != nil || string(page.body) != "/?q=gateway" {
		t.Fatalf("get = %q, %v", page.body, err)
	}
}

func TestRenderQueuePassesOnTheRenderersError(t *testing.T) {
	failed := errors.New("go-app answered 500")
	q := newRenderQueue(1, 4, time.Minute)
	if _, err := q.render(context.Background(), func() (*asset, error) { return nil, failed }); !errors.Is(err, failed) {
		t.Fatalf("err = %v, want %v", err, failed)
	}
}

func TestRenderQueueRendersNoMoreThanItsRenderersAtOnce(t *testing.T) {
	b := newBlockingRenders()
	q := newRenderQueue(2, 16, time.Minute)
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Go(func() { q.render(context.Background(), b.job("/?q="+itoa(i))) })
	}
	waitFor(t, func() bool { return b.now.Load() == 2 })
	time.Sleep(20 * time.Millisecond) // room for a third, if the queue let one through
	close(b.release)
	wg.Wait()
	if most := b.most.Load(); most != 2 {
		t.Errorf("%d pages rendered at once, want 2", most)
	}
	if n := len(b.rendered()); n != 10 {
		t.Errorf("%d pages rendered, want 10", n)
	}
}

// A request that finds the queue full is not turned away at once: it waits
// to join, within the same patience.
func TestRenderQueueFullIsWaitedOnWithinThePatience(t *testing.T) {
	tests := []struct {
		name        string
		freeUpAfter time.Duration // when the renderer finishes; 0: never
		want        error
	}{
		{"a place frees up in time", 20 * time.Millisecond, nil},
		{"none does", 0, errBusy},
	}
	const patience = 200 * time.Millisecond
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBlockingRenders()
			q := newRenderQueue(1, 1, patience)
			go q.render(context.Background(), b.job("/?q=rendering"))
			waitFor(t, func() bool { return b.now.Load() == 1 })
			go q.render(context.Background(), b.job("/?q=queued"))
			waitFor(t, func() bool { return len(q.jobs) == 1 })
			if tt.freeUpAfter > 0 {
				time.AfterFunc(tt.freeUpAfter, func() { close(b.release) })
			} else {
				defer close(b.release)
			}
			start := time.Now()
			_, err := q.render(context.Background(), b.job("/?q=one-more"))
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if waited := time.Since(start); tt.want != nil && waited < patience {
				t.Errorf("turned away after %v, before its patience (%v)", waited, patience)
			}
		})
	}
}

// A request that stops waiting before a renderer takes its page gets an
// error at once, and its page is never rendered.
func TestRenderQueueNeverRendersThePageOfARequestThatStoppedWaiting(t *testing.T) {
	gone, leave := context.WithCancel(context.Background())
	leave()
	tests := []struct {
		name     string
		patience time.Duration
		ctx      context.Context
		want     error
	}{
		{"out of patience", 20 * time.Millisecond, context.Background(), errBusy},
		// A patience long enough to tell the client leaving from it
		// running out.
		{"the client has gone", 5 * time.Second, gone, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newBlockingRenders()
			q := newRenderQueue(1, 4, tt.patience)
			go q.render(context.Background(), b.job("/?q=rendering"))
			waitFor(t, func() bool { return b.now.Load() == 1 })
			if _, err := q.render(tt.ctx, b.job("/?q=abandoned")); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			close(b.release)
			if _, err := q.render(context.Background(), b.job("/?q=after")); err != nil {
				t.Fatal(err)
			}
			if slices.Contains(b.rendered(), "/?q=abandoned") {
				t.Error("the abandoned page was rendered")
			}
		})
	}
}

func TestRenderQueueWaitsForAPageAlreadyBeingRendered(t *testing.T) {
	b := newBlockingRenders()
	q := newRenderQueue(1, 4, 10*time.Millisecond)
	errs := make(chan error)
	go func() { _, err := q.render(context.Background(), b.job("/?q=slow")); errs <- err }()
	waitFor(t, func() bool { return b.now.Load() == 1 })
	time.Sleep(30 * time.Millisecond) // past the patience, while rendering
	close(b.release)
	if err := <-errs; err != nil {
		t.Errorf("err = %v; a page taken by a renderer is waited for", err)
	}
}
