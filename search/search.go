// Package search finds status codes from what people type: a number, a name,
// a former name, a vendor, a symptom from their logs, typos included.
// sahilm/fuzzy scores how well a query matches a code's names and marks the
// matched letters; around it, word matching over every field decides which
// codes match at all and in which order, with weights that fit this domain.
package search

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"

	"httpstatus/data"
)

// Result is one code that matches a query.
type Result struct {
	Code  data.Code
	Score int
	// Marks are the byte offsets in Code.Name of the characters that matched,
	// for highlighting.
	Marks []int
}

// Weights of the fields a word can match in. A word in a code's name says
// far more than the same word somewhere in its causes.
const (
	weightName     = 100
	weightAlias    = 90
	weightVendor   = 70
	weightKeyword  = 50
	weightSummary  = 30
	weightCause    = 15
	weightNumber   = 300
	bonusExactName = 600
	bonusPhrase    = 400
)

// Quality of a word match, in percent of the field's weight.
const (
	matchExact  = 100
	matchPrefix = 75
	matchTypo   = 50
)

// optionalWords add to a score when they match but never rule a code out:
// people wrap the words that matter in these ("502 error", "http status for
// rate limit").
var optionalWords = map[string]bool{
	"a": true, "an": true, "the": true, "is": true, "of": true, "for": true, "to": true, "my": true,
	"http": true, "https": true, "status": true, "code": true, "error": true, "err": true,
	"response": true, "returned": true, "returns": true, "got": true, "getting": true, "with": true,
}

type posting struct {
	entry  int
	weight int
}

// Index is a prepared search over a fixed list of codes.
type Index struct {
	codes   []data.Code
	names   []string   // normalised Name
	aliases [][]string // normalised FormerNames and AlsoKnownAs
	numbers []string   // "502", "000"
	vocab   map[string][]posting
	tokens  []string // the keys of vocab, for scanning
}

// New prepares codes for searching.
func New(codes []data.Code) *Index {
	ix := &Index{codes: codes, vocab: map[string][]posting{}}
	for i, c := range codes {
		ix.names = append(ix.names, normalize(c.Name))
		ix.numbers = append(ix.numbers, fmt.Sprintf("%03d", c.Number))
		var aliases []string
		for _, a := range slices.Concat(c.FormerNames, c.AlsoKnownAs) {
			aliases = append(aliases, normalize(a))
		}
		ix.aliases = append(ix.aliases, aliases)

		add := func(weight int, texts ...string) {
			for _, t := range texts {
				for _, w := range words(t) {
					ix.addPosting(w, i, weight)
				}
			}
		}
		add(weightName, c.Name)
		add(weightAlias, c.FormerNames...)
		add(weightAlias, c.AlsoKnownAs...)
		add(weightVendor, c.Vendor)
		add(weightKeyword, c.Keywords...)
		add(weightSummary, c.Summary)
		add(weightCause, c.Causes...)
	}
	for t := range ix.vocab {
		ix.tokens = append(ix.tokens, t)
	}
	slices.Sort(ix.tokens)
	return ix
}

// addPosting records that word appears in entry with weight, keeping only
// the highest weight per entry.
func (ix *Index) addPosting(word string, entry, weight int) {
	ps := ix.vocab[word]
	if n := len(ps); n > 0 && ps[n-1].entry == entry {
		ps[n-1].weight = max(ps[n-1].weight, weight)
		return
	}
	ix.vocab[word] = append(ps, posting{entry, weight})
}

var defaultIndex = sync.OnceValue(func() *Index { return New(data.All()) })

// Search runs query over the whole catalog.
func Search(query string) []Result { return defaultIndex().Search(query) }

// Search returns the codes that match query, best first. An empty query
// matches nothing.
func (ix *Index) Search(query string) []Result {
	q := normalize(query)
	if q == "" {
		return nil
	}
	if digit, ok := classQuery(q); ok {
		return ix.class(digit)
	}
	queryWords := strings.Fields(q)
	scores := make([]int, len(ix.codes))
	matched := make([]int, len(ix.codes)) // required words matched per entry
	required := 0
	for _, w := range queryWords {
		optional := optionalWords[w] && len(queryWords) > 1
		if !optional {
			required++
		}
		best := ix.scoreWord(w)
		for i, s := range best {
			if s > 0 {
				scores[i] += s
				if !optional {
					matched[i]++
				}
			}
		}
	}

	var results []Result
	for i, c := range ix.codes {
		if matched[i] < required || scores[i] == 0 {
			continue
		}
		score := scores[i] + ix.phraseBonus(i, q) + prominence[c.Number]
		results = append(results, Result{Code: c, Score: score})
	}
	if len(results) == 0 {
		results = ix.fuzzyNames(q)
	}
	slices.SortStableFunc(results, func(a, b Result) int {
		if a.Score != b.Score {
			return b.Score - a.Score
		}
		return a.Code.Number - b.Code.Number
	})
	for i := range results {
		results[i].Marks = marks(results[i].Code.Name, queryWords)
	}
	return results
}

// scoreWord returns, per entry, the best score word earns in any field.
func (ix *Index) scoreWord(w string) []int {
	best := make([]int, len(ix.codes))
	if isDigits(w) {
		for i, n := range ix.numbers {
			switch {
			case n == w:
				best[i] = weightNumber
			case strings.HasPrefix(n, w):
				best[i] = weightNumber / 2
			}
		}
		return best
	}
	for _, t := range ix.tokens {
		quality := wordMatch(w, t)
		if quality == 0 {
			continue
		}
		for _, p := range ix.vocab[t] {
			best[p.entry] = max(best[p.entry], p.weight*quality/100)
		}
	}
	return best
}

// wordMatch grades how well a typed word matches a word of the text.
func wordMatch(typed, token string) int {
	switch {
	case typed == token:
		return matchExact
	case len(typed) >= 2 && strings.HasPrefix(token, typed):
		return matchPrefix
	case len(typed) >= 4 && len(token) >= 4 && withinOneEdit(typed, token):
		return matchTypo
	}
	return 0
}

// phraseBonus rewards codes whose name or alias contains the whole query,
// and scores the name with sahilm/fuzzy, which favours matches at word
// starts and runs of adjacent letters.
func (ix *Index) phraseBonus(i int, q string) int {
	bonus := 0
	names := append([]string{ix.names[i]}, ix.aliases[i]...)
	for k, name := range names {
		switch {
		case name == q:
			bonus = max(bonus, bonusExactName-k)
		case strings.Contains(" "+name+" ", " "+q+" "):
			bonus = max(bonus, bonusPhrase)
		case strings.Contains(name, q) && strings.Contains(q, " "):
			bonus = max(bonus, bonusPhrase/2)
		}
	}
	if m := fuzzy.Find(q, names); len(m) > 0 {
		bonus += max(0, m[0].Score) / 4
	}
	return bonus
}

// fuzzyNames is the fallback when no word matches: letters typed in order
// anywhere in a name ("intsrvr" → Internal Server Error).
func (ix *Index) fuzzyNames(q string) []Result {
	var results []Result
	for _, m := range fuzzy.Find(strings.ReplaceAll(q, " ", ""), ix.names) {
		if m.Score <= 0 {
			continue
		}
		results = append(results, Result{Code: ix.codes[m.Index], Score: m.Score})
	}
	return results
}

// class lists every code of a class when the query is "5xx" or "5".
func (ix *Index) class(digit byte) []Result {
	var results []Result
	for i, c := range ix.codes {
		if ix.numbers[i][0] == digit {
			results = append(results, Result{Code: c, Score: 1})
		}
	}
	return results
}

func classQuery(q string) (byte, bool) {
	if len(q) == 3 && q[0] >= '1' && q[0] <= '5' && q[1:] == "xx" {
		return q[0], true
	}
	return 0, false
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// marks finds the byte offsets of name's characters that the query's words
// match, for highlighting; typed words that only match with a typo fall
// back to sahilm/fuzzy's matched letters.
func marks(name string, queryWords []string) []int {
	lower := strings.ToLower(name)
	var out []int
	for _, w := range queryWords {
		if optionalWords[w] && len(queryWords) > 1 {
			continue
		}
		for from := 0; from < len(lower); {
			i := strings.Index(lower[from:], w)
			if i < 0 {
				break
			}
			for k := range len(w) {
				out = append(out, from+i+k)
			}
			from += i + len(w)
		}
	}
	if out == nil {
		if m := fuzzy.Find(strings.Join(queryWords, ""), []string{name}); len(m) > 0 {
			out = m[0].MatchedIndexes
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
