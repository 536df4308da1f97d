package search

import (
	"fmt"
	"slices"
	"strings"

	"httpstatus/data"
	"httpstatus/routes"
)

// Kind is what a result points to.
type Kind uint8

const (
	KindCode       Kind = iota // a status code's page
	KindHeader                 // a header's page
	KindComparison             // a comparison of codes
)

// document is one thing search can find: a code, or a header or comparison
// page written as a code-shaped entry (Number -1, so that no number query
// finds it) so that one index ranks them all with the same weights, and a
// code's name still wins a query about a code.
type document struct {
	kind  Kind
	path  string
	codes []int // a comparison's codes
}

// catalog is every searchable thing: the codes in catalog order, then the
// headers and the comparisons, from the small index of data/index.go (the
// app does not carry their pages' content).
func catalog() ([]data.Code, []document) {
	codes := data.All()
	entries := make([]data.Code, 0, len(codes)+len(data.HeaderIndex())+len(data.ComparisonIndex()))
	docs := make([]document, 0, cap(entries))
	for _, c := range codes {
		entries = append(entries, c)
		docs = append(docs, document{kind: KindCode, path: routes.CodePath(c.Number)})
	}
	for _, h := range data.HeaderIndex() {
		entries = append(entries, data.Code{
			Number:      -1,
			Name:        h.Name,
			AlsoKnownAs: h.AlsoKnownAs,
			Vendor:      h.Vendor,
			Summary:     h.Summary,
			Keywords:    append([]string{h.Name + " header"}, h.Keywords...),
		})
		docs = append(docs, document{kind: KindHeader, path: routes.HeaderPath(h.Name)})
	}
	for _, c := range data.ComparisonIndex() {
		numbers := make([]string, len(c.Codes))
		for i, n := range c.Codes {
			numbers[i] = data.FormatNumber(n)
		}
		last := len(numbers) - 1
		entries = append(entries, data.Code{
			Number:      -1,
			Name:        strings.Join(numbers, " vs "),
			AlsoKnownAs: []string{strings.Join(numbers, " or ")},
			Summary:     c.Question,
			Keywords: []string{
				fmt.Sprintf("difference between %s and %s", strings.Join(numbers[:last], ", "), numbers[last]),
				"compare " + strings.Join(numbers, " "),
			},
		})
		docs = append(docs, document{kind: KindComparison, path: routes.ComparisonPath(c.Codes), codes: c.Codes})
	}
	return entries, docs
}

// comparing returns the comparisons that include every one of numbers
// ("502", "504"), those of fewest codes first.
func (ix *Index) comparing(numbers []string) []Result {
	var entries []int
	for e, d := range ix.docs {
		if d.kind == KindComparison && includesAll(d.codes, numbers) {
			entries = append(entries, e)
		}
	}
	slices.SortStableFunc(entries, func(a, b int) int { return len(ix.docs[a].codes) - len(ix.docs[b].codes) })
	found := make([]Result, len(entries))
	for i, e := range entries {
		found[i] = ix.result(e, nil)
	}
	return found
}

func includesAll(codes []int, numbers []string) bool {
	for _, n := range numbers {
		if !slices.ContainsFunc(codes, func(c int) bool { return data.FormatNumber(c) == n }) {
			return false
		}
	}
	return true
}
