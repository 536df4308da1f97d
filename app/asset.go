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
	"strings"

	"github.com/andybalholm/brotli"
)

// asset is one response prepared in memory: its bytes, compressed once in
// both encodings browsers accept, and the headers that go with them.
type asset struct {
	body         []byte
	gzip         []byte // nil when compression does not pay
	brotli       []byte
	contentType  string
	etag         string
	cacheControl string
	status       int
}

// Compressing less than this rarely saves a network packet.
const minCompressSize = 512

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
	return a
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

func gzipBytes(b []byte) []byte {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// brotliQuality trades start-up time for size: 11 is the smallest output
// but takes tens of seconds on the WASM bundle; 9 is within a few percent.
const brotliQuality = 9

func brotliBytes(b []byte) []byte {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotliQuality)
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

// encoding picks the best encoding of a the client accepts.
func (a *asset) encoding(acceptEncoding string) (string, []byte) {
	if a.gzip == nil {
		return "", a.body
	}
	accepts := acceptedEncodings(acceptEncoding)
	switch {
	case accepts["br"]:
		return "br", a.brotli
	case accepts["gzip"]:
		return "gzip", a.gzip
	}
	return "", a.body
}

// acceptedEncodings parses Accept-Encoding, honouring q=0 as a refusal.
func acceptedEncodings(header string) map[string]bool {
	accepted := map[string]bool{}
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		refused := false
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.TrimSpace(k) == "q" && strings.Trim(strings.TrimSpace(v), "0.") == "" && v != "" {
				refused = true
			}
		}
		if name != "" {
			accepted[name] = !refused
		}
	}
	return accepted
}

// serve writes a as the response to r: 304 when the client's copy is
// current, the best encoding it accepts, no body for HEAD.
func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", a.cacheControl)
	if a.gzip != nil {
		h.Set("Vary", "Accept-Encoding")
	}
	if a.status == http.StatusOK && etagMatches(r.Header.Get("If-None-Match"), a.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	enc, body := a.encoding(r.Header.Get("Accept-Encoding"))
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	h.Set("Content-Length", itoa(len(body)))
	w.WriteHeader(a.status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatches implements If-None-Match's weak comparison over a list.
func etagMatches(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, candidate := range strings.Split(header, ",") {
		candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
		if candidate == "*" || candidate == etag {
			return true
		}
	}
	return false
}
