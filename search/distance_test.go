package search

import "testing"

func TestWithinOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"gateway", "gateway", true},
		{"gatway", "gateway", true},   // deletion
		{"gateeway", "gateway", true}, // insertion
		{"gatexay", "gateway", true},  // substitution
		{"gaetway", "gateway", true},  // swap
		{"unauthorised", "unauthorized", true},
		{"fond", "found", true},
		{"timout", "timeout", true},
		{"", "a", true},
		{"", "", true},
		{"gtway", "gateway", false},   // two deletions
		{"gaetwya", "gateway", false}, // two swaps
		{"teapot", "coffee", false},
		{"ab", "ba", true},
		{"abc", "cab", false},
		{"found", "fond", true}, // either order
		{"abcd", "abdc", true},
		{"abcd", "acbd", true},
		{"abcd", "badc", false},
	} {
		if got := withinOneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := withinOneEdit(tc.b, tc.a); got != tc.want {
			t.Errorf("withinOneEdit(%q, %q) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestWithinTwoEdits(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"maintainance", "maintenance", true},
		{"authentification", "authentication", true},
		{"gtway", "gateway", true},
		{"gaetwya", "gateway", true},
		{"gateway", "gateway", true},
		{"gatewy", "gateway", true},
		{"gw", "gateway", false},
		{"gatwy", "gateway", true},
		{"gtwy", "gateway", false},
		{"unavailable", "unacceptable", false},
		{"abcdefghijklmnopqrstuvwxyzabcdefg", "abcdefghijklmnopqrstuvwxyzabcdefg", true},    // identical, longer than the table
		{"abcdefghijklmnopqrstuvwxyzabcdefgh", "abcdefghijklmnopqrstuvwxyzabcdefgx", true},  // one substitution past the table's length
		{"abcdefghijklmnopqrstuvwxyzabcdefgh", "abcdefghijklmnopqrstuvwxyzabcdxxxh", false}, // three substitutions past it
	} {
		if got := withinTwoEdits(tc.a, tc.b); got != tc.want {
			t.Errorf("withinTwoEdits(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := withinTwoEdits(tc.b, tc.a); got != tc.want {
			t.Errorf("withinTwoEdits(%q, %q) = %v, want %v (symmetry)", tc.b, tc.a, got, tc.want)
		}
	}
}
