package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// foldAccents maps the accented Latin letters people actually type to their
// plain form. A table this size costs a few hundred bytes in the WASM
// bundle, where golang.org/x/text's normalisation tables would cost far more.
var foldAccents = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a',
	'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
}

// token is one word of a text: lowercased, accents folded, with the byte
// offsets it came from so that matches can be highlighted in the original.
type token struct {
	word       string
	start, end int
}

// isApostrophe reports the characters that join the two halves of "I'm" or
// "don't" into one word.
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// foldRune lowercases r and strips its accent.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	r = unicode.ToLower(r)
	if f, ok := foldAccents[r]; ok {
		return f
	}
	return r
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// tokenize splits s into words: runs of letters and digits, with an
// apostrophe between two letters dropped ("I'm" is the word "im"). Any other
// character separates words.
func tokenize(s string) []token { return tokenizeInto(nil, s) }

// tokenizeInto is tokenize appending to out.
func tokenizeInto(out []token, s string) []token {
	var b []byte
	start := -1
	plain := true // the word so far is s[start:i] unchanged
	var prev rune
	for i, r := range s {
		switch {
		case isWordRune(r):
			if start < 0 {
				start, plain, b = i, true, b[:0]
			}
			f := foldRune(r)
			if plain && f != r {
				plain = false
				b = append(b[:0], s[start:i]...)
			}
			if !plain {
				b = utf8.AppendRune(b, f)
			}
		case isApostrophe(r) && start >= 0 && unicode.IsLetter(prev) && nextIsLetter(s[i:]):
			// Inside a word: leave it out.
			if plain {
				plain = false
				b = append(b[:0], s[start:i]...)
			}
		default:
			if start >= 0 {
				out = append(out, newToken(s, start, i, plain, b))
				start = -1
			}
		}
		prev = r
	}
	if start >= 0 {
		out = append(out, newToken(s, start, len(s), plain, b))
	}
	return out
}

func newToken(s string, start, end int, plain bool, b []byte) token {
	if plain {
		return token{s[start:end], start, end}
	}
	return token{string(b), start, end}
}

// nextIsLetter reports whether the rune after the first one in s is a letter.
func nextIsLetter(s string) bool {
	for i, r := range s {
		if i > 0 {
			return unicode.IsLetter(r)
		}
	}
	return false
}

// normalize lowercases s, folds accents, drops apostrophes inside words and
// turns every run of other characters that are neither letters nor digits
// into one space.
func normalize(s string) string {
	toks := tokenize(s)
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.word
	}
	return strings.Join(ws, " ")
}

// words splits text into its normalised words.
func words(s string) []string { return strings.Fields(normalize(s)) }

// stem reduces a normalised word to the form both the index and the query
// use, so that spelling variants and simple inflections meet: British
// spellings become American ("unauthorised" → "unauthorized"), plurals and
// -ed/-ing endings go ("timeouts" → "timeout", "limited" → "limit",
// "throttling" and "throttled" → "throttl"), a final y after a consonant
// becomes i ("proxy", "proxies" → "proxi") and a final e goes, so that
// "close", "closed" and "closing" agree.
func stem(w string) string {
	if v, ok := spellingVariants[w]; ok {
		w = v
	}
	w = americanize(w)
	if len(w) <= 3 || !hasLetter(w) || notPlural[w] {
		return w
	}
	// Plurals.
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	// -ed and -ing, but not the ed of "speed" or "exceed".
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ing") && len(w) >= 6 && hasVowel(w[:len(w)-3]):
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && len(w) >= 5 && hasVowel(w[:len(w)-2]):
		w = undouble(w[:len(w)-2])
	}
	n := len(w)
	switch {
	case n > 3 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		w = w[:n-1] + "i"
	case n > 3 && w[n-1] == 'e' && w[n-2] != 'e':
		w = w[:n-1]
	}
	return w
}

// americanize turns the British -ise/-isation/-our spellings the data and
// the people typing use into American ones.
func americanize(w string) string {
	for _, s := range [...]struct{ from, to string }{
		{"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
		{"ises", "izes"}, {"iser", "izer"}, {"ise", "ize"},
	} {
		if strings.HasSuffix(w, s.from) && len(w) > len(s.from)+3 {
			return w[:len(w)-len(s.from)] + s.to
		}
	}
	return w
}

// undouble drops the second of two equal final consonants left by removing
// -ed or -ing ("logged" → "logg" → "log"); a double l, s or z stays.
func undouble(w string) string {
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && strings.IndexByte("bdfgkmnprt", w[n-1]) >= 0 {
		return w[:n-1]
	}
	return w
}

func hasVowel(w string) bool { return strings.ContainsAny(w, "aeiouy") }

func hasLetter(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return true
		}
	}
	return false
}
