package search

import (
	"strings"
	"testing"
)

// marked renders the marks of the first result as [brackets] in its name.
func marked(t *testing.T, query string) string {
	t.Helper()
	rs := Search(query)
	if len(rs) == 0 {
		t.Fatalf("%q found nothing", query)
	}
	return bracket(rs[0].Code.Name, rs[0].Marks)
}

func bracket(name string, marks []int) string {
	in := map[int]bool{}
	for _, m := range marks {
		in[m] = true
	}
	var b strings.Builder
	open := false
	for i := 0; i < len(name); i++ {
		if in[i] != open {
			if open {
				b.WriteByte(']')
			} else {
				b.WriteByte('[')
			}
			open = in[i]
		}
		b.WriteByte(name[i])
	}
	if open {
		b.WriteByte(']')
	}
	return b.String()
}

func TestMarks(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"bad gateway", "[Bad] [Gateway]"},
		{"gateway", "Bad [Gateway]"},
		{"BAD GATEWAY", "[Bad] [Gateway]"},
		{"gatew", "Bad [Gatew]ay"},                       // a prefix marks what was typed
		{"gatway", "Bad [Gat]e[way]"},                    // a typo marks the letters that are there
		{"not fond", "[Not] [Fo]u[nd]"},                  // idem
		{"unauthorised", "[Unauthorized]"},               // a spelling variant marks the word
		{"teapot", "I'm a [teapot]"},                     // words only, not the whole name
		{"i'm a teapot", "[I'm] a [teapot]"},             // stopwords are not marked
		{"payload too large", "Content [Too] [Large]"},   // a former name marks what the name shares
		{"too many requests", "[Too] [Many] [Requests]"}, // a synonym phrase marks all its words
		{"throttled", "[Too] [Many] [Requests]"},         // idem, reached through a synonym
		{"gateway timeout error", "[Gateway] [Timeout]"}, // filler words that are not in the name
		{"gateway time-out", "[Gateway] [Timeout]"},      // the time-out concept marks Timeout
		{"internal server error", "[Internal] [Server] [Error]"},
		{"intsrvr", "[Int]ernal [S]e[rv]e[r] Error"}, // scattered letters, by sahilm/fuzzy
		{"Gátéway", "Bad [Gateway]"},
	} {
		if got := marked(t, tc.query); got != tc.want {
			t.Errorf("marks for %q: %s, want %s", tc.query, got, tc.want)
		}
	}
}

func TestNoMarksForANumberOrAVendor(t *testing.T) {
	for _, q := range []string{"502", "5xx", "cloudflare"} {
		rs := Search(q)
		if len(rs) == 0 {
			t.Errorf("%q found nothing", q)
		} else if len(rs[0].Marks) != 0 {
			t.Errorf("%q: first result has marks %v; a number or a vendor matches no letter of the name", q, rs[0].Marks)
		}
	}
}

// TestMarksAreSortedUniqueOffsetsInsideTheName types every ranking query
// letter by letter, as the search box does, and checks every result.
func TestMarksAreSortedUniqueOffsetsInsideTheName(t *testing.T) {
	for _, tc := range rankingCases {
		for i := range tc.query {
			q := tc.query[:i+1]
			for _, r := range Search(q) {
				for k, m := range r.Marks {
					if m < 0 || m >= len(r.Code.Name) {
						t.Fatalf("%q: mark %d outside %q", q, m, r.Code.Name)
					}
					if k > 0 && m <= r.Marks[k-1] {
						t.Fatalf("%q: marks %v for %q not sorted and unique", q, r.Marks, r.Code.Name)
					}
				}
			}
		}
	}
}
