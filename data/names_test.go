package data

import (
	"slices"
	"strings"
	"testing"
)

func registeredCodes() []Code {
	var registered []Code
	for _, c := range All() {
		if c.Vendor == "" {
			registered = append(registered, c)
		}
	}
	return registered
}

func TestEveryRegisteredCodeHasANameHistory(t *testing.T) {
	for _, c := range registeredCodes() {
		if len(NameHistory(c.Number)) == 0 {
			t.Errorf("%d %s: no name history", c.Number, c.Name)
		}
	}
}

func TestOnlyRegisteredCodesHaveANameHistory(t *testing.T) {
	for _, row := range phraseHistory {
		meanings := Lookup(row.number)
		if len(meanings) == 0 || meanings[0].Vendor != "" {
			t.Errorf("%d has a name history but no registered entry", row.number)
		}
	}
}

func TestNameHistoryIsSortedByNumberForLookup(t *testing.T) {
	if !slices.IsSortedFunc(phraseHistory, func(a, b codeNames) int { return a.number - b.number }) {
		t.Error("phraseHistory must be sorted by number: NameHistory searches it by halves")
	}
}

// The newest entry of the history is the document the catalog cites first,
// so the two tables cannot drift apart.
func TestNewestNameHistoryEntryIsTheCodesDefiningSection(t *testing.T) {
	for _, c := range registeredCodes() {
		history := NameHistory(c.Number)
		if len(history) == 0 || len(c.Specs) == 0 {
			continue
		}
		newest := history[len(history)-1]
		if newest.URL != c.Specs[0].URL {
			t.Errorf("%d: newest name from %s (%s), but the entry cites %s first (%s)", c.Number, newest.Spec, newest.URL, c.Specs[0].Title, c.Specs[0].URL)
		}
	}
}

// The registry shows 306 and 418 as "(Unused)"; every other code's newest
// phrase is its Name.
func TestNewestPhraseIsTheCodesName(t *testing.T) {
	for _, c := range registeredCodes() {
		history := NameHistory(c.Number)
		if len(history) == 0 {
			continue
		}
		newest := history[len(history)-1].Phrase
		want := c.Name
		if c.Status == Unused {
			want = "(Unused)"
		}
		if newest != want {
			t.Errorf("%d: newest phrase %q, want %q", c.Number, newest, want)
		}
	}
}

func TestEveryOlderPhraseIsFindableByItsCode(t *testing.T) {
	for _, c := range registeredCodes() {
		known := slices.Concat([]string{c.Name}, c.FormerNames, c.AlsoKnownAs)
		for _, n := range NameHistory(c.Number) {
			if strings.HasPrefix(n.Phrase, "(") {
				continue // "(Unused)" is a registry marker, not a name anyone searches for
			}
			if !slices.ContainsFunc(known, func(k string) bool { return strings.EqualFold(k, n.Phrase) }) {
				t.Errorf("%d: %s calls it %q, which is neither its Name nor in FormerNames or AlsoKnownAs", c.Number, n.Spec, n.Phrase)
			}
		}
	}
}

func TestNameHistoryRowsAreComplete(t *testing.T) {
	for _, row := range phraseHistory {
		for _, n := range row.names {
			if n.phrase == "" || n.spec == "" {
				t.Errorf("%d: row %+v lacks a phrase or a document", row.number, n)
			}
			if strings.HasPrefix(n.spec, "RFC ") && n.section == "" {
				t.Errorf("%d: %s without a section", row.number, n.spec)
			}
		}
	}
}

func TestNameHistoryListsOlderDocumentsFirst(t *testing.T) {
	for _, row := range phraseHistory {
		for i := 1; i < len(row.names); i++ {
			if rfcNumber(row.names[i-1].spec) > rfcNumber(row.names[i].spec) {
				t.Errorf("%d: %s listed before %s", row.number, row.names[i-1].spec, row.names[i].spec)
			}
		}
	}
}

// rfcNumber orders RFCs by number, which for the HTTP documents is also the
// order of publication; a draft sorts after every RFC.
func rfcNumber(spec string) int {
	n := 0
	digits, ok := strings.CutPrefix(spec, "RFC ")
	if !ok {
		return 1 << 30
	}
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	return n
}

func TestNameChangedOnlyWhereTheSpecificationsDisagree(t *testing.T) {
	for _, tc := range []struct {
		number  int
		changed bool
	}{
		{200, false},
		{302, true},
		{306, false},
		{413, true},
		{414, true},
		{416, true},
		{418, true},
		{422, true},
		{504, false},
		{999, false},
	} {
		if got := NameChanged(tc.number); got != tc.changed {
			t.Errorf("NameChanged(%d) = %v, want %v", tc.number, got, tc.changed)
		}
	}
}

func TestNameHistoryLinksToTheSection(t *testing.T) {
	got := NameHistory(413)
	want := []SpecName{
		{"Request Entity Too Large", "RFC 2616", "10.4.14", "https://www.rfc-editor.org/rfc/rfc2616#section-10.4.14"},
		{"Payload Too Large", "RFC 7231", "6.5.11", "https://www.rfc-editor.org/rfc/rfc7231#section-6.5.11"},
		{"Content Too Large", "RFC 9110", "15.5.14", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("NameHistory(413) = %v, want %v", got, want)
	}
}
