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
		{"/299", Unassigned, 299, http.StatusOK},
		{"/100", Code, 100, http.StatusOK},
		{"/199", Unassigned, 199, http.StatusOK},
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

func TestExportedPagesAreTheUnassignedCodes(t *testing.T) {
	exported := Exported()
	for _, p := range exported {
		if Resolve(p).Kind != Unassigned {
			t.Errorf("%s is exported but is not an unassigned code", p)
		}
	}
	assigned := 0
	for n := 100; n < 600; n++ {
		if len(data.Lookup(n)) > 0 {
			assigned++
		}
	}
	if got, want := len(exported), 500-assigned; got != want {
		t.Errorf("%d unassigned pages exported, want %d", got, want)
	}
}

func TestFilesAreNotPages(t *testing.T) {
	for _, p := range append([]string{CodesJSON, Health, Wasm, "/web/style.css"}, GoAppFiles...) {
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
