package app

import "testing"

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
