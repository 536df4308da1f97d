package search

// The weights of the ranking, in one place. ranking_test.go says what they
// must achieve; change them only with it running.

// fieldWeight is what one query word found in a field is worth. A word in
// a code's name says far more than the same word somewhere in its causes.
var fieldWeight = [...]float64{
	fieldName:    100,
	fieldAlias:   90,
	fieldVendor:  80,
	fieldKeyword: 60,
	fieldHeader:  25,
	fieldSummary: 30,
	fieldBody:    20,
}

// exactBonus rewards a query that is the whole of a name, an alias or a
// keyword ("bad gateway", "payload too large", "login required").
var exactBonus = [...]float64{
	fieldName:    600,
	fieldAlias:   500,
	fieldKeyword: 250,
}

// phraseBonus rewards a query of several words found whole, in order, in
// a longer text: a log line quoted in a cause ("upstream prematurely
// closed connection"), a name inside an alias. It is per word beyond the
// first: the longer the phrase, the less likely it is there by chance.
var phraseBonus = [...]float64{
	fieldName:    200,
	fieldAlias:   180,
	fieldVendor:  50,
	fieldKeyword: 120,
	fieldHeader:  50,
	fieldSummary: 100,
	fieldBody:    100,
}

const (
	// weightNumber and weightNumberPrefix are what a typed number earns
	// when it is the code's number or the start of it.
	weightNumber       = 300
	weightNumberPrefix = 150
	// bodySaturation: the body's contribution for a word grows with how
	// often the word occurs there, up to fieldWeight[fieldBody]; at this
	// many occurrences it reaches half of that.
	bodySaturation = 2
	// vendorFactor scales the score of a vendor's code when the query does
	// not name the vendor: someone who types "connection refused" or
	// "redirect" wants the registered code first, Cloudflare's or IIS's
	// variant after it.
	vendorFactor = 0.5
	// bodyShare is how much of the weaker of a word's two scores, in the
	// short fields and in the body, adds to the stronger: a word in the
	// name says most of what its repetition in the causes would add.
	bodyShare = 0.3
	// maxFuzzyBonus bounds sahilm/fuzzy's say: it orders names that match
	// equally well, never overrides the field weights.
	maxFuzzyBonus = 10
)

// Quality of a word match, as a fraction of the field's weight.
const (
	qualityExact  = 1.0 // the same word or stem, or a synonym
	qualityPrefix = 0.7 // the start of a word ("gatew", "auth")
	qualityTypo   = 0.6 // one edit away ("gatway", "not fond")
	qualityTypo2  = 0.5 // two edits away, long words only ("maintainance")
)

// matchKind says how a query word matched, for highlighting.
type matchKind uint8

const (
	kindExact matchKind = iota
	kindPrefix
	kindTypo
)
