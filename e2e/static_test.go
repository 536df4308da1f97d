//go:build e2e && !wasm

package e2e

import (
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestStaticExportServedLikeNginx exports the site with `server -export`,
// serves the directory the way a plain static host would (nginx with
// `try_files $uri $uri.html =404; error_page 404 /404.html; gzip_static
// on;`) and checks that deep links, search and unknown addresses work there
// as they do on the real server.
func TestStaticExportServedLikeNginx(t *testing.T) {
	dir := t.TempDir()
	start := time.Now()
	out, err := exec.Command(site.serverBin, "-web", site.webDir, "-export", dir, "-origin", "https://status.example.com").CombinedOutput()
	if err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	t.Logf("export: %s in %v", strings.TrimSpace(string(out)), time.Since(start).Round(time.Millisecond))

	for _, name := range []string{
		"index.html", "502.html", "418.html", "298.html", "299.html", "1xx.html", "2xx.html", "3xx.html", "4xx.html", "5xx.html",
		"404.html", "codes.json", "web/app.wasm", "web/style.css", "web/icon-192.png",
		"app.js", "app-worker.js", "wasm_exec.js", "manifest.webmanifest",
		// Compressed copies for gzip_static / brotli_static.
		"index.html.gz", "index.html.br", "502.html.gz", "502.html.br", "404.html.gz",
		"codes.json.gz", "codes.json.br", "web/app.wasm.gz", "web/app.wasm.br", "app.js.gz",
		// The pages only the server renders, the header export, and the
		// link-preview images the pages name.
		"headers.html", "headers/retry-after.html", "choose.html", "choose/use-401.html", "compare.html",
		"compare/401-vs-403.html", "headers.json", "previews/index.png", "previews/502.png", "previews/5xx.png",
		"previews/headers/retry-after.png", "previews/compare/401-vs-403.png",
	} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("the export lacks %s", name)
		}
	}
	for _, name := range []string{"web/icon-192.png.gz", "1000.html", "abc.html"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			t.Errorf("the export has %s, which it should not", name)
		}
	}

	host := newStaticHost(dir)
	srv := httptest.NewServer(host)
	t.Cleanup(srv.Close)

	tb := newIsolatedTab(t)
	// The browser reports the 404 answer to /abc, which the test asks for.
	tb.allowConsole("status of 404")

	res, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(srv.URL+"/502"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != http.StatusOK {
		t.Errorf("/502: status %d", res.Status)
	}
	tb.waitApp()
	if h1 := tb.text("h1"); h1 != "502 Bad Gateway" {
		t.Errorf("/502: h1 = %q", h1)
	}
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gateway"))
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
	tb.waitFor(`location.pathname + location.search === "/?q=gateway"`)

	for _, c := range []struct {
		path      string
		status    int
		condition string
	}{
		{"/?q=gateway", http.StatusOK, `(document.querySelector("#result-0 .badge") || {}).innerText === "502"`},
		{"/5xx", http.StatusOK, h1Is("5xx Server Error")},
		{"/298", http.StatusOK, h1Is("298 Unassigned")},
		{"/abc", http.StatusNotFound, h1Is("404 No such page") + ` && document.querySelector("main").innerText.includes("/abc")`},
	} {
		res, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(srv.URL+c.path))
		if err != nil {
			t.Fatalf("%s: %v", c.path, err)
		}
		if res.Status != int64(c.status) {
			t.Errorf("%s: status %d, want %d", c.path, res.Status, c.status)
		}
		tb.waitApp()
		tb.waitFor(c.condition)
	}

	if enc := host.encodingOf("/web/app.wasm"); enc == "" {
		t.Error("the static host sent app.wasm uncompressed; want its .gz or .br copy")
	}

	// A deploy that lost app.wasm (the server refuses to start without it,
	// a static host does not): the worker must not install, or it would
	// serve a dead app from its cache.
	for _, name := range []string{"app.wasm", "app.wasm.gz", "app.wasm.br"} {
		if err := os.Remove(filepath.Join(dir, "web", name)); err != nil {
			t.Fatal(err)
		}
	}
	fresh := newIsolatedTab(t)
	// The 404 for /web/app.wasm, and go-app's loader saying it has no bundle.
	fresh.allowConsole("status of 404")
	fresh.allowConsole("loading wasm failed")
	fresh.do(chromedp.Navigate(srv.URL + "/"))
	outcome := awaitJS[installOutcome](fresh, 60*time.Second, installOutcomeJS)
	if outcome.Outcome != "redundant" || outcome.Active || outcome.Controlled || len(outcome.Caches) != 0 {
		t.Errorf("without app.wasm: want the install to fail and no cache left; got %+v", outcome)
	}
}

// staticHost serves an exported directory as nginx would with
//
//	index index.html;
//	try_files $uri $uri.html =404;
//	error_page 404 /404.html;
//	gzip_static on; brotli_static on;
type staticHost struct {
	dir string

	mu        sync.Mutex
	encodings map[string]string // path → Content-Encoding last sent
}

func newStaticHost(dir string) *staticHost {
	return &staticHost{dir: dir, encodings: map[string]string{}}
}

func (h *staticHost) encodingOf(p string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.encodings[p]
}

func (h *staticHost) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	for _, candidate := range []string{p, p + ".html"} {
		if h.serveFile(w, r, candidate, http.StatusOK) {
			return
		}
	}
	if !h.serveFile(w, r, "/404.html", http.StatusNotFound) {
		http.NotFound(w, r)
	}
}

// serveFile sends the file at URL path p, or its best precompressed copy,
// and reports whether there was such a file.
func (h *staticHost) serveFile(w http.ResponseWriter, r *http.Request, p string, status int) bool {
	name := filepath.Join(h.dir, filepath.FromSlash(p))
	if fi, err := os.Stat(name); err != nil || !fi.Mode().IsRegular() {
		return false
	}
	accept := r.Header.Get("Accept-Encoding")
	send, encoding := name, ""
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if strings.Contains(accept, enc.token) {
			if _, err := os.Stat(name + enc.ext); err == nil {
				send, encoding = name+enc.ext, enc.token
				break
			}
		}
	}
	body, err := os.ReadFile(send)
	if err != nil {
		return false
	}
	ct := mime.TypeByExtension(path.Ext(p))
	switch path.Ext(p) {
	case ".webmanifest":
		ct = "application/manifest+json"
	case ".wasm":
		ct = "application/wasm"
	case "":
		ct = "application/octet-stream"
	}
	hd := w.Header()
	hd.Set("Content-Type", ct)
	if encoding != "" {
		hd.Set("Content-Encoding", encoding)
		hd.Set("Vary", "Accept-Encoding")
	}
	h.mu.Lock()
	h.encodings[p] = encoding
	h.mu.Unlock()
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
	return true
}
