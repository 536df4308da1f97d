// Command floor is the least a net/http server does to send a page: for
// bench/bench.sh, which measures it beside the real server and nginx, so
// that the report shows how much of the gap to nginx is net/http's own.
//
// At start it fetches one answer from the real server (status, headers
// and body, for the given Accept-Encoding), then sends exactly those bytes
// to every request: no routing, no middleware, no negotiation, a plain
// listener. net/http writes through a 4 kB buffer, so a /502 of some 5 kB
// leaves in two writes here, where the real server's coalescing listener
// sends one. With -hello it sends "ok\n" and no headers instead: net/http's
// hello world, the least it does for any request.
//
//	floor -addr 127.0.0.1:18200 -from http://127.0.0.1:18080/502 -accept-encoding 'gzip, br'
package main

import (
	"flag"
	"io"
	"log"
	"net/http"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18200", "address to listen on")
	from := flag.String("from", "", "the URL whose answer to send")
	acceptEncoding := flag.String("accept-encoding", "gzip, br", "Accept-Encoding to fetch -from with")
	hello := flag.Bool("hello", false, `send "ok\n" with no headers of its own`)
	flag.Parse()

	handler := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })
	if !*hello {
		status, header, body, err := fetch(*from, *acceptEncoding)
		if err != nil {
			log.Fatal(err)
		}
		handler = func(w http.ResponseWriter, _ *http.Request) {
			h := w.Header()
			for name, values := range header {
				h[name] = values
			}
			w.WriteHeader(status)
			w.Write(body)
		}
	}
	// The timeouts the real server has, since they cost a little per
	// request (deadlines on the connection).
	srv := &http.Server{
		Addr:              *addr,
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}

// fetch returns the answer at url, undecoded; the Date header is left for
// net/http to write, as it does for every answer.
func fetch(url, acceptEncoding string) (int, http.Header, []byte, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return 0, nil, nil, err
	}
	req.Header.Set("Accept-Encoding", acceptEncoding) // set by hand, so the client leaves the body encoded
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, nil, err
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, nil, nil, err
	}
	res.Header.Del("Date")
	return res.StatusCode, res.Header, body, nil
}
