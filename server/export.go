package server

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"httpstatus/routes"
)

// exportStatic writes the site as files a static host can serve: the same
// bytes the server sends, each page as NNN.html (hosts map /502 to
// 502.html), a 404.html, and .gz and .br copies beside every file worth
// compressing. go-app's GenerateStaticWebsite would render the pages again
// and leave web/ and the compressed copies to us; writing what the server
// already prepared keeps the two identical.
//
// Unassigned codes (/299) get pages too: the server answers them with 200
// and a page of their own, so a static host must not answer 404. Searches
// (/?q=…) need no file: the host serves index.html and the app renders the
// results.
func exportStatic(s *site, dir string) error {
	notFound, err := s.notFound()
	if err != nil {
		return err
	}
	files := map[string]*asset{routes.NotFoundFile: notFound}
	for p, a := range s.assets {
		files[exportName(p)] = a
	}
	for _, p := range routes.Previews() {
		a, _, err := s.previews.get(p)
		if err != nil {
			return err
		}
		files[p] = a
	}
	for _, p := range routes.Exported() {
		body, status, err := s.render(p)
		if err != nil {
			return err
		}
		files[exportName(p)] = newAsset(body, htmlType, status, revalidate)
	}
	if err := writeFiles(dir, files); err != nil {
		return err
	}
	fmt.Printf("exported %d files to %s\n", len(files), dir)
	return nil
}

// writeFiles writes each asset under dir at its name, with .gz and .br
// copies beside those worth compressing.
func writeFiles(dir string, files map[string]*asset) error {
	for name, a := range files {
		dest := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(name, "/")))
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dest, a.body, 0o644); err != nil {
			return err
		}
		if !a.compress {
			continue
		}
		if err := os.WriteFile(dest+".gz", a.variant(gzipCoding).body, 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(dest+".br", a.variant(brotliCoding).body, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// exportName is the file a path is written to.
func exportName(path string) string {
	switch {
	case path == routes.IndexPath:
		return "/index.html"
	case !routes.IsFile(path):
		return path + ".html"
	}
	return path
}
