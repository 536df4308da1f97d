package server

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"runtime"
	"strconv"
	"sync"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/app"
	"httpstatus/components"
	"httpstatus/data"
	"httpstatus/routes"
)

// Cache policies. Pages and files keep their URLs across versions, so
// browsers revalidate them (a 304 costs one round trip); the service worker
// gives the offline and instant loads.
const (
	revalidate = "no-cache"
	noStore    = "no-store"
)

// Bounds on the pages rendered per request (searches, unassigned codes,
// addresses that are not pages).
const (
	// renderedPages is how many such pages are kept, least recently used
	// out first: a popular search or a mistyped link is rendered once.
	renderedPages = 1000
)

// renderPatience is how long a request waits for a free renderer before
// the server answers 503. A variable for the tests.
var renderPatience = 2 * time.Second

// maxRenders is how many pages render at once: rendering is CPU work, so
// more than the cores only adds memory. maxWaiting is how many requests
// the render queue holds; more wait to join it, parked, within the same
// renderPatience (see renderQueue).
var (
	maxRenders = max(2, runtime.GOMAXPROCS(0))
	maxWaiting = 4096
)

// site is everything the server sends: go-app's files, the files of web/,
// the JSON export and every page known in advance, rendered by go-app's
// Handler and compressed once; and the pages rendered per request.
type site struct {
	app    *goapp.Handler
	assets map[string]*asset

	pages     *pageCache
	rendering *renderQueue
	previews  previews

	// notFound is the generic 404 page, naming no address: the export's
	// 404.html, and the server's answer where go-app cannot render a page.
	notFound func() (*asset, error)

	// origin is the site's public origin, for link previews; nil when
	// not known.
	origin *url.URL

	log     *slog.Logger
	handler http.Handler
}

func newSite(webDir string, logger *slog.Logger, origin *url.URL) (*site, error) {
	// The server renders the pages whose content the browser's bundle
	// leaves out (see app.RenderServerPage).
	app.RenderServerPage = components.ServerPage
	files, err := readWebFiles(webDir)
	if err != nil {
		return nil, err
	}
	wasm, ok := files[routes.Wasm]
	if !ok {
		return nil, fmt.Errorf("%s/app.wasm is missing: build it first (make build)", webDir)
	}
	s := &site{
		app:    newAppHandler(contentVersion(files), len(wasm), webPaths(files)),
		assets: map[string]*asset{},
		pages:  newPageCache(renderedPages),
		log:    logger,
		origin: origin,
	}
	s.rendering = newRenderQueue(maxRenders, maxWaiting, renderPatience)
	s.handler = s.newHandler(logger)
	s.notFound = sync.OnceValues(func() (*asset, error) {
		body, status, err := s.render(routes.NotFoundFile)
		if err != nil {
			return nil, err
		}
		return newAsset(body, htmlType, status, noStore), nil
	})
	// Compressing is most of the start-up's work (app.wasm alone takes
	// seconds at brotli 9): it runs on every core while pages render.
	prepared := newPreparer()
	for p, body := range files {
		prepared.add(p, func() (*asset, error) {
			return newAsset(body, contentTypeOf(p), http.StatusOK, revalidate), nil
		})
	}
	for _, p := range routes.GoAppFiles {
		a, err := s.prepare(p)
		if err != nil {
			return nil, err
		}
		if p == "/app.js" {
			body, err := startAppOnDemand(a.body)
			if err != nil {
				return nil, err
			}
			a = newAsset(body, a.contentType[0], a.status, revalidate)
		}
		s.assets[p] = a
	}
	for _, p := range routes.Prepared() {
		prepared.add(p, func() (*asset, error) { return s.prepare(p) })
	}
	if err := prepared.wait(s.assets); err != nil {
		return nil, err
	}
	for path, export := range map[string]func() ([]byte, error){
		routes.CodesJSON:   data.ExportJSON,
		routes.HeadersJSON: data.ExportHeadersJSON,
	} {
		body, err := export()
		if err != nil {
			return nil, err
		}
		s.assets[path] = newAsset(body, "application/json", http.StatusOK, revalidate)
	}
	return s, nil
}

const htmlType = "text/html; charset=utf-8"

// prepare asks go-app's Handler for target and compresses the answer at
// its best, for an asset kept for the life of the server; a page goes
// through finishPage first.
func (s *site) prepare(target string) (*asset, error) {
	body, contentType, err := s.ask(target)
	if err != nil {
		return nil, err
	}
	if contentType == "text/html" {
		body, status, err := s.finishPage(body, target)
		if err != nil {
			return nil, err
		}
		return newAsset(body, htmlType, status, revalidate), nil
	}
	return newAsset(body, contentType, http.StatusOK, revalidate), nil
}

// render asks go-app's Handler for the page at target (a path, with a
// query if any) and returns it finished, with the status its address
// deserves.
func (s *site) render(target string) ([]byte, int, error) {
	body, _, err := s.ask(target)
	if err != nil {
		return nil, 0, err
	}
	return s.finishPage(body, target)
}

// ask returns go-app's Handler's answer for target and its content type.
func (s *site) ask(target string) ([]byte, string, error) {
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	if rec.Code != http.StatusOK {
		return nil, "", fmt.Errorf("rendering %s: go-app answered %d", target, rec.Code)
	}
	return rec.Body.Bytes(), rec.Result().Header.Get("Content-Type"), nil
}

// finishPage rewrites a page go-app rendered for target. Every page,
// prepared or per request, goes through the same rewrite: escaped
// attributes, and the same bytes on every start, so ETags hold across
// restarts and the export matches the server.
func (s *site) finishPage(page []byte, target string) ([]byte, int, error) {
	body, err := canonicalHTML(page)
	if err != nil {
		return nil, 0, fmt.Errorf("rendering %s: %w", target, err)
	}
	body = withSocialTags(body, s.origin, target)
	// The status of the page go-app rendered: for the path as it read it.
	u, err := url.ParseRequestURI(target)
	if err != nil {
		return nil, 0, fmt.Errorf("rendering %s: %w", target, err)
	}
	return body, routes.Resolve(u.Path).Status(), nil
}

// dynamic returns the page for an address not prepared in advance: a
// search, an unassigned code, or the helpful 404 page, which names the
// address and suggests codes for it. Addresses go-app cannot render get
// the generic 404 page. Pages are kept in a bounded cache, and rendered by
// the render queue, maxRenders at once, which also compresses them in the
// coding acceptEncoding (the request's) asks for; ctx is the request's.
func (s *site) dynamic(ctx context.Context, u *url.URL, acceptEncoding []string) (*asset, error) {
	if !s.renders(u.Path) {
		return s.notFound()
	}
	if q := escapeQuery(u.RawQuery); q != u.RawQuery {
		// HTTP/2 lets a query hold spaces, which the renderer's
		// HTTP/1 request line cannot.
		escaped := *u
		escaped.RawQuery = q
		u = &escaped
	}
	key := u.RequestURI()
	if a := s.pages.get(key); a != nil {
		return a, nil
	}
	cache := noStore // searches and misses: nothing to revalidate
	if routes.Resolve(u.Path).Kind == routes.Unassigned {
		cache = revalidate
	}
	return s.rendering.render(ctx, func() (*asset, error) {
		a, err := s.renderPage(key, cache)
		if err == nil {
			a.encoding(acceptEncoding) // compressed here, not on the request's goroutine
		}
		return a, err
	})
}

// renderPage renders the page at key, a path and query, and keeps it in
// the cache, to be sent with cacheControl; it runs on the render queue's
// goroutines.
func (s *site) renderPage(key, cacheControl string) (*asset, error) {
	if a := s.pages.get(key); a != nil {
		return a, nil // rendered while this request waited
	}
	body, status, err := s.render(key) // render escapes every page (canonicalHTML) or fails closed
	if err != nil {
		return nil, err
	}
	a := newRenderedAsset(body, htmlType, status, cacheControl)
	s.pages.add(key, a)
	return a, nil
}

// readWebFiles loads every file under webDir, keyed by its URL path.
func readWebFiles(webDir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(os.DirFS(webDir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path.Join(webDir, p))
		files[routes.WebPrefix+p] = b
		return err
	})
	return files, err
}

func webPaths(files map[string][]byte) []string {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	return paths
}

func itoa(n int) string { return strconv.Itoa(n) }

// preparer prepares assets on every core at once.
type preparer struct {
	wg      sync.WaitGroup
	workers chan struct{}
	mu      sync.Mutex
	assets  map[string]*asset
	err     error
}

func newPreparer() *preparer {
	return &preparer{workers: make(chan struct{}, runtime.GOMAXPROCS(0)), assets: map[string]*asset{}}
}

// add prepares the asset for path with make, as soon as a core is free.
func (p *preparer) add(path string, make func() (*asset, error)) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.workers <- struct{}{}
		defer func() { <-p.workers }()
		a, err := make()
		p.mu.Lock()
		defer p.mu.Unlock()
		if err != nil && p.err == nil {
			p.err = err
		}
		p.assets[path] = a
	}()
}

// wait waits for every asset and puts them into assets.
func (p *preparer) wait(assets map[string]*asset) error {
	p.wg.Wait()
	if p.err != nil {
		return p.err
	}
	for path, a := range p.assets {
		assets[path] = a
	}
	return nil
}
