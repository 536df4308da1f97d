package app

import "testing"

func TestSuggestionQueryTurnsAPathIntoSearchWords(t *testing.T) {
	tests := map[string]string{
		"/gateway-timeout":    "gateway timeout",
		"/5021":               "502",
		"/too_many":           "too many",
		"/a/b":                "a b",
		"/headers/retry-aftr": "retry aftr",
	}
	for path, want := range tests {
		if got := suggestionQuery(path); got != want {
			t.Errorf("suggestionQuery(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestAMistypedHeaderAddressSuggestsTheHeader(t *testing.T) {
	got := suggestions("/headers/retry-aftr")
	if len(got) == 0 || got[0].Path != "/headers/retry-after" {
		t.Errorf("suggestions for /headers/retry-aftr start with %v, want /headers/retry-after", got)
	}
}
