package data

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// identifierIn is what a name looks like in each library: the language's
// identifier rules and the library's own convention (Symfony's HTTP_ prefix,
// Rack's lower-case symbols, Node.js's reason phrase text).
var identifierIn = map[string]*regexp.Regexp{
	"Go":         regexp.MustCompile(`^Status[A-Z][A-Za-z]*$`),
	"Python":     regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`),
	"JavaScript": regexp.MustCompile(`^[A-Z][A-Za-z' -]*$`),
	"Java":       regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`),
	"C#":         regexp.MustCompile(`^[A-Z][A-Za-z]*$`),
	"Rust":       regexp.MustCompile(`^[A-Z][A-Z0-9_]*$`),
	"PHP":        regexp.MustCompile(`^HTTP_[A-Z0-9_]+$`),
	"Ruby":       regexp.MustCompile(`^:[a-z][a-z0-9_]*$`),
}

var releaseVersion = regexp.MustCompile(`^\d+(\.\d+)*$`)

func catalogNumbers() []int {
	var numbers []int
	for _, c := range All() {
		if len(numbers) == 0 || numbers[len(numbers)-1] != c.Number {
			numbers = append(numbers, c.Number)
		}
	}
	return numbers
}

func TestEveryLibraryNamesItsReleaseAndSource(t *testing.T) {
	for _, lib := range Libraries() {
		if lib.Language == "" || lib.Library == "" || lib.Version == "" {
			t.Errorf("%+v: language, library and version must be filled", lib)
		}
		if !strings.HasPrefix(lib.Source, "https://github.com/") {
			t.Errorf("%s: source %q is not a file in a repository", lib.Library, lib.Source)
		}
		if identifierIn[lib.Language] == nil {
			t.Errorf("%s: no identifier rule for %s", lib.Library, lib.Language)
		}
	}
}

func TestEveryCatalogNumberHasARowForEveryLibrary(t *testing.T) {
	for _, number := range catalogNumbers() {
		constants := ConstantsFor(number)
		if len(constants) != len(Libraries()) {
			t.Errorf("%d: %d constants for %d libraries", number, len(constants), len(Libraries()))
		}
	}
}

func TestConstantTableHoldsOnlyCatalogNumbersInOrder(t *testing.T) {
	numbers := catalogNumbers()
	var rows []int
	for _, r := range constantTable {
		rows = append(rows, r.number)
	}
	if !slices.Equal(rows, numbers) {
		t.Errorf("constantTable rows %v\nwant the catalog's numbers %v", rows, numbers)
	}
}

func TestEveryCellIsFilledOrMarkedAbsent(t *testing.T) {
	for _, r := range constantTable {
		for col, cell := range r.names {
			if cell == "" || strings.Count(cell, "|") > 2 {
				t.Errorf("%d, %s: cell %q must be a name, \"-\", or name|since|formerly", r.number, libraries[col+1].Library, cell)
			}
		}
	}
}

func TestConstantNamesLookLikeTheirLanguage(t *testing.T) {
	for _, number := range catalogNumbers() {
		for _, c := range ConstantsFor(number) {
			pattern := identifierIn[c.Library.Language]
			for _, name := range []string{c.Name, c.Formerly} {
				if name != "" && pattern != nil && !pattern.MatchString(name) {
					t.Errorf("%d, %s: %q is not a %s name", number, c.Library.Library, name, c.Library.Language)
				}
			}
		}
	}
}

func TestSinceIsAReleaseAndOnlyMarksAChange(t *testing.T) {
	for _, number := range catalogNumbers() {
		for _, c := range ConstantsFor(number) {
			if c.Since != "" && !releaseVersion.MatchString(c.Since) {
				t.Errorf("%d, %s: since %q is not a release number", number, c.Library.Library, c.Since)
			}
			if c.Name == "" && c.Formerly != "" && c.Since == "" {
				t.Errorf("%d, %s: %s was dropped, but Since does not say when", number, c.Library.Library, c.Formerly)
			}
			if c.Since != "" && releaseAfter(c.Since, c.Library.Version) {
				t.Errorf("%d, %s: since %s is newer than the release read, %s", number, c.Library.Library, c.Since, c.Library.Version)
			}
		}
	}
}

func TestNoNumberOutsideTheCatalogHasConstants(t *testing.T) {
	if got := ConstantsFor(427); got != nil {
		t.Errorf("ConstantsFor(427) = %v, want nil", got)
	}
}

// Go's column is Code.GoConstant, so the two cannot disagree.
func TestGoColumnIsTheRegisteredCodesGoConstant(t *testing.T) {
	for _, tc := range []struct {
		number int
		want   string
	}{
		{200, "StatusOK"},
		{413, "StatusRequestEntityTooLarge"},
		{104, ""},
		{499, ""}, // nginx's, not net/http's
	} {
		got := ConstantsFor(tc.number)[0]
		if got.Library.Language != "Go" || got.Name != tc.want {
			t.Errorf("ConstantsFor(%d)[0] = %s %q, want Go %q", tc.number, got.Library.Language, got.Name, tc.want)
		}
	}
}

func TestRenamedConstantsKeepTheirHistory(t *testing.T) {
	for _, tc := range []struct {
		number   int
		language string
		want     Constant
	}{
		{422, "Python", Constant{Name: "UNPROCESSABLE_CONTENT", Since: "3.13", Formerly: "UNPROCESSABLE_ENTITY"}},
		{413, "Java", Constant{Name: "CONTENT_TOO_LARGE", Since: "7.0", Formerly: "PAYLOAD_TOO_LARGE"}},
		{422, "Ruby", Constant{Name: ":unprocessable_content", Since: "3.1", Formerly: ":unprocessable_entity"}},
		{305, "Java", Constant{Name: "", Since: "7.0", Formerly: "USE_PROXY"}},
		{418, "C#", Constant{}},
		{509, "JavaScript", Constant{Name: "Bandwidth Limit Exceeded"}},
	} {
		i := slices.IndexFunc(Libraries(), func(l Library) bool { return l.Language == tc.language })
		got := ConstantsFor(tc.number)[i]
		got.Library = nil
		if got != tc.want {
			t.Errorf("%d in %s = %+v, want %+v", tc.number, tc.language, got, tc.want)
		}
	}
}

// releaseAfter reports whether release a is newer than b, comparing the
// dotted numbers one by one ("3.13" is after "3.9"); a b that is not a
// release number (".NET main") is never before anything.
func releaseAfter(a, b string) bool {
	if !releaseVersion.MatchString(b) {
		return false
	}
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, _ := strconv.Atoi(as[i])
		y, _ := strconv.Atoi(bs[i])
		if x != y {
			return x > y
		}
	}
	return len(as) > len(bs)
}

func TestReleaseAfterComparesNumbersNotText(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"3.13", "3.9", true},
		{"3.9", "3.13", false},
		{"3.11", "3.11", false},
		{"7.0", "7.0.9", false},
		{"3.13", "3.13.0", false},
	} {
		if got := releaseAfter(tc.a, tc.b); got != tc.want {
			t.Errorf("releaseAfter(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
