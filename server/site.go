package server

import (
	"errors"
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
// more than the cores only adds memory.
var maxRenders = max(2, runtime.GOMAXPROCS(0))

// errBusy is returned when no renderer came free in time.
var errBusy = errors.New("every renderer is busy")

// site is everything the server sends: go-app's files, the files of web/,
// the JSON export and every page known in advance, rendered by go-app's
// Handler and compressed once; and the pages rendered per request.
type site struct {
	app    *goapp.Handler
	assets map[string]*asset

	pages     *pageCache
	renderers chan struct{}

	// notFound is the generic 404 page, naming no address: the export's
	// 404.html, and the server's answer where go-app cannot render a page.
	notFound func() (*asset, error)

	log     *slog.Logger
	handler http.Handler
}

func newSite(webDir string, logger *slog.Logger) (*site, error) {
	files, err := readWebFiles(webDir)
	if err != nil {
		return nil, err
	}
	wasm, ok := files[routes.Wasm]
	if !ok {
		return nil, fmt.Errorf("%s/app.wasm is missing: build it first (make build)", webDir)
	}
	s := &site{
		app:       newAppHandler(contentVersion(files), len(wasm), webPaths(files)),
		assets:    map[string]*asset{},
		pages:     newPageCache(renderedPages),
		renderers: make(chan struct{}, maxRenders),
		log:       logger,
	}
	s.handler = s.newHandler(logger)
	s.notFound = sync.OnceValues(func() (*asset, error) {
		body, status, err := s.render(routes.NotFoundFile)
		if err != nil {
			return nil, err
		}
		return newAsset(body, htmlType, status, noStore), nil
	})
	for p, body := range files {
		s.assets[p] = newAsset(body, contentTypeOf(p), http.StatusOK, revalidate)
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
		a, err := s.prepare(p)
		if err != nil {
			return nil, err
		}
		s.assets[p] = a
	}
	codes, err := data.ExportJSON()
	if err != nil {
		return nil, err
	}
	s.assets[routes.CodesJSON] = newAsset(codes, "application/json", http.StatusOK, revalidate)
	return s, nil
}

const htmlType = "text/html; charset=utf-8"

// prepare renders target and compresses it at its best, for an asset kept
// for the life of the server.
func (s *site) prepare(target string) (*asset, error) {
	rec := httptest.NewRecorder()
	s.app.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: go-app answered %d", target, rec.Code)
	}
	contentType := rec.Result().Header.Get("Content-Type")
	if contentType == "text/html" {
		body, status, err := s.render(target)
		if err != nil {
			return nil, err
		}
		return newAsset(body, htmlType, status, revalidate), nil
	}
	return newAsset(rec.Body.Bytes(), contentType, http.StatusOK, revalidate), nil
}

// render asks go-app's Handler for the page at target (a path, with a
// query if any) and returns it with the status its address deserves.
// Every page, prepared or per request, goes through the same rewrite:
// escaped attributes, and the same bytes on every start, so ETags hold
// across restarts and the export matches the server.
func (s *site) render(target string) ([]byte, int, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	s.app.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, 0, fmt.Errorf("rendering %s: go-app answered %d", target, rec.Code)
	}
	body, err := canonicalHTML(rec.Body.Bytes())
	if err != nil {
		return nil, 0, fmt.Errorf("rendering %s: %w", target, err)
	}
	return body, routes.Resolve(req.URL.Path).Status(), nil
}

// dynamic returns the page for an address not prepared in advance: a
// search, an unassigned code, or the helpful 404 page, which names the
// address and suggests codes for it. Addresses go-app cannot render get
// the generic 404 page. Pages are kept in a bounded cache, and at most
// maxRenders render at once.
func (s *site) dynamic(u *url.URL) (*asset, error) {
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
	if err := s.acquireRenderer(); err != nil {
		return nil, err
	}
	defer func() { <-s.renderers }()
	body, status, err := s.render(key) // render escapes every page (canonicalHTML) or fails closed
	if err != nil {
		return nil, err
	}
	cache := noStore // searches and misses: nothing to revalidate
	if routes.Resolve(u.Path).Kind == routes.Unassigned {
		cache = revalidate
	}
	a := newRenderedAsset(body, htmlType, status, cache)
	s.pages.add(key, a)
	return a, nil
}

// acquireRenderer waits up to renderPatience for a free renderer.
func (s *site) acquireRenderer() error {
	select {
	case s.renderers <- struct{}{}:
		return nil
	default:
	}
	t := time.NewTimer(renderPatience)
	defer t.Stop()
	select {
	case s.renderers <- struct{}{}:
		return nil
	case <-t.C:
		return errBusy
	}
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
