// Package search finds status codes from what people type: a number, a name,
// a former name, a vendor, a symptom from their logs, typos included.
//
// A query of numbers lists the codes with that number, then the codes the
// number starts, in catalog order ("502", "50", "4", "5xx").
//
// Otherwise queries and the catalog go through the same steps: words are
// lowercased, stripped of accents and stemmed ("unauthorised" and
// "unauthorized", "limits" and "limited" meet), and synonym phrases
// (synonyms.go) become concepts ("throttled" finds "Too Many Requests").
// Every word of a query must then match somewhere in a code, exactly, as the
// start of a word or with a typo. How much a match counts depends on the
// field it is in (a name says more than a cause), on how much of that field
// the query covers, and on how it matched. Words found side by side, in
// order, earn a phrase bonus; the whole query found verbatim earns more, and
// the whole query being a code's whole name, alias or keyword earns most.
// Prominence breaks ties in favour of the codes people meet most, and a
// vendor's code ranks behind the registered codes unless the query names
// the vendor or only the vendor's code fits. sahilm/fuzzy orders names that
// match equally well, marks the letters of typos, and finds codes from
// scattered letters when no word matches ("intsrvr").
//
// weights.go holds the weights; ranking_test.go says what they must achieve.
package search

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"

	"httpstatus/data"
	"httpstatus/routes"
)

// Result is one code, header or comparison that matches a query.
type Result struct {
	Kind Kind
	// Path is the address of the result's page.
	Path string
	// Code is the code; for a header or comparison, its name, summary and
	// vendor in a code-shaped entry (Number -1).
	Code data.Code
	// Marks are the byte offsets in Code.Name of the characters that matched,
	// for highlighting.
	Marks []int
}

// field is where in a code a word was found.
type field uint8

const (
	fieldName    field = iota // Name
	fieldAlias                // FormerNames and AlsoKnownAs
	fieldVendor               // Vendor
	fieldKeyword              // Keywords, GoConstant, and the number's names in specifications and libraries
	fieldHeader               // names of the Headers that matter
	fieldSummary              // Summary
	fieldBody                 // Explanation, Causes, Fixes, header notes
)

// text is one string of a code: its name, an alias, a keyword, a cause.
type text struct {
	entry int32
	field field
	n     int32 // positions: words that are not stopwords
}

// occurrence is a word or concept at a position of a text; a concept
// ("rate limit") may span several positions.
type occurrence struct {
	text int32
	pos  int16
	span int16
}

// nameWord is a word of a code's name, for highlighting: the byte range
// it came from and its position.
type nameWord struct {
	pos        int
	start, end int
}

// Index is a prepared search over a fixed list of codes.
type Index struct {
	codes   []data.Code
	docs    []document // what each entry of codes is; nil: codes only
	numbers []string   // "502", "000"
	texts   []text
	nShort  int          // texts[:nShort] are names, aliases, vendors, keywords, headers
	names   [][]nameWord // the words of each code's name

	postings map[string][]occurrence // by stem, or by concept ("~3")
	surface  []string                // every indexed word as written, sorted, for prefixes
	named    []string                // the words of names and aliases, sorted, for short prefixes
	stemOf   map[string]string       // surface word → stem
	byLength map[int][]string        // stems by length, for typos

	synonymKey   map[string]string // stemmed synonym phrase → concept
	synonymFirst map[string]bool   // first stems of synonym phrases
	maxPhrase    int               // most words in a synonym phrase
	// Only while New runs:
	stemCache    map[string]string
	scratchToks  []token
	scratchStems []string
	scratchPos   []int

	genericVendorName []bool   // a vendor name made only of words of registered names
	fuzzyNames        []string // names and aliases, normalised, for sahilm/fuzzy
	fuzzyOwner        []int    // the code each fuzzyNames entry belongs to
	originalNames     []string // Code.Name, for the scattered-letters fallback
}

// New prepares codes for searching.
func New(codes []data.Code) *Index {
	ix := &Index{
		codes:        codes,
		postings:     map[string][]occurrence{},
		stemOf:       map[string]string{},
		byLength:     map[int][]string{},
		synonymKey:   map[string]string{},
		synonymFirst: map[string]bool{},
		stemCache:    map[string]string{},
	}
	for g, group := range synonyms {
		for _, member := range group {
			toks := tokenize(member)
			stems := make([]string, len(toks))
			for i, t := range toks {
				stems[i] = stem(t.word)
			}
			ix.synonymKey[strings.Join(stems, " ")] = fmt.Sprintf("~%d", g)
			ix.synonymFirst[stems[0]] = true
			ix.maxPhrase = max(ix.maxPhrase, len(toks))
		}
	}

	// Short texts first, so that per-query tables over them stay small.
	ix.names = make([][]nameWord, len(codes))
	numberIndexed := map[int]bool{}
	for e, c := range codes {
		ix.numbers = append(ix.numbers, data.FormatNumber(c.Number))
		ix.names[e] = ix.addText(e, fieldName, c.Name)
		for _, a := range slices.Concat(c.FormerNames, c.AlsoKnownAs) {
			ix.addText(e, fieldAlias, a)
		}
		if c.Vendor != "" {
			ix.addText(e, fieldVendor, c.Vendor)
		}
		for _, k := range c.Keywords {
			ix.addText(e, fieldKeyword, k)
		}
		if c.GoConstant != "" {
			ix.addText(e, fieldKeyword, c.GoConstant)
		}
		if !numberIndexed[c.Number] {
			numberIndexed[c.Number] = true
			for _, n := range numberNames(c) {
				ix.addText(e, fieldKeyword, n)
			}
		}
		for _, h := range c.Headers {
			ix.addText(e, fieldHeader, h.Name)
		}
	}
	ix.nShort = len(ix.texts)
	for e, c := range codes {
		ix.addText(e, fieldSummary, c.Summary)
		for _, p := range strings.Split(c.Explanation, "\n\n") {
			ix.addText(e, fieldBody, p)
		}
		for _, s := range slices.Concat(c.Causes, c.Fixes) {
			ix.addText(e, fieldBody, s)
		}
		for _, h := range c.Headers {
			ix.addText(e, fieldBody, h.Note)
		}
	}

	ix.stemCache, ix.scratchToks, ix.scratchStems, ix.scratchPos = nil, nil, nil, nil
	for w := range ix.stemOf {
		ix.surface = append(ix.surface, w)
	}
	slices.Sort(ix.surface)
	slices.Sort(ix.named)
	ix.named = slices.Compact(ix.named)
	for k := range ix.postings {
		if !strings.HasPrefix(k, "~") {
			ix.byLength[len(k)] = append(ix.byLength[len(k)], k)
		}
	}
	for _, ks := range ix.byLength {
		slices.Sort(ks)
	}

	registered := map[string]bool{}
	for _, c := range codes {
		if c.Vendor == "" {
			for _, w := range words(c.Name) {
				registered[stem(w)] = true
			}
		}
	}
	for e, c := range codes {
		generic := c.Vendor != ""
		for _, w := range words(c.Name) {
			if !stopwords[w] && !registered[stem(w)] {
				generic = false
			}
		}
		ix.genericVendorName = append(ix.genericVendorName, generic)
		for _, n := range slices.Concat([]string{c.Name}, c.FormerNames, c.AlsoKnownAs) {
			ix.fuzzyNames = append(ix.fuzzyNames, withoutStopwords(n))
			ix.fuzzyOwner = append(ix.fuzzyOwner, e)
		}
		ix.originalNames = append(ix.originalNames, c.Name)
	}
	return ix
}

// addText indexes s as a text of entry in field. For a name it returns the
// words with their positions and byte ranges, for highlighting.
func (ix *Index) addText(entry int, f field, s string) []nameWord {
	id := int32(len(ix.texts))
	ix.scratchToks = tokenizeInto(ix.scratchToks[:0], s)
	toks := ix.scratchToks
	stems := ix.scratchStems[:0]
	pos := ix.scratchPos[:0]
	var out []nameWord
	n := 0
	for _, t := range toks {
		st, ok := ix.stemCache[t.word]
		if !ok {
			st = stem(t.word)
			ix.stemCache[t.word] = st
		}
		stems = append(stems, st)
		if stopwords[t.word] {
			pos = append(pos, -1)
			continue
		}
		pos = append(pos, n)
		if f == fieldName {
			out = append(out, nameWord{n, t.start, t.end})
		}
		if f <= fieldAlias {
			ix.named = append(ix.named, t.word)
		}
		ix.post(st, occurrence{id, int16(n), 1})
		if !ok {
			ix.stemOf[t.word] = st
		}
		n++
	}
	// Concepts: every synonym phrase that starts at a word.
	for i := range toks {
		if pos[i] < 0 || !ix.synonymFirst[stems[i]] {
			continue
		}
		phrase := ""
		span := 0
		for j := i; j < len(toks) && j-i < ix.maxPhrase; j++ {
			if j > i {
				phrase += " "
			}
			phrase += stems[j]
			if pos[j] >= 0 {
				span++
			}
			if c, ok := ix.synonymKey[phrase]; ok {
				ix.post(c, occurrence{id, int16(pos[i]), int16(span)})
			}
		}
	}
	ix.scratchStems, ix.scratchPos = stems, pos
	ix.texts = append(ix.texts, text{entry: int32(entry), field: f, n: int32(n)})
	return out
}

// post records an occurrence of key, once per text and position.
func (ix *Index) post(key string, o occurrence) {
	ps := ix.postings[key]
	if k := len(ps); k > 0 && ps[k-1].text == o.text && ps[k-1].pos == o.pos {
		ps[k-1].span = max(ps[k-1].span, o.span)
		return
	}
	ix.postings[key] = append(ps, o)
}

var defaultIndex = sync.OnceValue(func() *Index {
	codes, docs := catalog()
	ix := New(codes)
	ix.docs = docs
	return ix
})

// result is the result for entry e.
func (ix *Index) result(e int, marks []int) Result {
	r := Result{Code: ix.codes[e], Marks: marks}
	if ix.docs != nil {
		r.Kind, r.Path = ix.docs[e].kind, ix.docs[e].path
	} else {
		r.Path = routes.CodePath(r.Code.Number)
	}
	return r
}

// Search runs query over the whole catalog: codes, headers, comparisons.
func Search(query string) []Result { return defaultIndex().Search(query) }

// Search returns the codes that match query, best first. An empty query
// matches nothing; so does nonsense.
func (ix *Index) Search(query string) []Result {
	q := ix.parse(query)
	if len(q.terms) == 0 {
		return nil
	}
	if q.onlyNumbers() {
		if rs := ix.numberSearch(q); len(rs) > 0 {
			return rs
		}
	}
	if rs := ix.wordSearch(q); len(rs) > 0 {
		return rs
	}
	if q.hasNumbers() {
		// The words match no code that has the number ("spring boot
		// 405"): the number alone still says what was meant.
		if rs := ix.numberSearch(q); len(rs) > 0 {
			return rs
		}
	}
	return ix.scatteredLetters(query)
}

// numberSearch answers a query made only of numbers and classes ("502",
// "50", "4", "5xx", "502 504"): exact numbers first, then the codes the
// numbers start, each group in catalog order.
func (ix *Index) numberSearch(q *query) []Result {
	var exact, prefix []int
	for e, n := range ix.numbers {
		isExact, isPrefix := false, false
		for _, t := range q.terms {
			if t.number != "" {
				isExact = isExact || t.number == n
				isPrefix = isPrefix || strings.HasPrefix(n, t.number)
			}
		}
		switch {
		case isExact:
			exact = append(exact, e)
		case isPrefix:
			prefix = append(prefix, e)
		}
	}
	var results []Result
	if len(exact) > 1 && ix.docs != nil {
		// Two codes or more: the comparison of them first ("301 308").
		var numbers []string
		for _, t := range q.terms {
			if t.number != "" {
				numbers = append(numbers, t.number)
			}
		}
		results = ix.comparing(numbers)
	}
	for _, e := range exact {
		results = append(results, ix.result(e, nil))
	}
	for _, e := range prefix {
		results = append(results, ix.result(e, nil))
	}
	return results
}

// scatteredLetters is the fallback when no word matches: letters typed in
// order anywhere in a name ("intsrvr" → Internal Server Error), by
// sahilm/fuzzy.
func (ix *Index) scatteredLetters(query string) []Result {
	letters := strings.ReplaceAll(normalize(query), " ", "")
	if len(letters) < 3 {
		return nil
	}
	var results []Result
	for _, m := range fuzzy.Find(letters, ix.originalNames) {
		if m.Score <= 0 {
			continue
		}
		results = append(results, ix.result(m.Index, m.MatchedIndexes))
	}
	return results
}

func withoutStopwords(s string) string {
	var out []string
	for _, w := range words(s) {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

// numberNames are the names c's number has in specifications and libraries
// (data.NameHistory, data.ConstantsFor, former names included) that c's
// own names do not already say, so that "UNPROCESSABLE_ENTITY",
// ":unprocessable_entity" or "RequestEntityTooLarge" find the code. They
// rank as keywords, below names. They belong to the number, so they go to
// its first meaning in the catalog: the registered one where there is one.
func numberNames(c data.Code) []string {
	// Names that differ only in optional words ("HTTP_GONE", "Gone")
	// would add nothing.
	key := func(s string) string {
		var out []string
		for _, w := range words(s) {
			if !stopwords[w] && !optionalWords[w] {
				out = append(out, w)
			}
		}
		return strings.Join(out, " ")
	}
	said := map[string]bool{}
	for _, n := range slices.Concat([]string{c.Name, c.GoConstant}, c.FormerNames, c.AlsoKnownAs) {
		said[key(n)] = true
	}
	var names []string
	add := func(n string) {
		if k := key(n); k != "" && !said[k] {
			said[k] = true
			names = append(names, n)
		}
	}
	for _, n := range data.NameHistory(c.Number) {
		add(n.Phrase)
	}
	for _, k := range data.ConstantsFor(c.Number) {
		add(k.Name)
		add(k.Formerly)
	}
	return names
}
