package server

import (
	"net"
	"sync"
	"sync/atomic"
	"time"
)

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
