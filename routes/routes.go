// Package routes is the one place that knows every address of the site:
// which page a path shows (for the browser's router, the server's HTTP
// status and the not-found page), the path of every page (for links), the
// pages known in advance (for start-up rendering, the static export and the
// service worker's precache), and the files that are not pages.
//
// It sits below components, which build links with it, and below app and
// server, which resolve addresses with it; it imports only data.
package routes

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"httpstatus/data"
)

// Kind is the kind of page an address shows. Adding a kind of page is one
// entry in table plus the component that renders it (app/shell.go).
type Kind int

const (
	Index      Kind = iota + 1 // "/" with or without ?q=
	Code                       // "/502": a number someone uses
	Class                      // "/5xx"
	Unassigned                 // "/299": in 100–599, unused by anyone
	NotFound                   // everything else
)

// Page is what an address resolves to.
type Page struct {
	Kind Kind
	// Path is the page's canonical address. A request for another
	// spelling of it (Resolve accepts some) is redirected there.
	Path   string
	Number int        // Code, Unassigned
	Class  data.Class // Class, Unassigned
}

// Status is the HTTP status the server answers for the page.
func (p Page) Status() int {
	if p.Kind == NotFound {
		return http.StatusNotFound
	}
	return http.StatusOK
}

// route is one kind of page: how to read its addresses and which of its
// pages exist in advance.
type route struct {
	kind Kind
	// match returns the page path shows, or false when path is not one of
	// this route's addresses.
	match func(path string) (Page, bool)
	// prepared lists the paths of the pages of this kind that exist in
	// advance: the server renders them at start-up and the service worker
	// precaches them.
	prepared func() []string
	// exported lists, for the static export only, pages a static host
	// must have as files although the server renders them on request.
	exported func() []string
}

// table is every kind of page, tried in order.
var table = []route{
	{kind: Index, match: matchIndex, prepared: func() []string { return []string{"/"} }},
	{kind: Class, match: matchClass, prepared: classPaths},
	{kind: Code, match: matchCode, prepared: codePaths},
	{kind: Unassigned, match: matchUnassigned, exported: unassignedPaths},
}

// Resolve returns the page a URL path shows; a path that is no page gives
// a NotFound page.
func Resolve(path string) Page {
	for _, r := range table {
		if p, ok := r.match(path); ok {
			p.Kind = r.kind
			return p
		}
	}
	return Page{Kind: NotFound, Path: path}
}

// Prepared lists every page known in advance, in table order.
func Prepared() []string { return collect(func(r route) func() []string { return r.prepared }) }

// Exported lists the pages a static export writes besides Prepared: those
// the server renders on request but a static host must have as files.
func Exported() []string { return collect(func(r route) func() []string { return r.exported }) }

func collect(list func(route) func() []string) []string {
	var paths []string
	for _, r := range table {
		if f := list(r); f != nil {
			paths = append(paths, f()...)
		}
	}
	return paths
}

// Addresses that are files, not pages.
const (
	// CodesJSON is the whole dataset for other tools (docs/codes-json.md).
	CodesJSON = "/codes.json"
	// Health answers load balancers.
	Health = "/healthz"
	// NotFoundFile is the static export's generic 404 page, which static
	// hosts serve for any address they do not have; it names no address.
	NotFoundFile = "/404.html"
	// WebPrefix starts the address of every file of web/ ("/web/app.wasm").
	WebPrefix = "/web/"
	// Wasm is the app's WebAssembly bundle.
	Wasm = WebPrefix + "app.wasm"
)

// GoAppFiles are the scripts, stylesheet and manifest that go-app
// generates.
var GoAppFiles = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// IsFile reports whether path names a file rather than a page.
func IsFile(path string) bool {
	if path == CodesJSON || path == Health || strings.HasPrefix(path, WebPrefix) {
		return true
	}
	for _, f := range GoAppFiles {
		if path == f {
			return true
		}
	}
	return false
}

// IndexPath is the address of the index.
const IndexPath = "/"

// CodePath is the address of a code's page: "/502", "/000".
func CodePath(number int) string { return "/" + data.FormatNumber(number) }

// ClassPath is the address of a class page: "/5xx".
func ClassPath(c data.Class) string { return "/" + c.Label() }

// SearchPath is the address of the index searching for q: "/?q=gateway".
func SearchPath(q string) *url.URL {
	u := &url.URL{Path: IndexPath}
	if q != "" {
		u.RawQuery = url.Values{"q": {q}}.Encode()
	}
	return u
}

func matchIndex(path string) (Page, bool) {
	return Page{Path: IndexPath}, path == IndexPath || path == ""
}

func matchClass(path string) (Page, bool) {
	if len(path) != 4 || path[0] != '/' || path[2:] != "xx" || path[1] < '1' || path[1] > '5' {
		return Page{}, false
	}
	cl, _ := data.ClassOf(int(path[1]-'0') * 100)
	return Page{Path: path, Class: cl}, true
}

// number reads a three-digit code path ("/502").
func number(path string) (int, bool) {
	if len(path) != 4 || path[0] != '/' {
		return 0, false
	}
	for _, c := range path[1:] {
		if c < '0' || c > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(path[1:])
	return n, err == nil
}

func matchCode(path string) (Page, bool) {
	n, ok := number(path)
	if !ok || len(data.Lookup(n)) == 0 {
		return Page{}, false
	}
	return Page{Path: path, Number: n}, true
}

func matchUnassigned(path string) (Page, bool) {
	n, ok := number(path)
	if !ok {
		return Page{}, false
	}
	cl, ok := data.ClassOf(n)
	return Page{Path: path, Number: n, Class: cl}, ok && len(data.Lookup(n)) == 0
}

func classPaths() []string {
	var paths []string
	for _, cl := range data.Classes {
		paths = append(paths, ClassPath(cl))
	}
	return paths
}

func codePaths() []string {
	var paths []string
	last := -1
	for _, c := range data.All() {
		if c.Number != last {
			paths = append(paths, CodePath(c.Number))
			last = c.Number
		}
	}
	return paths
}

func unassignedPaths() []string {
	var paths []string
	for _, cl := range data.Classes {
		for n := cl.Digit * 100; n < cl.Digit*100+100; n++ {
			if len(data.Lookup(n)) == 0 {
				paths = append(paths, CodePath(n))
			}
		}
	}
	return paths
}
