package search

import (
	"slices"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// marks returns the byte offsets of the letters of entry's name that the
// query matched, given the hits in names: whole words for words, synonyms and stems; the typed
// letters for a prefix; for a typo, the letters sahilm/fuzzy finds in
// order (or the whole word when the typo swapped letters).
func (ix *Index) marks(q *query, hits []hit, entry int) []int {
	name := ix.codes[entry].Name
	words := ix.names[entry]
	var out []int
	for _, h := range hits {
		if int(ix.texts[h.text].entry) != entry {
			continue
		}
		for _, w := range words {
			if w.pos < int(h.pos) || w.pos >= int(h.pos+h.span) {
				continue
			}
			typed := q.terms[h.term].typed
			switch h.kind {
			case kindPrefix:
				end := w.start
				for n := 0; n < utf8.RuneCountInString(typed) && end < w.end; n++ {
					_, size := utf8.DecodeRuneInString(name[end:])
					end += size
				}
				out = appendRange(out, w.start, end)
			case kindTypo:
				if m := fuzzy.Find(typed, []string{name[w.start:w.end]}); len(m) > 0 {
					for _, i := range m[0].MatchedIndexes {
						out = append(out, w.start+i)
					}
				} else {
					out = appendRange(out, w.start, w.end)
				}
			default:
				out = appendRange(out, w.start, w.end)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func appendRange(out []int, from, to int) []int {
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}
