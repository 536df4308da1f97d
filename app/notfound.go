package app

import (
	"strings"

	"httpstatus/data"
	"httpstatus/search"
)

// maxSuggestions is how many codes the not-found page suggests.
const maxSuggestions = 5

// suggestions are the codes a path that is not a page most likely meant.
func suggestions(path string) []data.Code {
	results := search.Search(suggestionQuery(path))
	codes := make([]data.Code, 0, maxSuggestions)
	for _, r := range results[:min(len(results), maxSuggestions)] {
		codes = append(codes, r.Code)
	}
	return codes
}

// suggestionQuery turns a path that is not a page into words worth
// searching for: "/gateway-timeout" → "gateway timeout", "/5021" → "502".
func suggestionQuery(path string) string {
	s := strings.Trim(path, "/")
	digits := strings.TrimLeft(s, "0123456789")
	if n := len(s) - len(digits); n >= 3 {
		return s[:3]
	}
	return strings.NewReplacer("-", " ", "_", " ", "/", " ", "+", " ").Replace(s)
}
