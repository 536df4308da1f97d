package data

import (
	"slices"
	"sync"
)

// A Lookalike is a number that status-code lists often show as an HTTP
// status code although it is something else, such as a code of the
// obsolete Warning header field. It gets a page so that a search for it
// ends somewhere useful, but it is deliberately not a Code: it is not in
// All() or Lookup(), has no class, no status line, no facts and no fixes,
// so nothing that lists status codes can show it as one by mistake.
type Lookalike struct {
	// Number is the number as it is written, 299 for Warning 299.
	Number int
	// Name is the name its own registry gives it ("Response is Stale").
	Name string
	// Kind says what the number really is; shared by all of its kind.
	Kind *LookalikeKind
	// Summary is one sentence saying what the number is and that it is
	// not a status code; shown in lists and as the page description.
	Summary string
	// Explanation is what this particular number meant, in short
	// paragraphs; what the whole kind is lives in Kind.Explanation.
	Explanation string
	// Example is how the number appears on the wire (a header line),
	// never a status line.
	Example string
	// Related are status codes in the catalog worth reading instead.
	Related []int
	// Specs define the number itself; Kind.Specs define the kind.
	Specs []Spec
	// Keywords are words people search with that appear nowhere else.
	Keywords []string
}

// LookalikeKind is what a family of lookalike numbers really is.
type LookalikeKind struct {
	// Name labels the kind where a status code page shows its class:
	// "Warning header code (obsolete)".
	Name string
	// Explanation is what numbers of this kind are and why they are not
	// status codes, shown on each of their pages.
	Explanation string
	// HeaderField names the header field the numbers travel in
	// ("Warning"), so a page can link to that field's page.
	HeaderField string
	// Specs define the kind as a whole.
	Specs []Spec
}

var lookalikes = sync.OnceValue(func() []Lookalike {
	all := slices.Clone(warningCodes)
	slices.SortStableFunc(all, func(a, b Lookalike) int { return a.Number - b.Number })
	return all
})

// Lookalikes returns every lookalike, by number. The slice is shared: do
// not modify it.
func Lookalikes() []Lookalike { return lookalikes() }

// LookalikesOf returns what a number is when it is not a status code, or
// nil. A number may have a status-code meaning as well; Lookup finds that.
func LookalikesOf(number int) []Lookalike {
	var found []Lookalike
	for _, l := range lookalikes() {
		if l.Number == number {
			found = append(found, l)
		}
	}
	return found
}
