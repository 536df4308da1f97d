package search

// stopwords carry no meaning of their own. They are left out of the index
// and of queries, and phrases are matched as if they were not there, so
// "token is expired" matches "token expired" and "Unavailable For Legal
// Reasons" matches "unavailable legal reasons". "not", "no", "too" and
// "out" are not among them: "Not Found", "No Content", "Too Many Requests"
// and "timed out" need them.
var stopwords = setOf(
	"a", "an", "the", "is", "are", "was", "were", "be", "been", "being",
	"of", "for", "to", "in", "on", "at", "by", "as", "from", "into", "with",
	"and", "or", "it", "its", "this", "that", "these", "those", "there",
	"i", "me", "my", "you", "your", "we", "our", "they", "their",
	"do", "does", "did", "so", "than", "then", "which", "who",
	"e", "g", "eg", "ie", "etc", // e.g., i.e., etc.
)

// optionalWords are what people wrap around the words that matter ("502
// error", "http status for rate limit", "how to fix 504"). They add to a
// code's score when they match its name, a keyword or its vendor, but
// never rule a code out. A query made of nothing else still needs them.
var optionalWords = setOf(
	"http", "https", "status", "code", "codes", "error", "errors", "err",
	"response", "responses", "returned", "return", "returns", "returning",
	"got", "getting", "gets", "fix", "fixed", "fixing", "how", "what", "why", "when",
	"mean", "means", "meaning", "issue", "problem", "message",
)

// spellingVariants are spellings whose difference stem does not
// undo on its own (americanize handles -ise and -isation).
var spellingVariants = map[string]string{
	"cancelled": "canceled", "cancelling": "canceling", "behaviour": "behavior",
	"behaviours": "behaviors", "favour": "favor", "colour": "color", "catalogue": "catalog",
	"licence": "license", "centre": "center", "analyse": "analyze", "analysed": "analyzed",
}

// notPlural are words ending in s that are not plurals.
var notPlural = setOf(
	"cors", "dns", "ios", "xss", "sms", "news", "always", "ops", "devops", "yes",
	"https", "aws", "mitm", "bus", "gps", "tus", "eas",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
