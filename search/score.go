package search

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"
)

// hit is an occurrence of a query term.
type hit struct {
	occurrence
	term int16
	kind matchKind
	q    float32
}

// scratch holds the tables of one query, reused between queries.
type scratch struct {
	hits, nameHits, runHits []hit
	strong, body            []float64 // per code and term
	where                   []uint8   // per code and term: inName, inIdentity
	registeredIdentity      uint32    // terms found in a registered code's identity
	bonus, fuzzy            []float64 // per code
	vendorNamed, nameMatch  []bool    // per code
	termsIn                 []uint32  // per text: which terms occur in it
	cover                   []uint64  // per short text: which positions matched
	runs                    []chain   // per runHits entry
	found                   []candidate
	fuzzyIdx                []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// grow returns s resized to n zero values, reusing its memory.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// Where a term was found in a code.
const (
	inName     = 1 << iota // the name or an alias
	inIdentity             // the name, an alias or a keyword
)

// candidate is a code that matches, before it becomes a Result.
type candidate struct {
	entry  int
	score  float64
	byName bool // every required term is in the name or an alias
}

// wordSearch scores every code against the query's terms:
//
//   - each term earns, in each code, its best match in a short field
//     (name, alias, vendor, keyword, header, summary), weighted by field,
//     by match quality and, in names, aliases, vendors and keywords, by how
//     much of that text the query covers; plus what it earns in the body,
//     which grows with repetition but saturates;
//   - a code lacking any required term is out;
//   - terms side by side in a text, in query order, earn a phrase bonus;
//     the whole query as one run earns more, and the whole query being
//     the whole name, alias or keyword earns most;
//   - prominence breaks ties between codes that match about equally;
//   - sahilm/fuzzy orders codes whose names match;
//   - a vendor's code counts half when the query does not name the vendor,
//     unless its name answers the query and no registered code's does.
func (ix *Index) wordSearch(q *query) []Result {
	T, E := len(q.terms), len(ix.codes)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)

	sc.hits = sc.hits[:0]
	for t, term := range q.terms {
		for _, a := range term.alts {
			for _, o := range ix.postings[a.key] {
				sc.hits = append(sc.hits, hit{o, int16(t), a.kind, float32(a.q)})
			}
		}
	}
	if len(sc.hits) == 0 && !q.hasNumbers() {
		return nil
	}
	sc.strong = grow(sc.strong, E*T)
	sc.where = grow(sc.where, E*T)
	sc.registeredIdentity = 0
	sc.body = grow(sc.body, E*T)
	sc.bonus = grow(sc.bonus, E)
	sc.vendorNamed = grow(sc.vendorNamed, E)
	sc.nameMatch = grow(sc.nameMatch, E)
	sc.termsIn = grow(sc.termsIn, len(ix.texts))
	sc.cover = grow(sc.cover, ix.nShort)
	sc.nameHits = sc.nameHits[:0]

	for _, h := range sc.hits {
		sc.termsIn[h.text] |= 1 << h.term
		if int(h.text) < ix.nShort {
			sc.cover[h.text] |= spanMask(h.pos, h.span)
		}
	}
	for _, h := range sc.hits {
		tx := ix.texts[h.text]
		e, t := int(tx.entry), int(h.term)
		optional := q.terms[t].optional
		switch tx.field {
		case fieldVendor:
			sc.vendorNamed[e] = true
		case fieldName:
			sc.nameHits = append(sc.nameHits, h)
			sc.nameMatch[e] = true
			sc.where[e*T+t] |= inName | inIdentity
		case fieldAlias:
			sc.nameMatch[e] = true
			sc.where[e*T+t] |= inName | inIdentity
		case fieldKeyword:
			sc.where[e*T+t] |= inIdentity
		}
		if sc.where[e*T+t]&inIdentity != 0 && ix.codes[e].Vendor == "" {
			sc.registeredIdentity |= 1 << t
		}
		switch {
		case tx.field == fieldBody:
			if !optional {
				sc.body[e*T+t] += float64(h.q)
			}
		case optional && tx.field > fieldKeyword:
			// Filler words count only where they name the code.
		default:
			w := fieldWeight[tx.field] * float64(h.q)
			if tx.field <= fieldKeyword {
				w *= 0.5 + 0.5*coverage(sc.cover[h.text], tx.n)
			}
			sc.strong[e*T+t] = max(sc.strong[e*T+t], w)
		}
	}
	// Every required term in one short text, not necessarily side by side.
	if q.required >= 2 {
		for s := range ix.nShort {
			if sc.termsIn[s]&q.requiredMask == q.requiredMask {
				tx := ix.texts[s]
				b := fieldWeight[tx.field] * float64(q.required-1) / 2
				sc.bonus[tx.entry] = max(sc.bonus[tx.entry], b)
			}
		}
	}
	ix.phrases(q, sc)
	ix.fuzzyBonus(q, sc)

	sc.found = sc.found[:0]
	registeredByName := false
	for e := range E {
		score, ok, byName := 0.0, true, true
		for t, term := range q.terms {
			s := sc.strong[e*T+t]
			if b := sc.body[e*T+t]; b > 0 {
				b = fieldWeight[fieldBody] * b / (b + bodySaturation)
				s = max(s, b) + bodyShare*min(s, b)
			}
			if term.number != "" {
				switch {
				case term.number == ix.numbers[e]:
					s = max(s, weightNumber)
				case strings.HasPrefix(ix.numbers[e], term.number):
					s = max(s, weightNumberPrefix)
				}
			}
			if s == 0 && !term.optional {
				ok = false
				break
			}
			if !term.transparent() && sc.where[e*T+t]&inName == 0 {
				byName = false
			}
			score += s
		}
		if !ok {
			continue
		}
		score += sc.bonus[e] + float64(prominence[ix.codes[e].Number])
		if sc.nameMatch[e] {
			score += sc.fuzzy[e]
		}
		if ix.codes[e].Vendor == "" && byName && q.required > 0 {
			registeredByName = true
		}
		sc.found = append(sc.found, candidate{e, score, byName})
	}
	// A vendor's code counts for less unless the query names the vendor,
	// or the code's name answers the query where no registered code's does
	// ("certificate", "client closed request"), or the query's words are
	// all in its name, aliases and keywords, one of them in no registered
	// code's ("activesync redirect").
	for i, c := range sc.found {
		e := c.entry
		if ix.codes[e].Vendor == "" || sc.vendorNamed[e] || c.byName && !registeredByName {
			continue
		}
		own, all := false, true
		for t, term := range q.terms {
			if term.transparent() {
				continue
			}
			in := sc.where[e*T+t]&inIdentity != 0
			all = all && in
			own = own || in && sc.registeredIdentity&(1<<t) == 0
		}
		if !own || !all {
			sc.found[i].score *= vendorFactor
		}
	}
	if len(sc.found) == 0 {
		return nil
	}
	// Best first; equal scores in catalog order.
	slices.SortFunc(sc.found, func(a, b candidate) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return a.entry - b.entry
	})
	results := make([]Result, len(sc.found))
	for i, c := range sc.found {
		results[i] = Result{Code: ix.codes[c.entry], Marks: ix.marks(q, sc.nameHits, c.entry)}
	}
	return results
}

// spanMask is the bit mask of positions pos to pos+span-1, capped at 64.
func spanMask(pos, span int16) uint64 {
	if pos >= 64 {
		return 0
	}
	if span >= 64 {
		return ^uint64(0) << pos
	}
	return (uint64(1)<<span - 1) << pos
}

// coverage is the share of a text's positions that the query matched.
func coverage(mask uint64, n int32) float64 {
	if n == 0 {
		return 0
	}
	return min(1, float64(bits.OnesCount64(mask))/float64(n))
}

// chain is a run of query terms found side by side, in order, in one text,
// ending at a hit.
type chain struct {
	length, required int16
	start            int16
	quality          float32
	prefix           bool // a word of the run is only the start of the text's word
}

// transparent terms may be skipped inside a run: filler words and numbers
// ("bad gateway error", "502 bad gateway").
func (t term) transparent() bool { return t.optional || t.number != "" }

// phrases finds runs of consecutive query terms at consecutive positions
// in a text and adds their bonus to the code: the field's weight for each
// word beyond the first, phraseBonus when the run holds every required
// word, and exactBonus when it is moreover the whole text.
func (ix *Index) phrases(q *query, sc *scratch) {
	// Only texts holding two terms can hold a run of two; a single word
	// can still be a whole name or keyword when it is the whole query.
	sc.runHits = sc.runHits[:0]
	for _, h := range sc.hits {
		if bits.OnesCount32(sc.termsIn[h.text]) >= 2 {
			sc.runHits = append(sc.runHits, h)
		} else if q.required == 1 && !q.terms[h.term].transparent() {
			ix.runBonus(q, sc, chain{1, 1, h.pos, h.q, h.kind == kindPrefix}, h.text, h.pos+h.span)
		}
	}
	hs := sc.runHits
	slices.SortFunc(hs, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.text, b.text), cmp.Compare(a.term, b.term), cmp.Compare(a.pos, b.pos))
	})
	sc.runs = grow(sc.runs, len(hs))
	for lo := 0; lo < len(hs); {
		hi := lo
		for hi < len(hs) && hs[hi].text == hs[lo].text {
			hi++
		}
		// Within a text, hits are in term order: a run ending at hit i
		// extends the best run ending right before it at an earlier term,
		// with only transparent terms in between.
		for i := lo; i < hi; i++ {
			h := hs[i]
			term := q.terms[h.term]
			c := chain{length: 1, start: h.pos, quality: h.q}
			for j := lo; j < i && hs[j].term < h.term; j++ {
				g := hs[j]
				if g.pos+g.span != h.pos || !skippable(q, g.term, h.term) {
					continue
				}
				if p := sc.runs[j]; p.length+1 > c.length || p.length+1 == c.length && p.quality+h.q > c.quality {
					c = chain{p.length + 1, p.required, p.start, p.quality + h.q, p.prefix}
				}
			}
			c.prefix = c.prefix || h.kind == kindPrefix
			if !term.transparent() {
				c.required++
			}
			sc.runs[i] = c
			ix.runBonus(q, sc, c, h.text, h.pos+h.span)
		}
		lo = hi
	}
}

// skippable reports whether every term strictly between from and to may
// be left out of a run.
func skippable(q *query, from, to int16) bool {
	for t := from + 1; t < to; t++ {
		if !q.terms[t].transparent() {
			return false
		}
	}
	return true
}

// runBonus credits the code of text with run c, which ends before end.
func (ix *Index) runBonus(q *query, sc *scratch, c chain, textID int32, end int16) {
	tx := ix.texts[textID]
	avg := float64(c.quality) / float64(c.length)
	b := 0.0
	if c.length >= 2 {
		b = fieldWeight[tx.field] * float64(c.length-1) * avg
		if int(c.required) == q.required && q.required >= 2 {
			b += phraseBonus[tx.field] * float64(c.length-1) * avg
		}
	}
	whole := c.start == 0 && int32(end) == tx.n && int(c.required) == q.required && q.required > 0 && !c.prefix
	if whole && int(tx.field) < len(exactBonus) && !(tx.field == fieldName && ix.genericVendorName[tx.entry]) {
		b = max(b, exactBonus[tx.field]*avg+fieldWeight[tx.field]*float64(c.length-1)*avg)
	}
	sc.bonus[tx.entry] = max(sc.bonus[tx.entry], b)
}

// fuzzySubset is the names of the codes whose names matched, for
// sahilm/fuzzy.
type fuzzySubset struct {
	ix  *Index
	idx []int
}

func (f fuzzySubset) String(i int) string { return f.ix.fuzzyNames[f.idx[i]] }
func (f fuzzySubset) Len() int            { return len(f.idx) }

// fuzzyBonus lets sahilm/fuzzy order codes whose names match: it favours
// names where the query's letters start words and run together. The
// bonus is per code, at most maxFuzzyBonus.
func (ix *Index) fuzzyBonus(q *query, sc *scratch) {
	sc.fuzzy = grow(sc.fuzzy, len(ix.codes))
	if q.letters == "" {
		return
	}
	sc.fuzzyIdx = sc.fuzzyIdx[:0]
	for i, e := range ix.fuzzyOwner {
		if sc.nameMatch[e] {
			sc.fuzzyIdx = append(sc.fuzzyIdx, i)
		}
	}
	for _, m := range fuzzy.FindFromNoSort(q.letters, fuzzySubset{ix, sc.fuzzyIdx}) {
		e := ix.fuzzyOwner[sc.fuzzyIdx[m.Index]]
		b := float64(min(max(m.Score, 0), 10*maxFuzzyBonus)) / 10
		sc.fuzzy[e] = max(sc.fuzzy[e], b)
	}
}
