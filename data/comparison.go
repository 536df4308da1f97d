package data

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

// Comparison sets side by side codes that people confuse, for the page at
// /compare/SLUG. The codes' own facts (Summary, Facts, Example, Headers)
// are not repeated here: read them from Side.Entry(). The content lives in
// comparisons.go.
type Comparison struct {
	// Question is the choice the page answers, in a few words ("Not signed
	// in, or not allowed?").
	Question string
	// Sides are the codes compared, one per code, in ascending order.
	Sides []ComparisonSide
	// Rows are facts that the code entries do not hold, one value per side.
	Rows []ComparisonRow
	// Verdict says when to use which ("Use 401 when…; use 403 when…").
	Verdict string
}

// ComparisonSide is what a comparison says about one of its codes.
type ComparisonSide struct {
	Code int
	// WhenToUse is one or two sentences, written for this comparison.
	WhenToUse string
	// ClientDoes is how a client reacts, as opposed to the other codes.
	ClientDoes string
}

// ComparisonRow is one line of the side-by-side table.
type ComparisonRow struct {
	// Label names the fact ("Method after a redirect").
	Label string
	// Values holds the fact for each code, in the order of Sides.
	Values []string
	// Sources are the documents the fact was checked against.
	Sources []Spec
}

// Entry returns the registered entry of the side's code, where its
// summary, facts, example and headers come from.
func (s ComparisonSide) Entry() Code {
	for _, c := range Lookup(s.Code) {
		if c.Vendor == "" {
			return c
		}
	}
	return Code{}
}

// Codes returns the numbers compared, in ascending order.
func (c Comparison) Codes() []int {
	codes := make([]int, len(c.Sides))
	for i, s := range c.Sides {
		codes[i] = s.Code
	}
	return codes
}

// Slug is the comparison's address under /compare/: "401-vs-403".
func (c Comparison) Slug() string { return ComparisonSlug(c.Codes()) }

// ComparisonSlug joins codes in ascending order with "-vs-", whatever order
// they are given in, so that a request for /compare/403-vs-401 can be
// redirected to the canonical 401-vs-403.
func ComparisonSlug(codes []int) string {
	sorted := slices.Sorted(slices.Values(codes))
	parts := make([]string, len(sorted))
	for i, n := range sorted {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, "-vs-")
}

// ParseComparisonSlug reads the codes of a slug in any order
// ("403-vs-401"), and false when it is not three-digit numbers joined by "-vs-".
// Pass the result to ComparisonSlug for the canonical form.
func ParseComparisonSlug(slug string) ([]int, bool) {
	parts := strings.Split(slug, "-vs-")
	if len(parts) < 2 {
		return nil, false
	}
	codes := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || len(p) != 3 || strings.Trim(p, "0123456789") != "" {
			return nil, false
		}
		codes[i] = n
	}
	return codes, true
}

var comparisonsBySlug = sync.OnceValue(func() map[string]Comparison {
	bySlug := make(map[string]Comparison, len(comparisons))
	for _, c := range comparisons {
		bySlug[c.Slug()] = c
	}
	return bySlug
})

// Comparisons returns every comparison in display order. The slice is
// shared: do not modify it.
func Comparisons() []Comparison { return comparisons }

// LookupComparison returns the comparison with this canonical slug, and
// false when there is none.
func LookupComparison(slug string) (Comparison, bool) {
	c, ok := comparisonsBySlug()[slug]
	return c, ok
}

// ComparisonsOf returns the comparisons a code takes part in, for links
// from its page, in display order.
func ComparisonsOf(number int) []Comparison {
	var of []Comparison
	for _, c := range comparisons {
		if slices.Contains(c.Codes(), number) {
			of = append(of, c)
		}
	}
	return of
}
