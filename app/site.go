//go:build !wasm

package app

import (
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"strconv"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// Cache policies. Pages and files keep their URLs across versions, so
// browsers revalidate them (a 304 costs one round trip); the service worker
// gives the offline and instant loads.
const (
	revalidate = "no-cache"
	noStore    = "no-store"
)

// goappFiles are the scripts, stylesheet and manifest go-app generates.
var goappFiles = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// site is everything the server sends, prepared once: go-app's files, the
// files of web/, the JSON export and every page whose content is known in
// advance, rendered by go-app's Handler and compressed.
type site struct {
	app    *goapp.Handler
	assets map[string]*asset

	// Unassigned codes are rendered on first request and kept: there are
	// a few hundred at most.
	mu         sync.Mutex
	unassigned map[string]*asset

	// accessLog, when not nil, gets a line per request.
	accessLog *slog.Logger

	// notFound is the generic 404 page, naming no address: the export's
	// 404.html, and the server's answer where go-app cannot render a page.
	notFound func() (*asset, error)
}

func newSite(webDir string) (*site, error) {
	files, err := readWebFiles(webDir)
	if err != nil {
		return nil, err
	}
	wasm, ok := files["/web/app.wasm"]
	if !ok {
		return nil, fmt.Errorf("%s/app.wasm is missing: build it first (make build)", webDir)
	}
	s := &site{
		app:        newAppHandler(contentVersion(files), len(wasm), webPaths(files)),
		assets:     map[string]*asset{},
		unassigned: map[string]*asset{},
	}
	s.notFound = sync.OnceValues(func() (*asset, error) {
		a, err := s.render(notFoundPage)
		if a != nil {
			a.cacheControl = noStore
		}
		return a, err
	})
	for p, body := range files {
		s.assets[p] = newAsset(body, contentTypeOf(p), http.StatusOK, revalidate)
	}
	for _, p := range goappFiles {
		a, err := s.render(p)
		if err != nil {
			return nil, err
		}
		if p == "/app.js" {
			body, err := startAppOnDemand(a.body)
			if err != nil {
				return nil, err
			}
			a = newAsset(body, a.contentType, a.status, a.cacheControl)
		}
		s.assets[p] = a
	}
	for _, p := range PagePaths() {
		a, err := s.render(p)
		if err != nil {
			return nil, err
		}
		s.assets[p] = a
	}
	codes, err := data.ExportJSON()
	if err != nil {
		return nil, err
	}
	s.assets["/codes.json"] = newAsset(codes, "application/json", http.StatusOK, revalidate)
	return s, nil
}

// render asks go-app's Handler for target (a path, with a query if any) and
// prepares the answer, with the status its address deserves.
func (s *site) render(target string) (*asset, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	s.app.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: go-app answered %d", target, rec.Code)
	}
	res := rec.Result()
	body := rec.Body.Bytes()
	status := http.StatusOK
	contentType := res.Header.Get("Content-Type")
	if contentType == "text/html" {
		contentType = "text/html; charset=utf-8"
		status = resolve(req.URL.Path).status()
		// Every page, prepared or per request, goes through the same
		// rewrite: escaped attributes, and the same bytes on every start,
		// so ETags hold across restarts and the export matches the server.
		var err error
		if body, err = canonicalHTML(body); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", target, err)
		}
	}
	return newAsset(body, contentType, status, revalidate), nil
}

// page returns the page for a path and query that were not prepared in
// advance: searches, unassigned codes and addresses that are not pages.
func (s *site) page(u *url.URL) (*asset, error) {
	t := resolve(u.Path)
	if t.view != viewUnassigned {
		a, err := s.render(u.RequestURI())
		if a != nil {
			a.cacheControl = noStore
		}
		return a, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a, ok := s.unassigned[u.Path]; ok {
		return a, nil
	}
	a, err := s.render(u.Path)
	if err == nil {
		s.unassigned[u.Path] = a
	}
	return a, err
}

// readWebFiles loads every file under webDir, keyed by its URL path.
func readWebFiles(webDir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(os.DirFS(webDir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path.Join(webDir, p))
		files["/web/"+p] = b
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
