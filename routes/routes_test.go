package routes

import (
	"net/http"
	"testing"

	"httpstatus/data"
)

func TestResolveSendsEachAddressToItsPage(t *testing.T) {
	tests := []struct {
		path       string
		wantKind   Kind
		wantNumber int
		wantStatus int
	}{
		{"/", Index, 0, http.StatusOK},
		{"/502", Code, 502, http.StatusOK},
		{"/000", Code, 0, http.StatusOK},
		{"/999", Code, 999, http.StatusOK},
		{"/499", Code, 499, http.StatusOK},
		{"/5xx", Class, 0, http.StatusOK},
		{"/1xx", Class, 0, http.StatusOK},
		{"/298", Unassigned, 298, http.StatusOK},
		{"/299", NotAStatusCode, 299, http.StatusOK},
		{"/110", NotAStatusCode, 110, http.StatusOK},
		{"/100", Code, 100, http.StatusOK},
		{"/198", Unassigned, 198, http.StatusOK},
		{"/headers", HeaderIndex, 0, http.StatusOK},
		{"/headers/retry-after", Header, 0, http.StatusOK},
		{"/headers/Retry-After", Header, 0, http.StatusOK},
		{"/headers/cf-ray", Header, 0, http.StatusOK},
		{"/headers/nope", NotFound, 0, http.StatusNotFound},
		{"/headers/", NotFound, 0, http.StatusNotFound},
		{"/headers/retry-after/x", NotFound, 0, http.StatusNotFound},
		{"/choose", Chooser, 0, http.StatusOK},
		{"/choose/client-error", Chooser, 0, http.StatusOK},
		{"/choose/use-401", Chooser, 0, http.StatusOK},
		{"/choose/start", NotFound, 0, http.StatusNotFound},
		{"/choose/nope", NotFound, 0, http.StatusNotFound},
		{"/compare", CompareIndex, 0, http.StatusOK},
		{"/compare/401-vs-403", Comparison, 0, http.StatusOK},
		{"/compare/403-vs-401", Comparison, 0, http.StatusOK},
		{"/compare/401-vs-404", NotFound, 0, http.StatusNotFound},
		{"/compare/abc", NotFound, 0, http.StatusNotFound},
		{"/600", NotFound, 0, http.StatusNotFound},
		{"/099", NotFound, 0, http.StatusNotFound},
		{"/1000", NotFound, 0, http.StatusNotFound},
		{"/50", NotFound, 0, http.StatusNotFound},
		{"/abc", NotFound, 0, http.StatusNotFound},
		{"/6xx", NotFound, 0, http.StatusNotFound},
		{"/5xx/extra", NotFound, 0, http.StatusNotFound},
		{"/502/", NotFound, 0, http.StatusNotFound},
		{"/%35%30%32", NotFound, 0, http.StatusNotFound},
		{"/+502", NotFound, 0, http.StatusNotFound},
		{"/-12", NotFound, 0, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got := Resolve(tt.path)
			if got.Kind != tt.wantKind || got.Number != tt.wantNumber {
				t.Errorf("Resolve(%q) = kind %d number %d, want kind %d number %d", tt.path, got.Kind, got.Number, tt.wantKind, tt.wantNumber)
			}
			if s := got.Status(); s != tt.wantStatus {
				t.Errorf("Status() = %d, want %d", s, tt.wantStatus)
			}
		})
	}
}

func TestClassPageResolvesToItsClass(t *testing.T) {
	for _, path := range []string{"/1xx", "/2xx", "/3xx", "/4xx", "/5xx"} {
		if got := Resolve(path); got.Class.Label() != path[1:] {
			t.Errorf("Resolve(%q).Class = %s", path, got.Class.Label())
		}
	}
}

func TestPathsBuiltForLinksResolveBackToTheirPage(t *testing.T) {
	for _, c := range data.All() {
		if p := Resolve(CodePath(c.Number)); p.Kind != Code || p.Number != c.Number {
			t.Errorf("CodePath(%d) = %q resolves to kind %d number %d", c.Number, CodePath(c.Number), p.Kind, p.Number)
		}
	}
	for _, cl := range data.Classes {
		if p := Resolve(ClassPath(cl)); p.Kind != Class || p.Class.Digit != cl.Digit {
			t.Errorf("ClassPath(%s) resolves to kind %d", cl.Label(), p.Kind)
		}
	}
	if p := Resolve(SearchPath("bad gateway").Path); p.Kind != Index {
		t.Errorf("SearchPath resolves to kind %d, want the index", p.Kind)
	}
	if got, want := SearchPath("a&b c").String(), "/?q=a%26b+c"; got != want {
		t.Errorf("SearchPath = %q, want %q", got, want)
	}
}

func TestPreparedPagesAreEachListedOnceAndArePages(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range Prepared() {
		if seen[p] {
			t.Errorf("%s listed twice", p)
		}
		seen[p] = true
		if page := Resolve(p); page.Kind == NotFound || page.Path != p {
			t.Errorf("%s is listed but resolves to kind %d path %q", p, page.Kind, page.Path)
		}
		if IsFile(p) {
			t.Errorf("%s is listed as a page and is a file", p)
		}
	}
	for _, p := range []string{"/", "/5xx", "/502", "/000", "/999", "/451", "/499"} {
		if !seen[p] {
			t.Errorf("%s is missing", p)
		}
	}
}

func TestOtherSpellingsResolveToTheCanonicalAddress(t *testing.T) {
	tests := []struct{ path, want string }{
		{"/headers/Retry-After", "/headers/retry-after"},
		{"/headers/RETRY-AFTER", "/headers/retry-after"},
		{"/headers/CF-RAY", "/headers/cf-ray"},
		{"/compare/403-vs-401", "/compare/401-vs-403"},
		{"/compare/308-vs-301-vs-302-vs-303-vs-307", "/compare/301-vs-302-vs-303-vs-307-vs-308"},
	}
	for _, tt := range tests {
		p := Resolve(tt.path)
		if p.Path != tt.want || !p.Redirects(tt.path) {
			t.Errorf("Resolve(%q).Path = %q (redirects %v), want %q", tt.path, p.Path, p.Redirects(tt.path), tt.want)
		}
		if Resolve(tt.want).Redirects(tt.want) {
			t.Errorf("%q redirects to itself", tt.want)
		}
	}
}

func TestPagesOfContentOutsideTheBundleComeFromTheServer(t *testing.T) {
	for _, path := range []string{"/headers", "/headers/allow", "/choose", "/choose/use-503", "/compare", "/compare/401-vs-403", "/299"} {
		if !Resolve(path).FromServer {
			t.Errorf("%s: FromServer = false", path)
		}
	}
	for _, path := range []string{"/", "/502", "/5xx", "/298", "/nope"} {
		if Resolve(path).FromServer {
			t.Errorf("%s: FromServer = true", path)
		}
	}
}

func TestEveryHeaderComparisonAndChooserStepIsPrepared(t *testing.T) {
	prepared := map[string]bool{}
	for _, p := range Prepared() {
		prepared[p] = true
	}
	var want []string
	for _, h := range data.Headers() {
		want = append(want, HeaderPath(h.Name))
	}
	for _, c := range data.Comparisons() {
		want = append(want, ComparisonPath(c.Codes()))
	}
	for _, id := range data.ChooserIDs() {
		want = append(want, ChooserStepPath(id))
	}
	want = append(want, HeaderIndexPath, CompareIndexPath, ChooserPath, "/299")
	for _, p := range want {
		if !prepared[p] {
			t.Errorf("%s is not prepared", p)
		}
	}
}

func TestExportedPagesAreTheUnassignedCodes(t *testing.T) {
	exported := Exported()
	for _, p := range exported {
		if Resolve(p).Kind != Unassigned {
			t.Errorf("%s is exported but is not an unassigned code", p)
		}
	}
	assigned := 0
	for n := 100; n < 600; n++ {
		if len(data.Lookup(n)) > 0 || data.IsLookalike(n) {
			assigned++
		}
	}
	if got, want := len(exported), 500-assigned; got != want {
		t.Errorf("%d unassigned pages exported, want %d", got, want)
	}
}

func TestFilesAreNotPages(t *testing.T) {
	for _, p := range append([]string{CodesJSON, HeadersJSON, Health, Wasm, "/web/style.css"}, GoAppFiles...) {
		if !IsFile(p) {
			t.Errorf("IsFile(%q) = false", p)
		}
	}
	for _, p := range []string{"/", "/502", "/5xx", "/web", "/codes"} {
		if IsFile(p) {
			t.Errorf("IsFile(%q) = true", p)
		}
	}
}

func TestEveryPreviewImageBelongsToItsPage(t *testing.T) {
	tests := []struct{ page, preview string }{
		{"/502", "/previews/502.png"},
		{"/5xx", "/previews/5xx.png"},
		{"/headers/retry-after", "/previews/headers/retry-after.png"},
		{"/compare/401-vs-403", "/previews/compare/401-vs-403.png"},
		{"/", "/previews/index.png"},
		{"/choose", "/previews/index.png"},
		{"/298", "/previews/index.png"},
	}
	for _, tt := range tests {
		if got := Resolve(tt.page).PreviewPath(); got != tt.preview {
			t.Errorf("%s: preview %s, want %s", tt.page, got, tt.preview)
		}
	}
	for _, pp := range Previews() {
		p, ok := PageOfPreview(pp)
		if !ok || p.PreviewPath() != pp {
			t.Errorf("PageOfPreview(%s) = %v, %v", pp, p.Path, ok)
		}
		if !IsFile(pp) {
			t.Errorf("%s is not a file", pp)
		}
	}
	for _, bad := range []string{"/previews/999x.png", "/previews/502", "/previews/298.png", "/previews/nope/x.png"} {
		if _, ok := PageOfPreview(bad); ok {
			t.Errorf("PageOfPreview(%s) found a page", bad)
		}
	}
}
