//go:build !wasm

package app

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

	"github.com/andybalholm/brotli"
)

// asset is one response prepared in memory: its bytes, compressed once in
// both encodings browsers accept, and the headers that go with them.
//
// newAsset fills every field. Only cacheControl and status may be changed
// afterwards (searches and 404 pages are not cached), and only before the
// asset is first served: the other header values are built from the fields.
type asset struct {
	body         []byte
	gzip         []byte // nil when compression does not pay
	brotli       []byte
	contentType  string
	etag         string // of the identity encoding; the others add a suffix
	cacheControl string
	status       int

	// The header values of each encoding, built once: serving an asset
	// then assigns ready slices instead of allocating new ones.
	variants          [numCodings]variant
	contentTypeHeader []string
}

// coding is a content coding the server can send.
type coding int

const (
	identity coding = iota
	gzipCoding
	brotliCoding
	numCodings
)

// variant is the asset in one coding, with its header values.
type variant struct {
	body            []byte
	etag            string
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

func newAsset(body []byte, contentType string, status int, cacheControl string) *asset {
	sum := sha256.Sum256(body)
	a := &asset{
		body:         body,
		contentType:  contentType,
		etag:         `"` + hex.EncodeToString(sum[:12]) + `"`,
		cacheControl: cacheControl,
		status:       status,
	}
	if compressible(contentType) && len(body) >= minCompressSize {
		a.gzip = gzipBytes(body)
		a.brotli = brotliBytes(body)
	}
	a.prepare()
	return a
}

// prepare builds the header values of each encoding. Each encoding has an
// ETag of its own: they are different representations (RFC 9110, 8.8.3),
// and a cache that stores both must not take one for the other.
func (a *asset) prepare() {
	a.contentTypeHeader = header(a.contentType)
	tag := strings.TrimSuffix(a.etag, `"`)
	a.variants[identity] = newVariant(a.body, a.etag, "")
	if a.gzip != nil {
		a.variants[gzipCoding] = newVariant(a.gzip, tag+`-gz"`, "gzip")
		a.variants[brotliCoding] = newVariant(a.brotli, tag+`-br"`, "br")
	}
}

func newVariant(body []byte, etag, encoding string) variant {
	v := variant{
		body:          body,
		etag:          etag,
		etagHeader:    header(etag),
		contentLength: header(strconv.Itoa(len(body))),
	}
	if encoding != "" {
		v.contentEncoding = header(encoding)
	}
	return v
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

// gzipWriters are reused: each holds about a megabyte of compressor state,
// which pages rendered per request would otherwise allocate every time.
var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.BestCompression)
	return w
}}

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(w)
	w.Reset(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// brotliQuality trades start-up time for size: 11 is the smallest output
// but takes tens of seconds on the WASM bundle; 9 is within a few percent.
const brotliQuality = 9

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

func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotliQuality, LGWin: brotliWindow(len(b))})
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

// encoding picks the encoding of a to send to a client whose
// Accept-Encoding header lines are acceptEncoding.
func (a *asset) encoding(acceptEncoding []string) *variant {
	if a.gzip == nil || len(acceptEncoding) == 0 {
		return &a.variants[identity]
	}
	return &a.variants[negotiate(acceptEncoding)]
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

// respond answers req with a: 304 when the client's copy is current, the
// best encoding it accepts, no body for HEAD.
func (a *asset) respond(req *request, res *response) {
	v := a.encoding(req.acceptEncoding)
	res.set("Cache-Control", cacheControlHeader(a.cacheControl))
	if a.gzip != nil {
		res.set("Vary", varyAcceptEncoding)
	}
	if a.status == http.StatusOK {
		if tag := a.matchingETag(req.ifNoneMatch, v); tag != nil {
			res.status = http.StatusNotModified
			res.set("Etag", tag)
			return
		}
	}
	res.status = a.status
	res.set("Etag", v.etagHeader)
	res.set("Content-Type", a.contentTypeHeader)
	if v.contentEncoding != nil {
		res.set("Content-Encoding", v.contentEncoding)
	}
	res.set("Content-Length", v.contentLength)
	if !req.isHead() {
		res.body = v.body
	}
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
// (RFC 9110, 13.1.2) and returns the ETag the 304 carries, nil when there
// is no match. Any encoding's tag matches, since the content is the same:
// the 304 then names the tag the client holds, so that caches freshen the
// copy they have (RFC 9111, 4.3.4). "*" matches the negotiated encoding.
func (a *asset) matchingETag(lines []string, negotiated *variant) []string {
	for _, line := range lines {
		for line != "" {
			var candidate string
			candidate, line, _ = strings.Cut(line, ",")
			candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
			if candidate == "*" {
				return negotiated.etagHeader
			}
			for i := range a.variants {
				if v := &a.variants[i]; v.etag != "" && candidate == v.etag {
					return v.etagHeader
				}
			}
		}
	}
	return nil
}
