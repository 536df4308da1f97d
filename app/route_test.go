package app

import (
	"net/http"
	"testing"
)

func TestResolveSendsEachAddressToItsPage(t *testing.T) {
	tests := []struct {
		path       string
		wantView   view
		wantNumber int
		wantStatus int
	}{
		{"/", viewIndex, 0, http.StatusOK},
		{"/502", viewCode, 502, http.StatusOK},
		{"/000", viewCode, 0, http.StatusOK},
		{"/999", viewCode, 999, http.StatusOK},
		{"/499", viewCode, 499, http.StatusOK},
		{"/5xx", viewClass, 0, http.StatusOK},
		{"/1xx", viewClass, 0, http.StatusOK},
		{"/299", viewUnassigned, 299, http.StatusOK},
		{"/100", viewCode, 100, http.StatusOK},
		{"/199", viewUnassigned, 199, http.StatusOK},
		{"/600", viewNotFound, 0, http.StatusNotFound},
		{"/099", viewNotFound, 0, http.StatusNotFound},
		{"/1000", viewNotFound, 0, http.StatusNotFound},
		{"/50", viewNotFound, 0, http.StatusNotFound},
		{"/abc", viewNotFound, 0, http.StatusNotFound},
		{"/6xx", viewNotFound, 0, http.StatusNotFound},
		{"/5xx/extra", viewNotFound, 0, http.StatusNotFound},
		{"/502/", viewNotFound, 0, http.StatusNotFound},
		{"/%35%30%32", viewNotFound, 0, http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			got := resolve(tt.path)
			if got.view != tt.wantView || got.number != tt.wantNumber {
				t.Errorf("resolve(%q) = view %d number %d, want view %d number %d", tt.path, got.view, got.number, tt.wantView, tt.wantNumber)
			}
			if s := got.status(); s != tt.wantStatus {
				t.Errorf("status = %d, want %d", s, tt.wantStatus)
			}
		})
	}
}

func TestClassPageResolvesToItsClass(t *testing.T) {
	for _, path := range []string{"/1xx", "/2xx", "/3xx", "/4xx", "/5xx"} {
		got := resolve(path)
		if got.class.Label() != path[1:] {
			t.Errorf("resolve(%q).class = %s", path, got.class.Label())
		}
	}
}

func TestSuggestionQueryTurnsAPathIntoSearchWords(t *testing.T) {
	tests := map[string]string{
		"/gateway-timeout": "gateway timeout",
		"/5021":            "502",
		"/too_many":        "too many",
		"/a/b":             "a b",
	}
	for path, want := range tests {
		if got := suggestionQuery(path); got != want {
			t.Errorf("suggestionQuery(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestPagePathsListEveryNumberOnce(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range PagePaths() {
		if seen[p] {
			t.Errorf("%s listed twice", p)
		}
		seen[p] = true
		if p != "/" && resolve(p).view == viewNotFound {
			t.Errorf("%s is listed but resolves to not found", p)
		}
	}
	for _, p := range []string{"/", "/5xx", "/502", "/000", "/999", "/451", "/499"} {
		if !seen[p] {
			t.Errorf("%s is missing", p)
		}
	}
}
