package search

import "testing"

// benchQueries are representative: a number, a prefix, a class, a name, a
// phrase, a vendor, a symptom, a typo, a word still being typed, a log
// line, and nonsense that falls through to scattered letters.
var benchQueries = []string{
	"502", "50", "5xx", "bad gateway", "gateway timeout", "cloudflare", "rate limited",
	"gatway", "too many req", "upstream prematurely closed connection", "xyzzy qwerty",
}

// BenchmarkSearch reports the cost of one query (ns/op and allocs/op are
// per query, averaged over benchQueries).
func BenchmarkSearch(b *testing.B) {
	ix := defaultIndex()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ix.Search(benchQueries[i%len(benchQueries)])
	}
}

// BenchmarkSearchEach reports every representative query on its own.
func BenchmarkSearchEach(b *testing.B) {
	ix := defaultIndex()
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Search(q)
			}
		})
	}
}

// BenchmarkNew is the cost of preparing the index, paid once per process
// (and once per page load in the browser).
func BenchmarkNew(b *testing.B) {
	codes := defaultIndex().codes
	b.ReportAllocs()
	for b.Loop() {
		New(codes)
	}
}
