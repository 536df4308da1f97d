package search

import (
	"slices"
	"strings"
)

// alt is one indexed key a query term can match, and how well.
type alt struct {
	key  string
	q    float64
	kind matchKind
}

// term is one word of a query, or a synonym phrase taken as one.
type term struct {
	typed    string // as typed, normalised: for highlighting typos and prefixes
	alts     []alt
	optional bool
	// number is set for a term that can be a status code: "502", "50",
	// "5" and, from "5xx" or "50x", "5" and "50".
	number string
}

// query is a parsed query.
type query struct {
	terms        []term
	required     int    // terms that must match, numbers excepted
	requiredMask uint32 // their bits, by index in terms
	letters      string // the words, for sahilm/fuzzy
}

// maxTerms bounds how many words of a query count; masks are 32 bits.
const maxTerms = 16

// maxPrefixWords bounds how many words a prefix stands for.
const maxPrefixWords = 64

func (q *query) onlyNumbers() bool {
	n := 0
	for _, t := range q.terms {
		if t.number != "" {
			n++
		} else if !t.optional {
			return false
		}
	}
	return n > 0
}

func (q *query) hasNumbers() bool {
	for _, t := range q.terms {
		if t.number != "" {
			return true
		}
	}
	return false
}

// parse turns what was typed into terms: stopwords dropped, synonym
// phrases joined, numbers recognised, and each word given the indexed words
// it may stand for: itself, the words it starts, words one typo away.
func (ix *Index) parse(s string) *query {
	toks := tokenize(s)
	if len(toks) > 4*maxTerms {
		toks = toks[:4*maxTerms]
	}
	stems := make([]string, len(toks))
	for i, t := range toks {
		stems[i] = stem(t.word)
	}
	q := &query{}
	var letters []string
	for i := 0; i < len(toks) && len(q.terms) < maxTerms; {
		// The longest synonym phrase starting here.
		concept, n := "", 0
		phrase := ""
		for j := i; j < len(toks) && j-i < ix.maxPhrase; j++ {
			if j > i {
				phrase += " "
			}
			phrase += stems[j]
			if c, ok := ix.synonymKey[phrase]; ok {
				concept, n = c, j-i+1
			}
		}
		if concept != "" && !(n == 1 && isNumberWord(toks[i].word)) {
			var typed []string
			for _, t := range toks[i : i+n] {
				typed = append(typed, t.word)
			}
			q.add(term{typed: strings.Join(typed, " "), alts: []alt{{concept, qualityExact, kindExact}}})
			letters = append(letters, typed...)
			i += n
			continue
		}
		w := toks[i].word
		last := i == len(toks)-1
		i++
		if stopwords[w] && len(toks) > 1 {
			continue
		}
		letters = append(letters, w)
		if digits, ok := classPattern(w); ok {
			q.add(term{typed: w, number: digits})
			continue
		}
		t := term{typed: w, optional: optionalWords[w], alts: ix.alternatives(w, last)}
		if isNumberWord(w) {
			t.number = w
		}
		q.add(t)
	}
	allOptional := true
	for _, t := range q.terms {
		if !t.optional {
			allOptional = false
		}
	}
	for k := range q.terms {
		t := &q.terms[k]
		if allOptional {
			t.optional = false
		}
		if !t.optional && t.number == "" {
			q.required++
			q.requiredMask |= 1 << k
		}
	}
	q.letters = strings.Join(letters, " ")
	return q
}

// add appends t unless an earlier term stands for the same thing ("aws
// alb" is one concept).
func (q *query) add(t term) {
	for _, o := range q.terms {
		if o.number == t.number && slices.Equal(o.alts, t.alts) {
			return
		}
	}
	q.terms = append(q.terms, t)
}

// alternatives lists the indexed keys the typed word w may stand for. The
// word itself always; the words it is the start of when it is the last
// word typed (the one still being typed) or unknown, only words of names
// for one or two letters; words one typo away (two for long words) when
// it is unknown.
func (ix *Index) alternatives(w string, last bool) []alt {
	s := stem(w)
	alts := []alt{{s, qualityExact, kindExact}}
	_, known := ix.postings[s]
	seen := map[string]bool{s: true}
	if last || (!known && len(w) >= 3) {
		words := ix.surface
		if len(w) <= 2 {
			words = ix.named
		}
		i, _ := slices.BinarySearch(words, w)
		for ; i < len(words) && strings.HasPrefix(words[i], w) && len(alts) < maxPrefixWords; i++ {
			k := ix.stemOf[words[i]]
			if !seen[k] {
				seen[k] = true
				alts = append(alts, alt{k, qualityPrefix, kindPrefix})
			}
		}
	}
	if !known && len(s) >= 4 && hasLetter(s) {
		n := len(alts)
		for l := len(s) - 1; l <= len(s)+1; l++ {
			for _, k := range ix.byLength[l] {
				if !seen[k] && withinOneEdit(s, k) {
					seen[k] = true
					alts = append(alts, alt{k, qualityTypo, kindTypo})
				}
			}
		}
		if len(alts) == n && len(s) >= 7 {
			for l := len(s) - 2; l <= len(s)+2; l++ {
				for _, k := range ix.byLength[l] {
					if !seen[k] && withinTwoEdits(s, k) {
						seen[k] = true
						alts = append(alts, alt{k, qualityTypo2, kindTypo})
					}
				}
			}
		}
	}
	return alts
}

// isNumberWord reports a word that can be (the start of) a status code.
func isNumberWord(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// classPattern recognises "5xx", "50x" and "4xx" and returns the digits
// they start with.
func classPattern(w string) (string, bool) {
	if len(w) != 3 || w[0] < '0' || w[0] > '9' {
		return "", false
	}
	digits := strings.TrimRight(w, "x")
	if digits == w || !isNumberWord(digits) {
		return "", false
	}
	return digits, true
}
