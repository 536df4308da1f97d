package app

import (
	"strings"

	"httpstatus/routes"
	"httpstatus/search"
)

// maxSuggestions is how many codes the not-found page suggests.
const maxSuggestions = 5

// suggestions are the pages a path that is not a page most likely meant:
// codes, or headers for a mistyped /headers/… address.
func suggestions(path string) []search.Result {
	results := search.Search(suggestionQuery(path))
	return results[:min(len(results), maxSuggestions)]
}

// suggestionQuery turns a path that is not a page into words worth
// searching for: "/gateway-timeout" → "gateway timeout", "/5021" → "502".
func suggestionQuery(path string) string {
	s := strings.Trim(strings.TrimPrefix(path, routes.HeaderIndexPath+"/"), "/")
	digits := strings.TrimLeft(s, "0123456789")
	if n := len(s) - len(digits); n >= 3 {
		return s[:3]
	}
	return strings.NewReplacer("-", " ", "_", " ", "/", " ", "+", " ").Replace(s)
}
