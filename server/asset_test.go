package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestQValue(t *testing.T) {
	tests := []struct {
		params string
		want   int
	}{
		{"", 1000},
		{"q=1", 1000},
		{"q=1.", 1000},
		{"q=1.000", 1000},
		{"q=0.5", 500},
		{"q=0.25", 250},
		{"q=0.001", 1},
		{"q=0", 0},
		{"q=0.", 0},
		{"q=0.000", 0},
		{" q = 0.5 ", 500},
		{"Q=0.5", 500},
		{"level=9;q=0.5", 500},
		{"level=9", 1000},
		{"q=1.5", 0},
		{"q=2", 0},
		{"q=.5", 0},
		{"q=0.0001", 0},
		{"q=-1", 0},
		{"q=", 0},
		{"q=0x1", 0},
	}
	for _, tt := range tests {
		if got := qValue(tt.params); got != tt.want {
			t.Errorf("qValue(%q) = %d, want %d", tt.params, got, tt.want)
		}
	}
}

func TestNegotiateDoesNotAllocate(t *testing.T) {
	lines := []string{"gzip;q=0.8, deflate, br;q=0.9, zstd, *;q=0.1"}
	if n := testing.AllocsPerRun(100, func() { negotiate(lines) }); n != 0 {
		t.Errorf("negotiate allocates %v times per call", n)
	}
}

func TestCompressedVariantsDecodeToTheBody(t *testing.T) {
	page := bytes.Repeat([]byte("<p>Bad Gateway</p>\n"), 200)
	tests := []struct {
		name         string
		body         []byte
		contentType  string
		wantCompress bool
	}{
		{"page", page, "text/html; charset=utf-8", true},
		{"wasm", fakeWASM, "application/wasm", true},
		{"json", page, "application/json", true},
		{"svg", page, "image/svg+xml", true},
		{"manifest", page, "application/manifest+json", true},
		{"small page", page[:100], "text/html; charset=utf-8", false},
		{"png", page, "image/png", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, a := range []*asset{
				newAsset(tt.body, tt.contentType, http.StatusOK, revalidate),
				newRenderedAsset(tt.body, tt.contentType, http.StatusOK, noStore),
			} {
				if a.compress != tt.wantCompress {
					t.Fatalf("compressed: %v; want %v", a.compress, tt.wantCompress)
				}
				if !tt.wantCompress {
					return
				}
				gz, br := a.variant(gzipCoding).body, a.variant(brotliCoding).body
				zr, err := gzip.NewReader(bytes.NewReader(gz))
				if err != nil {
					t.Fatal(err)
				}
				if got, err := io.ReadAll(zr); err != nil || !bytes.Equal(got, tt.body) {
					t.Errorf("gzip does not decode to the body (%v)", err)
				}
				if got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br))); err != nil || !bytes.Equal(got, tt.body) {
					t.Errorf("brotli does not decode to the body (%v)", err)
				}
				if len(br) >= len(tt.body) || len(gz) >= len(tt.body) {
					t.Errorf("compression grew the body: %d → gzip %d, br %d", len(tt.body), len(gz), len(br))
				}
			}
		})
	}
}

// A page rendered on request is compressed on request: with brotli's
// default window that allocated some 33 MB each time.
func TestCompressingAPageAllocatesLittle(t *testing.T) {
	page := []byte(strings.Repeat("<li><a href=\"/502\">502 Bad Gateway</a></li>\n", 250))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	a := newRenderedAsset(page, "text/html; charset=utf-8", http.StatusOK, noStore)
	a.variant(brotliCoding)
	a.variant(gzipCoding)
	runtime.ReadMemStats(&after)
	if n := after.TotalAlloc - before.TotalAlloc; n > 8<<20 {
		t.Errorf("preparing a %d-byte page allocated %d MB", len(page), n>>20)
	}
}

// Serving a prepared page allocates almost nothing: nothing per byte of
// the asset.
func TestServingAPreparedAssetAllocatesAlmostNothing(t *testing.T) {
	s := testSite(t)
	req, _ := http.NewRequest("GET", "/502", nil)
	req.Header.Set("Accept-Encoding", "gzip, deflate, br, zstd")
	w := &discardWriter{h: http.Header{}}
	n := testing.AllocsPerRun(100, func() {
		clear(w.h)
		s.ServeHTTP(w, req)
	})
	if n > maxServeAllocs {
		t.Errorf("serving /502 allocates %v times, want at most %d", n, maxServeAllocs)
	}
}

// maxServeAllocs is what serving a prepared asset may allocate: two small
// allocations in the middleware (the wrapper of ExtendWriteDeadline among
// them), nothing per byte. A conditional or range request goes through
// http.ServeContent, which allocates a little more.
const maxServeAllocs = 2

// A page rendered on request is compressed in the encoding a client asks
// for, once, and in no other.
func TestARenderedPageIsCompressedOnlyInTheEncodingAskedFor(t *testing.T) {
	page := bytes.Repeat([]byte("<p>Bad Gateway</p>\n"), 200)
	a := newRenderedAsset(page, "text/html; charset=utf-8", http.StatusOK, noStore)
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/?q=x", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	a.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", rec.Header().Get("Content-Encoding"))
	}
	if a.variants[gzipCoding].body == nil || a.variants[brotliCoding].body != nil {
		t.Errorf("variants made: gzip %v, brotli %v; want gzip only",
			a.variants[gzipCoding].body != nil, a.variants[brotliCoding].body != nil)
	}
}

// A reused brotli writer compresses exactly as a new one does: pages and
// the export are the same bytes on every start, whichever writer the pool
// hands out.
func TestReusedBrotliWritersCompressAsNewOnesDo(t *testing.T) {
	inputs := [][]byte{
		[]byte(strings.Repeat("<li>502 Bad Gateway</li>\n", 400)),
		[]byte(strings.Repeat("gateway timeout ", 3000)),
		[]byte("short"),
		bytes.Repeat([]byte{0, 1, 2, 3, 250}, 20000), // past the 64 kB window
	}
	for round := range 3 { // the second and third rounds get used writers
		for i, in := range inputs {
			var fresh bytes.Buffer
			w := brotli.NewWriterOptions(&fresh, brotli.WriterOptions{Quality: renderedBrotli, LGWin: brotliWindow(len(in))})
			w.Write(in)
			w.Close()
			if got := brotliBytes(in, renderedBrotli); !bytes.Equal(got, fresh.Bytes()) {
				t.Errorf("round %d, input %d: a pooled writer's output differs from a new writer's", round, i)
			}
		}
	}
}
