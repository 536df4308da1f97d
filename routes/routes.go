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
	"slices"
	"strconv"
	"strings"

	"httpstatus/data"
)

// Kind is the kind of page an address shows. Adding a kind of page is one
// entry in table plus the component that renders it (app/shell.go).
type Kind int

const (
	Index          Kind = iota + 1 // "/" with or without ?q=
	Code                           // "/502": a number someone uses
	Class                          // "/5xx"
	NotAStatusCode                 // "/199": a number that lists show as a code but is not (a Warning code)
	Unassigned                     // "/298": in 100–599, unused by anyone
	HeaderIndex                    // "/headers"
	Header                         // "/headers/retry-after"
	Chooser                        // "/choose", "/choose/client-error": a step or a recommendation
	CompareIndex                   // "/compare"
	Comparison                     // "/compare/401-vs-403"
	NotFound                       // everything else
)

// Page is what an address resolves to.
type Page struct {
	Kind Kind
	// Path is the page's canonical address. A request for another
	// spelling of it (Resolve accepts some) is redirected there.
	Path   string
	Number int        // Code, NotAStatusCode, Unassigned
	Class  data.Class // Class, Unassigned
	// Name is the header's name (Header), the step's ID (Chooser) or the
	// comparison's slug (Comparison).
	Name string
	// FromServer is set for the kinds of page whose content is not in the
	// WebAssembly bundle: the server renders them, and the app shows the
	// page the server sent.
	FromServer bool
}

// PreviewPath is the address of the image that link previews (Slack, X,
// iMessage…) show for the page: its own for a code, a class, a header or a
// comparison, the site's for every other page.
func (p Page) PreviewPath() string {
	switch p.Kind {
	case Code, Class, Header, Comparison:
		return PreviewPrefix + strings.TrimPrefix(p.Path, "/") + ".png"
	}
	return PreviewPrefix + "index.png"
}

// Previews lists the addresses of every preview image.
func Previews() []string {
	paths := []string{PreviewPrefix + "index.png"}
	for _, p := range Prepared() {
		if pp := Resolve(p).PreviewPath(); !slices.Contains(paths, pp) {
			paths = append(paths, pp)
		}
	}
	return paths
}

// PageOfPreview returns the page whose preview image path is, or false.
func PageOfPreview(path string) (Page, bool) {
	rest, ok := strings.CutPrefix(path, PreviewPrefix)
	rest, isPNG := strings.CutSuffix(rest, ".png")
	if !ok || !isPNG {
		return Page{}, false
	}
	if rest == "index" {
		return Page{Kind: Index, Path: IndexPath}, true
	}
	p := Resolve("/" + rest)
	return p, p.Kind != NotFound && p.PreviewPath() == path
}

// Redirects reports whether a request for path should be sent to the
// page's canonical address instead (/headers/Retry-After →
// /headers/retry-after, /compare/403-vs-401 → /compare/401-vs-403).
func (p Page) Redirects(path string) bool { return p.Kind != NotFound && p.Path != path }

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
	// fromServer: see Page.FromServer.
	fromServer bool
}

// table is every kind of page, tried in order.
var table = []route{
	{kind: Index, match: matchIndex, prepared: just(IndexPath)},
	{kind: Class, match: matchClass, prepared: classPaths},
	{kind: Code, match: matchCode, prepared: codePaths},
	{kind: NotAStatusCode, match: matchNotAStatusCode, prepared: notAStatusCodePaths, fromServer: true},
	{kind: Unassigned, match: matchUnassigned, exported: unassignedPaths},
	{kind: HeaderIndex, match: exactly(HeaderIndexPath), prepared: just(HeaderIndexPath), fromServer: true},
	{kind: Header, match: matchHeader, prepared: headerPaths, fromServer: true},
	{kind: Chooser, match: matchChooser, prepared: chooserPaths, fromServer: true},
	{kind: CompareIndex, match: exactly(CompareIndexPath), prepared: just(CompareIndexPath), fromServer: true},
	{kind: Comparison, match: matchComparison, prepared: comparisonPaths, fromServer: true},
}

// Resolve returns the page a URL path shows; a path that is no page gives
// a NotFound page.
func Resolve(path string) Page {
	for _, r := range table {
		if p, ok := r.match(path); ok {
			p.Kind = r.kind
			p.FromServer = r.fromServer
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
	// HeadersJSON is every header page for other tools
	// (docs/headers-json.md).
	HeadersJSON = "/headers.json"
	// Health answers load balancers.
	Health = "/healthz"
	// NotFoundFile is the static export's generic 404 page, which static
	// hosts serve for any address they do not have; it names no address.
	NotFoundFile = "/404.html"
	// WebPrefix starts the address of every file of web/ ("/web/app.wasm").
	WebPrefix = "/web/"
	// PreviewPrefix starts the address of every link-preview image
	// (PreviewPath).
	PreviewPrefix = "/previews/"
	// Wasm is the app's WebAssembly bundle.
	Wasm = WebPrefix + "app.wasm"
)

// GoAppFiles are the scripts, stylesheet and manifest that go-app
// generates.
var GoAppFiles = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// IsFile reports whether path names a file rather than a page.
func IsFile(path string) bool {
	if path == CodesJSON || path == HeadersJSON || path == Health || strings.HasPrefix(path, WebPrefix) ||
		strings.HasPrefix(path, PreviewPrefix) {
		return true
	}
	for _, f := range GoAppFiles {
		if path == f {
			return true
		}
	}
	return false
}

// Addresses of pages that are one of a kind.
const (
	IndexPath        = "/"
	HeaderIndexPath  = "/headers"
	ChooserPath      = "/choose"
	CompareIndexPath = "/compare"
)

// HeaderPath is the address of a header's page: "/headers/retry-after".
// Field names are case-insensitive; the address is in lower case.
func HeaderPath(name string) string { return HeaderIndexPath + "/" + data.HeaderSlug(name) }

// ChooserStepPath is the address of a step or recommendation of the
// chooser: "/choose" for the first question, "/choose/client-error".
func ChooserStepPath(id string) string {
	if id == data.ChooserStartID {
		return ChooserPath
	}
	return ChooserPath + "/" + id
}

// ComparisonPath is the address of the comparison of codes, in the
// canonical order: "/compare/401-vs-403".
func ComparisonPath(codes []int) string { return CompareIndexPath + "/" + data.ComparisonSlug(codes) }

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

func exactly(want string) func(string) (Page, bool) {
	return func(path string) (Page, bool) { return Page{Path: want}, path == want }
}

func just(path string) func() []string { return func() []string { return []string{path} } }

// under returns what follows prefix+"/" in path, if that is one segment.
func under(path, prefix string) (string, bool) {
	rest, ok := strings.CutPrefix(path, prefix+"/")
	return rest, ok && rest != "" && !strings.Contains(rest, "/")
}

func matchHeader(path string) (Page, bool) {
	name, ok := under(path, HeaderIndexPath)
	if !ok {
		return Page{}, false
	}
	h, ok := data.FindHeader(name)
	return Page{Path: HeaderPath(h.Name), Name: h.Name}, ok
}

func headerPaths() []string {
	var paths []string
	for _, h := range data.HeaderIndex() {
		paths = append(paths, HeaderPath(h.Name))
	}
	return paths
}

func matchChooser(path string) (Page, bool) {
	if path == ChooserPath {
		return Page{Path: path, Name: data.ChooserStartID}, true
	}
	id, ok := under(path, ChooserPath)
	if !ok || id == data.ChooserStartID || !slices.Contains(data.ChooserPageIDs(), id) {
		return Page{}, false
	}
	return Page{Path: path, Name: id}, true
}

func chooserPaths() []string {
	var paths []string
	for _, id := range data.ChooserPageIDs() {
		paths = append(paths, ChooserStepPath(id))
	}
	return paths
}

// matchComparison accepts the codes in any order ("/compare/403-vs-401")
// and gives the canonical address.
func matchComparison(path string) (Page, bool) {
	slug, ok := under(path, CompareIndexPath)
	if !ok {
		return Page{}, false
	}
	codes, ok := data.ParseComparisonSlug(slug)
	if !ok {
		return Page{}, false
	}
	c, ok := data.FindComparison(data.ComparisonSlug(codes))
	return Page{Path: CompareIndexPath + "/" + c.Slug, Name: c.Slug}, ok
}

func comparisonPaths() []string {
	var paths []string
	for _, c := range data.ComparisonIndex() {
		paths = append(paths, ComparisonPath(c.Codes))
	}
	return paths
}

func matchNotAStatusCode(path string) (Page, bool) {
	n, ok := number(path)
	return Page{Path: path, Number: n}, ok && len(data.Lookup(n)) == 0 && data.IsLookalike(n)
}

func notAStatusCodePaths() []string {
	var paths []string
	for n := 0; n < 1000; n++ {
		if len(data.Lookup(n)) == 0 && data.IsLookalike(n) {
			paths = append(paths, CodePath(n))
		}
	}
	return paths
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
	return Page{Path: path, Number: n, Class: cl}, ok && len(data.Lookup(n)) == 0 && !data.IsLookalike(n)
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
			if len(data.Lookup(n)) == 0 && !data.IsLookalike(n) {
				paths = append(paths, CodePath(n))
			}
		}
	}
	return paths
}
