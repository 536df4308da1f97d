package data

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// confusedGroups are the groups of codes that must each have a comparison.
var confusedGroups = [][]int{
	{401, 403}, {400, 422}, {404, 410}, {301, 302, 303, 307, 308}, {502, 503, 504},
	{409, 412, 428}, {200, 201, 204}, {429, 503}, {500, 502}, {405, 501}, {413, 414, 431},
	{403, 404},
}

func TestEveryConfusedGroupHasAComparison(t *testing.T) {
	for _, group := range confusedGroups {
		if _, ok := LookupComparison(ComparisonSlug(group)); !ok {
			t.Errorf("no comparison of %v", group)
		}
	}
}

func TestEveryComparedCodeHasARegisteredEntry(t *testing.T) {
	for _, c := range Comparisons() {
		for _, s := range c.Sides {
			if _, ok := registered(s.Code); !ok {
				t.Errorf("%s: %d has no registered entry", c.Slug(), s.Code)
			}
			if s.Entry().Number != s.Code {
				t.Errorf("%s: Entry() of %d returns %d", c.Slug(), s.Code, s.Entry().Number)
			}
		}
	}
}

func TestComparisonSidesAreAscendingDistinctCodes(t *testing.T) {
	for _, c := range Comparisons() {
		codes := c.Codes()
		if len(codes) < 2 {
			t.Errorf("%s compares fewer than two codes", c.Slug())
		}
		if !slices.IsSorted(codes) || len(slices.Compact(slices.Clone(codes))) != len(codes) {
			t.Errorf("comparison of %v: sides must be distinct codes in ascending order", codes)
		}
	}
}

func TestComparisonSlugsAreUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Comparisons() {
		if seen[c.Slug()] {
			t.Errorf("%s appears twice", c.Slug())
		}
		seen[c.Slug()] = true
	}
}

func TestComparisonSlugIsCanonicalWhateverTheOrder(t *testing.T) {
	tests := []struct {
		codes []int
		want  string
	}{
		{[]int{401, 403}, "401-vs-403"},
		{[]int{403, 401}, "401-vs-403"},
		{[]int{308, 301, 307, 303, 302}, "301-vs-302-vs-303-vs-307-vs-308"},
	}
	for _, tt := range tests {
		if got := ComparisonSlug(tt.codes); got != tt.want {
			t.Errorf("ComparisonSlug(%v) = %q, want %q", tt.codes, got, tt.want)
		}
	}
}

func TestParseComparisonSlugReadsCodesInAnyOrderAndRejectsTheRest(t *testing.T) {
	tests := []struct {
		slug string
		want []int
		ok   bool
	}{
		{"401-vs-403", []int{401, 403}, true},
		{"403-vs-401", []int{403, 401}, true},
		{"502-vs-503-vs-504", []int{502, 503, 504}, true},
		{"401", nil, false},
		{"401-vs-", nil, false},
		{"401-vs-abc", nil, false},
		{"401-vs-+403", nil, false},
		{"401-vs-4030", nil, false},
		{"401-vs--40", nil, false},
		{"", nil, false},
	}
	for _, tt := range tests {
		got, ok := ParseComparisonSlug(tt.slug)
		if ok != tt.ok || !slices.Equal(got, tt.want) {
			t.Errorf("ParseComparisonSlug(%q) = %v, %v; want %v, %v", tt.slug, got, ok, tt.want, tt.ok)
		}
	}
}

func TestLookupComparisonAcceptsOnlyCanonicalSlugs(t *testing.T) {
	if _, ok := LookupComparison("401-vs-403"); !ok {
		t.Error("401-vs-403 not found")
	}
	for _, slug := range []string{"403-vs-401", "401-vs-418", ""} {
		if _, ok := LookupComparison(slug); ok {
			t.Errorf("LookupComparison(%q) found a comparison", slug)
		}
	}
}

func TestEveryComparisonSideSaysWhenToUseItAndWhatTheClientDoes(t *testing.T) {
	sentenceEnd := regexp.MustCompile(`[.!?](\s|$)`)
	for _, c := range Comparisons() {
		if c.Question == "" {
			t.Errorf("%s has no question", c.Slug())
		}
		for _, s := range c.Sides {
			if n := len(sentenceEnd.FindAllString(s.WhenToUse, -1)); n < 1 || n > 2 {
				t.Errorf("%s, %d: WhenToUse must be one or two sentences: %q", c.Slug(), s.Code, s.WhenToUse)
			}
			if s.ClientDoes == "" {
				t.Errorf("%s, %d: ClientDoes is empty", c.Slug(), s.Code)
			}
		}
	}
}

func TestEveryComparisonRowHasOneValuePerCodeAndHttpsSources(t *testing.T) {
	for _, c := range Comparisons() {
		for _, r := range c.Rows {
			if r.Label == "" || len(r.Values) != len(c.Sides) {
				t.Errorf("%s, row %q: want a label and %d values, got %d", c.Slug(), r.Label, len(c.Sides), len(r.Values))
			}
			for i, v := range r.Values {
				if v == "" {
					t.Errorf("%s, row %q: empty value for %d", c.Slug(), r.Label, c.Sides[i].Code)
				}
			}
			for _, src := range r.Sources {
				if src.Title == "" || !strings.HasPrefix(src.URL, "https://") {
					t.Errorf("%s, row %q: source needs a title and an https URL: %+v", c.Slug(), r.Label, src)
				}
			}
		}
	}
}

func TestEveryComparisonEndsInAVerdictNamingEachCode(t *testing.T) {
	for _, c := range Comparisons() {
		for _, n := range c.Codes() {
			if !strings.Contains(c.Verdict, strconv.Itoa(n)) {
				t.Errorf("%s: the verdict does not say when to use %d", c.Slug(), n)
			}
		}
	}
}

func TestComparisonsOfListsExactlyTheComparisonsACodeIsIn(t *testing.T) {
	tests := []struct {
		code int
		want []string
	}{
		{401, []string{"401-vs-403"}},
		{403, []string{"401-vs-403", "403-vs-404"}},
		{503, []string{"502-vs-503-vs-504", "429-vs-503"}},
		{418, nil},
	}
	for _, tt := range tests {
		var got []string
		for _, c := range ComparisonsOf(tt.code) {
			got = append(got, c.Slug())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("ComparisonsOf(%d) = %v, want %v", tt.code, got, tt.want)
		}
	}
}
