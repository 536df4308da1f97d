package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
)

// asset is one response held in memory: its bytes, compressed in the
// encodings browsers accept, and the headers that go with them.
//
// A prepared asset (newAsset) is compressed once, in both encodings, at
// its best. A page rendered for one request (newRenderedAsset) is
// compressed only in the encoding a client asks for, when one first does,
// and more cheaply: it may be served once and never again.
type asset struct {
	body        []byte
	contentType []string
	// etags are the ETag of each coding, made before the compressed
	// variants are, so that a conditional request never compresses.
	etags        [numCodings][]string
	cacheControl []string
	status       int
	compress     bool // worth compressing: type and size

	// variants are the asset in each coding, with their header values
	// built once: serving a ready variant assigns slices and allocates
	// nothing. A rendered asset fills its compressed ones on demand.
	variants [numCodings]variant
	once     [numCodings]sync.Once
	lazy     bool
}

// coding is a content coding the server can send.
type coding int

const (
	identity coding = iota
	gzipCoding
	brotliCoding
	numCodings
)

// codingNames are the Content-Encoding values of the codings.
var codingNames = [numCodings]string{"", "gzip", "br"}

// variant is the asset in one coding, with its header values.
type variant struct {
	body            []byte
	etagHeader      []string
	contentEncoding []string // nil for identity
	contentLength   []string
}

// Compressing less than this rarely saves a network packet.
const minCompressSize = 512

// Header values shared by every response that uses them. net/http only
// reads them; header makes each with no room to spare, so an append by
// anyone copies instead of writing into the shared array.
var (
	varyAcceptEncoding = header("Accept-Encoding")
	revalidateHeader   = header(revalidate)
	noStoreHeader      = header(noStore)
)

func header(v string) []string { return []string{v} }

// Compression settings. Prepared assets take the time to be smallest:
// brotli 11 would take tens of seconds on the WASM bundle, 9 is within a
// few percent. Pages rendered per request take a fraction of the CPU for a
// few percent more bytes.
const (
	renderedBrotli = 5
	renderedGzip   = 6
)

// The prepared assets' levels are variables for the tests, which build
// several sites under the race detector and check what the encodings
// hold, not how small they are.
var (
	preparedBrotli = 9
	preparedGzip   = gzip.BestCompression
)

// newAsset prepares body in every encoding worth sending.
func newAsset(body []byte, contentType string, status int, cacheControl string) *asset {
	a := newIdentity(body, contentType, status, cacheControl)
	if a.compress {
		a.setVariant(gzipCoding, gzipBytes(body, preparedGzip))
		a.setVariant(brotliCoding, brotliBytes(body, preparedBrotli))
	}
	return a
}

// newRenderedAsset holds a page rendered for a request; its compressed
// variants are made when first asked for.
func newRenderedAsset(body []byte, contentType string, status int, cacheControl string) *asset {
	a := newIdentity(body, contentType, status, cacheControl)
	a.lazy = true
	return a
}

func newIdentity(body []byte, contentType string, status int, cacheControl string) *asset {
	sum := sha256.Sum256(body)
	a := &asset{
		body:         body,
		contentType:  header(contentType),
		cacheControl: cacheControlHeader(cacheControl),
		status:       status,
		compress:     compressible(contentType) && len(body) >= minCompressSize,
	}
	// Each coding has an ETag of its own: they are different
	// representations (RFC 9110, 8.8.3), and a cache that stores both
	// must not take one for the other.
	tag := hex.EncodeToString(sum[:12])
	a.etags[identity] = header(`"` + tag + `"`)
	if a.compress {
		a.etags[gzipCoding] = header(`"` + tag + `-gz"`)
		a.etags[brotliCoding] = header(`"` + tag + `-br"`)
	}
	a.setVariant(identity, body)
	return a
}

// setVariant sets the asset in coding c.
func (a *asset) setVariant(c coding, body []byte) {
	v := variant{
		body:          body,
		etagHeader:    a.etags[c],
		contentLength: header(strconv.Itoa(len(body))),
	}
	if c != identity {
		v.contentEncoding = header(codingNames[c])
	}
	a.variants[c] = v
}

// variant returns the asset in coding c, compressing a rendered asset the
// first time c is asked for.
func (a *asset) variant(c coding) *variant {
	if a.lazy && c != identity {
		a.once[c].Do(func() {
			if c == gzipCoding {
				a.setVariant(c, gzipBytes(a.body, renderedGzip))
			} else {
				a.setVariant(c, brotliBytes(a.body, renderedBrotli))
			}
		})
	}
	return &a.variants[c]
}

func compressible(contentType string) bool {
	ct, _, _ := strings.Cut(contentType, ";")
	switch {
	case strings.HasPrefix(ct, "text/"), strings.HasSuffix(ct, "json"), strings.HasSuffix(ct, "javascript"),
		strings.HasSuffix(ct, "+xml"), ct == "application/wasm", ct == "image/svg+xml":
		return true
	}
	return false
}

// gzipWriters are reused per level: each holds about a megabyte of
// compressor state, which pages rendered per request would otherwise
// allocate every time.
var gzipWriters sync.Map // level → *sync.Pool

func gzipBytes(b []byte, level int) []byte {
	pool, _ := gzipWriters.LoadOrStore(level, &sync.Pool{New: func() any {
		w, _ := gzip.NewWriterLevel(nil, level)
		return w
	}})
	w := pool.(*sync.Pool).Get().(*gzip.Writer)
	defer pool.(*sync.Pool).Put(w)
	var buf bytes.Buffer
	w.Reset(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// brotliWindow picks the window for an input of n bytes. Brotli's default
// window (4 MB) makes quality 9 allocate some 33 MB of match tables, even
// for a 10 kB page rendered on request; a 64 kB window, enough for any page,
// costs 1.5 MB, runs ten times faster and compresses as well.
func brotliWindow(n int) int {
	if n <= 1<<16 {
		return 16
	}
	return 22
}

// brotliWriters are reused per quality for pages (inputs that fit the
// 64 kB window), as gzipWriters are: Reset keeps a writer's match tables,
// which every page rendered per request would otherwise allocate anew.
// Writers for bigger inputs (app.wasm, at start-up only) are not kept:
// their tables run to tens of megabytes, which a pool would hold until
// the garbage collector next runs.
var brotliWriters sync.Map // quality → *sync.Pool

func brotliBytes(b []byte, quality int) []byte {
	options := brotli.WriterOptions{Quality: quality, LGWin: brotliWindow(len(b))}
	var w *brotli.Writer
	if options.LGWin > 16 {
		w = brotli.NewWriterOptions(nil, options)
	} else {
		pool, _ := brotliWriters.LoadOrStore(quality, &sync.Pool{New: func() any {
			return brotli.NewWriterOptions(nil, options)
		}})
		w = pool.(*sync.Pool).Get().(*brotli.Writer)
		defer pool.(*sync.Pool).Put(w)
	}
	var buf bytes.Buffer
	w.Reset(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// contentTypeOf names the type of a file by its extension.
func contentTypeOf(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".html":
		return "text/html; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// encoding picks the variant of a to send to a client whose
// Accept-Encoding header lines are acceptEncoding.
func (a *asset) encoding(acceptEncoding []string) *variant {
	if !a.compress || len(acceptEncoding) == 0 {
		return &a.variants[identity]
	}
	return a.variant(negotiate(acceptEncoding))
}

// negotiate picks the coding a client prefers (RFC 9110, 12.5.3): the
// highest q wins, brotli before gzip before identity on a tie, and q=0
// refuses. A coding not named takes the q of "*" when there is one.
// Identity is sent when nothing else is acceptable, even if refused: a
// readable page beats a 406. It does not allocate.
func negotiate(lines []string) coding {
	q := [numCodings]int{-1, -1, -1} // in thousandths; -1: not named
	star := -1
	for _, line := range lines {
		for line != "" {
			var elem string
			elem, line, _ = strings.Cut(line, ",")
			name, params, _ := strings.Cut(elem, ";")
			weight := qValue(params)
			switch name = strings.TrimSpace(name); {
			case strings.EqualFold(name, "br"):
				q[brotliCoding] = weight
			case strings.EqualFold(name, "gzip"), strings.EqualFold(name, "x-gzip"):
				q[gzipCoding] = weight
			case strings.EqualFold(name, "identity"):
				q[identity] = weight
			case name == "*":
				star = weight
			}
		}
	}
	for c := range q {
		if q[c] < 0 {
			q[c] = star
		}
	}
	if q[identity] < 0 {
		q[identity] = 1 // acceptable unless refused, but last choice
	}
	best := identity
	for _, c := range [...]coding{gzipCoding, brotliCoding} { // later wins ties
		if q[c] > 0 && q[c] >= q[best] {
			best = c
		}
	}
	return best
}

// qValue reads the weight in an element's parameters, in thousandths:
// "q=0.5" is 500. No q means 1000; a malformed one counts as 0, so a
// client that means to refuse a coding is never sent it.
func qValue(params string) int {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		k, v, ok := strings.Cut(p, "=")
		if !ok || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		return parseQ(strings.TrimSpace(v))
	}
	return 1000
}

// parseQ parses a qvalue (RFC 9110, 12.4.2): "0" to "1" with at most three
// decimals, in thousandths; anything else is 0.
func parseQ(v string) int {
	if v == "" || len(v) > 5 || (v[0] != '0' && v[0] != '1') || (len(v) > 1 && v[1] != '.') {
		return 0
	}
	n := 0
	for i := 2; i < len(v); i++ {
		if v[i] < '0' || v[i] > '9' {
			return 0
		}
		n = n*10 + int(v[i]-'0')
	}
	for i := len(v); i < 5; i++ {
		n *= 10 // "0.5" is 500
	}
	if v[0] == '1' {
		if n != 0 {
			return 0 // above 1
		}
		return 1000
	}
	return n
}

// ServeHTTP answers r with the asset: the best encoding the client
// accepts; for a 200, conditional requests (If-None-Match and the rest)
// and ranges through http.ServeContent, which also leaves the body out for
// HEAD. Other statuses (the 404 page) are sent whole.
func (a *asset) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v := a.encoding(r.Header["Accept-Encoding"])
	h := w.Header()
	h["Cache-Control"] = a.cacheControl
	if a.compress {
		h["Vary"] = varyAcceptEncoding
	}
	h["Content-Type"] = a.contentType
	if v.contentEncoding != nil {
		h["Content-Encoding"] = v.contentEncoding
	}
	if a.status != http.StatusOK {
		h["Content-Length"] = v.contentLength
		w.WriteHeader(a.status)
		if r.Method != http.MethodHead {
			w.Write(v.body)
		}
		return
	}
	h["Etag"] = v.etagHeader
	// ServeContent sets Content-Length only for ranges when the content is
	// encoded, so it is set here for the whole; a range replaces it.
	h["Content-Length"] = v.contentLength
	h["Accept-Ranges"] = acceptRanges
	if !conditionalOrRange(r.Header) {
		// Nearly every request: the whole asset, in one write, without
		// ServeContent's reader and copy buffer (a third of the time a
		// page takes to serve).
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			w.Write(v.body)
		}
		return
	}
	if tag := a.matchingETag(r.Header["If-None-Match"], v); tag != nil {
		// The 304 names the tag the client holds, so that caches freshen
		// the copy they have (RFC 9111, 4.3.4).
		h["Etag"] = tag
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(v.body))
}

var acceptRanges = header("bytes")

// conditionalOrRange reports whether a request has anything for
// http.ServeContent to decide: a precondition or a range.
func conditionalOrRange(h http.Header) bool {
	for _, name := range [...]string{"If-None-Match", "If-Match", "If-Modified-Since", "If-Unmodified-Since", "Range", "If-Range"} {
		if _, ok := h[name]; ok {
			return true
		}
	}
	return false
}

func cacheControlHeader(v string) []string {
	switch v {
	case revalidate:
		return revalidateHeader
	case noStore:
		return noStoreHeader
	}
	return header(v)
}

// matchingETag implements If-None-Match's weak comparison over a list
// (RFC 9110, 13.1.2) and returns the ETag of the variant it names, nil
// when there is no match. "*" matches the negotiated encoding.
func (a *asset) matchingETag(lines []string, negotiated *variant) []string {
	// Any encoding's tag names the same content.
	for _, line := range lines {
		for line != "" {
			var candidate string
			candidate, line, _ = strings.Cut(line, ",")
			candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
			if candidate == "*" {
				return negotiated.etagHeader
			}
			for _, tag := range a.etags {
				if tag != nil && candidate == tag[0] {
					return tag
				}
			}
		}
	}
	return nil
}
