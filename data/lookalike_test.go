package data

import (
	"fmt"
	"strings"
	"testing"
)

// ianaWarnCodes is the IANA HTTP Warn Codes registry (last updated
// 2022-06-08), typed out from the registry itself.
var ianaWarnCodes = []struct {
	number int
	name   string
}{
	{110, "Response is Stale"},
	{111, "Revalidation Failed"},
	{112, "Disconnected Operation"},
	{113, "Heuristic Expiration"},
	{199, "Miscellaneous Warning"},
	{214, "Transformation Applied"},
	{299, "Miscellaneous Persistent Warning"},
}

func TestEveryWarnCodeOfTheRegistryHasALookalikePageWithItsName(t *testing.T) {
	for _, want := range ianaWarnCodes {
		found := false
		for _, l := range LookalikesOf(want.number) {
			if l.Kind == warnCode {
				found = true
				if l.Name != want.name {
					t.Errorf("warn-code %d: name %q, want %q", want.number, l.Name, want.name)
				}
			}
		}
		if !found {
			t.Errorf("warn-code %d has no page", want.number)
		}
	}
}

func TestEveryLookalikeHasEveryFieldFilled(t *testing.T) {
	for _, l := range Lookalikes() {
		if l.Name == "" || l.Kind == nil || l.Summary == "" || l.Explanation == "" || l.Example == "" ||
			len(l.Related) == 0 || len(l.Specs) == 0 || len(l.Keywords) == 0 {
			t.Errorf("lookalike %03d: a field is empty: %+v", l.Number, l)
			continue
		}
		if l.Kind.Name == "" || l.Kind.Explanation == "" || len(l.Kind.Specs) == 0 {
			t.Errorf("lookalike %03d: its kind is incomplete: %+v", l.Number, *l.Kind)
		}
		for _, s := range append(l.Specs, l.Kind.Specs...) {
			if s.Title == "" || !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("lookalike %03d: spec %+v needs a title and an https link", l.Number, s)
			}
		}
	}
}

// The page of a lookalike must never pass for a status code, even when its
// number sits in the 1xx or 2xx range.
func TestLookalikeSummarySaysFirstThatItIsNotAStatusCode(t *testing.T) {
	for _, l := range Lookalikes() {
		if !strings.HasPrefix(l.Summary, "Not an HTTP status code: ") || !strings.HasSuffix(l.Summary, ".") || len(l.Summary) > 200 {
			t.Errorf("lookalike %03d: summary must open with \"Not an HTTP status code: \" and be one sentence: %q", l.Number, l.Summary)
		}
	}
}

func TestLookalikeExampleIsAFieldLineNeverAStatusLine(t *testing.T) {
	for _, l := range Lookalikes() {
		if strings.HasPrefix(l.Example, "HTTP/") || strings.Contains(l.Example, "\n") {
			t.Errorf("lookalike %03d: example %q must be one field line, not a response", l.Number, l.Example)
		}
		if f := l.Kind.HeaderField; f != "" && !strings.HasPrefix(l.Example, fmt.Sprintf("%s: %03d ", f, l.Number)) {
			t.Errorf("lookalike %03d: example %q must start with %q", l.Number, l.Example, fmt.Sprintf("%s: %03d ", f, l.Number))
		}
	}
}

func TestLookalikesStayOutOfTheStatusCodeCatalog(t *testing.T) {
	for _, l := range Lookalikes() {
		for _, c := range Lookup(l.Number) {
			if c.Name == l.Name {
				t.Errorf("lookalike %03d %q is also in the status code catalog", l.Number, l.Name)
			}
		}
		for _, n := range l.Related {
			if len(Lookup(n)) == 0 {
				t.Errorf("lookalike %03d refers to %03d, which is not in the catalog", l.Number, n)
			}
		}
	}
}

func TestLookalikesOfReturnsNothingForAnOrdinaryStatusCode(t *testing.T) {
	if got := LookalikesOf(404); got != nil {
		t.Errorf("LookalikesOf(404) = %v, want nil", got)
	}
	if got := LookalikesOf(299); len(got) != 1 || got[0].Kind != warnCode {
		t.Errorf("LookalikesOf(299) = %v, want the Warning code", got)
	}
}
