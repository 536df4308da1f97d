package data

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func headerLabel(h HeaderField) string { return "header " + h.Name }

func TestEveryHeaderHasEveryFieldFilled(t *testing.T) {
	for _, h := range Headers() {
		missing := []string{}
		check := func(field string, empty bool) {
			if empty {
				missing = append(missing, field)
			}
		}
		check("Name", h.Name == "")
		check("Group", h.Group == "")
		check("Direction", h.Direction == "")
		check("Standing", h.Standing == "")
		check("Summary", h.Summary == "")
		check("Explanation", h.Explanation == "")
		check("Syntax", h.Syntax == "")
		check("Handling", h.Handling == "")
		check("Mistakes", len(h.Mistakes) == 0)
		check("Related", len(h.Related) == 0)
		check("Keywords", len(h.Keywords) == 0)
		for _, s := range h.Specs {
			check("Specs[].Title", s.Title == "")
		}
		for _, m := range h.Mistakes {
			check("Mistakes[]", m == "")
		}
		if len(missing) > 0 {
			t.Errorf("%s: empty %s", headerLabel(h), strings.Join(missing, ", "))
		}
	}
}

// fieldsWithoutGrammar are standard-track or retired fields whose page gives
// no ABNF, and why. Vendor and conventional fields need no entry here.
var fieldsWithoutGrammar = map[string]string{
	"Set-Proxy":        "the expired 305/306 draft's grammar could not be checked against its text, so the page gives none rather than a guess",
	"Refresh":          "the HTML Standard defines it by a parsing algorithm, not a grammar",
	"X-XSS-Protection": "no specification ever defined it; browsers documented it",
}

// singleValueFields have only one value their specification defines, so
// one example says all there is.
var singleValueFields = map[string]bool{"Expect": true, "Early-Data": true}

func TestABNFIsEmptyOnlyForVendorConventionalOrListedFields(t *testing.T) {
	for _, h := range Headers() {
		_, listed := fieldsWithoutGrammar[h.Name]
		mayLack := h.Standing == VendorField || h.Standing == Conventional || listed
		if h.ABNF == "" && !mayLack {
			t.Errorf("%s: no ABNF; copy the grammar from the defining specification", headerLabel(h))
		}
	}
}

// A vendor field that its vendor does not document at all has no document
// to cite; its page must then say so in those words.
func TestSpecsAreMissingOnlyWhenTheVendorDocumentsNothing(t *testing.T) {
	for _, h := range Headers() {
		undocumented := h.Standing == VendorField && strings.Contains(h.Explanation, "does not document")
		if len(h.Specs) == 0 && !undocumented {
			t.Errorf("%s: no Specs, and the explanation does not say the vendor does not document it", headerLabel(h))
		}
	}
}

func TestEverySpecLinkUsesHTTPS(t *testing.T) {
	for _, h := range Headers() {
		for _, s := range h.Specs {
			if !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("%s: spec %q links to %q, want an https URL", headerLabel(h), s.Title, s.URL)
			}
		}
	}
}

func TestVendorIsSetExactlyForVendorFields(t *testing.T) {
	for _, h := range Headers() {
		if (h.Standing == VendorField) != (h.Vendor != "") {
			t.Errorf("%s: Standing %q with Vendor %q; a vendor is named exactly when the standing is %q",
				headerLabel(h), h.Standing, h.Vendor, VendorField)
		}
	}
}

func TestGroupDirectionAndStandingAreKnown(t *testing.T) {
	directions := []Direction{InRequests, InResponses, InBoth}
	standings := []FieldStanding{Standard, Provisional, VendorField, Conventional, Deprecated, Retired}
	for _, h := range Headers() {
		if !slices.Contains(HeaderGroups, h.Group) {
			t.Errorf("%s: unknown group %q", headerLabel(h), h.Group)
		}
		if !slices.Contains(directions, h.Direction) {
			t.Errorf("%s: unknown direction %q", headerLabel(h), h.Direction)
		}
		if !slices.Contains(standings, h.Standing) {
			t.Errorf("%s: unknown standing %q", headerLabel(h), h.Standing)
		}
	}
}

func TestHeaderSummaryIsOneSentenceOfAtMost160Characters(t *testing.T) {
	for _, h := range Headers() {
		s := h.Summary
		if strings.Contains(s, "\n") || utf8.RuneCountInString(s) > 160 || !strings.HasSuffix(s, ".") {
			t.Errorf("%s: summary must be one line of at most 160 characters ending with a full stop (%d): %q",
				headerLabel(h), utf8.RuneCountInString(s), s)
		}
	}
}

func TestHeaderExplanationIsOneOrTwoParagraphs(t *testing.T) {
	for _, h := range Headers() {
		if n := len(strings.Split(strings.TrimSpace(h.Explanation), "\n\n")); n > 2 {
			t.Errorf("%s: explanation has %d paragraphs, want 1 or 2", headerLabel(h), n)
		}
	}
}

func TestHandlingIsOneParagraph(t *testing.T) {
	for _, h := range Headers() {
		if strings.Contains(h.Handling, "\n") {
			t.Errorf("%s: handling must be one short paragraph", headerLabel(h))
		}
	}
}

func TestMistakesNumberOneToFourSentences(t *testing.T) {
	for _, h := range Headers() {
		if n := len(h.Mistakes); n < 1 || n > 4 {
			t.Errorf("%s: %d mistakes, want 1 to 4", headerLabel(h), n)
		}
		for _, m := range h.Mistakes {
			if strings.Contains(m, "\n") || !strings.HasSuffix(m, ".") {
				t.Errorf("%s: mistake must be one sentence ending with a full stop: %q", headerLabel(h), m)
			}
		}
	}
}

// Field names are case-insensitive, so an example may use the lower-case
// names of HTTP/2 and HTTP/3 or another spelling of the same name.
func TestExamplesAreTwoOrThreeFieldLinesOfTheField(t *testing.T) {
	for _, h := range Headers() {
		if n, single := len(h.Examples), singleValueFields[h.Name]; (n < 2 || n > 3) && !(single && n == 1) {
			t.Errorf("%s: %d examples, want 2 or 3 (one for a field with a single value)", headerLabel(h), n)
		}
		for _, ex := range h.Examples {
			name, _, found := strings.Cut(ex, ":")
			if !found || !strings.EqualFold(name, h.Name) || strings.Contains(ex, "\n") {
				t.Errorf("%s: example %q must be a single line starting with %q and a colon", headerLabel(h), ex, h.Name)
			}
		}
	}
}

func TestNoTwoHeaderPagesShareANameOrSlug(t *testing.T) {
	owner := map[string]string{}
	for _, h := range Headers() {
		for _, spelling := range append([]string{h.Name}, h.AlsoKnownAs...) {
			slug := HeaderSlug(spelling)
			if other, taken := owner[slug]; taken && other != h.Name {
				t.Errorf("%s: %q has the same slug %q as header %s", headerLabel(h), spelling, slug, other)
			}
			owner[slug] = h.Name
		}
	}
}

func TestEveryRelatedHeaderHasAPage(t *testing.T) {
	for _, h := range Headers() {
		for _, name := range h.Related {
			if strings.EqualFold(name, h.Name) {
				t.Errorf("%s: lists itself as related", headerLabel(h))
			}
			if _, ok := LookupHeader(name); !ok {
				t.Errorf("%s: related header %q has no page", headerLabel(h), name)
			}
		}
	}
}

func TestEveryHeaderNamedOnACodePageHasAPage(t *testing.T) {
	namedBy := map[string][]string{}
	for _, c := range All() {
		for _, named := range c.Headers {
			if _, ok := LookupHeader(named.Name); !ok {
				namedBy[named.Name] = append(namedBy[named.Name], label(c))
			}
		}
	}
	missing := make([]string, 0, len(namedBy))
	for name := range namedBy {
		missing = append(missing, name)
	}
	sort.Strings(missing)
	for _, name := range missing {
		t.Errorf("%q is named by %s but has no header page", name, strings.Join(namedBy[name], ", "))
	}
}

// registeredFieldNames are the names in the IANA HTTP Field Name Registry
// (https://www.iana.org/assignments/http-fields) that the header pages use,
// with their registry status, copied from the registry's CSV export.
var registeredFieldNames = map[string]string{
	"A-IM":                          "permanent",
	"Accept":                        "permanent",
	"Accept-Encoding":               "permanent",
	"Accept-Language":               "permanent",
	"Accept-Patch":                  "permanent",
	"Accept-Ranges":                 "permanent",
	"Access-Control-Allow-Headers":  "permanent",
	"Access-Control-Allow-Methods":  "permanent",
	"Access-Control-Allow-Origin":   "permanent",
	"Access-Control-Request-Method": "permanent",
	"Age":                           "permanent",
	"Allow":                         "permanent",
	"Alt-Svc":                       "permanent",
	"Alternates":                    "permanent",
	"Authorization":                 "permanent",
	"C-Man":                         "obsoleted",
	"Cache-Control":                 "permanent",
	"Connection":                    "permanent",
	"Content-Encoding":              "permanent",
	"Content-Length":                "permanent",
	"Content-Range":                 "permanent",
	"Content-Security-Policy":       "permanent",
	"Content-Type":                  "permanent",
	"Cookie":                        "permanent",
	"DAV":                           "permanent",
	"Date":                          "permanent",
	"Delta-Base":                    "permanent",
	"Depth":                         "permanent",
	"Early-Data":                    "permanent",
	"ETag":                          "permanent",
	"Expect":                        "permanent",
	"Expect-CT":                     "deprecated",
	"Expires":                       "permanent",
	"Ext":                           "obsoleted",
	"Forwarded":                     "permanent",
	"Host":                          "permanent",
	"If":                            "permanent",
	"If-Match":                      "permanent",
	"If-Modified-Since":             "permanent",
	"If-None-Match":                 "permanent",
	"If-Range":                      "permanent",
	"If-Unmodified-Since":           "permanent",
	"IM":                            "permanent",
	"Last-Modified":                 "permanent",
	"Link":                          "permanent",
	"Location":                      "permanent",
	"Lock-Token":                    "permanent",
	"Man":                           "obsoleted",
	"Negotiate":                     "permanent",
	"Opt":                           "obsoleted",
	"Origin":                        "permanent",
	"Pragma":                        "deprecated",
	"Proxy-Authenticate":            "permanent",
	"Proxy-Authorization":           "permanent",
	"Range":                         "permanent",
	"Referer":                       "permanent",
	"Refresh":                       "permanent",
	"Retry-After":                   "permanent",
	"Sec-WebSocket-Accept":          "permanent",
	"Sec-WebSocket-Protocol":        "permanent",
	"Sec-WebSocket-Version":         "permanent",
	"Server":                        "permanent",
	"Set-Cookie":                    "permanent",
	"Status-URI":                    "permanent",
	"Strict-Transport-Security":     "permanent",
	"Sunset":                        "permanent",
	"TCN":                           "permanent",
	"Timeout":                       "permanent",
	"Transfer-Encoding":             "permanent",
	"Upgrade":                       "permanent",
	"User-Agent":                    "permanent",
	"Vary":                          "permanent",
	"Via":                           "permanent",
	"Warning":                       "obsoleted",
	"WWW-Authenticate":              "permanent",
	"X-Content-Type-Options":        "permanent",
	"X-Frame-Options":               "permanent",
}

// registeredSpelling returns the registry's spelling of name, compared
// without regard to case.
func registeredSpelling(name string) (string, bool) {
	for registered := range registeredFieldNames {
		if strings.EqualFold(registered, name) {
			return registered, true
		}
	}
	return "", false
}

func TestRegisteredNamesAreSpelledAsInTheIANARegistry(t *testing.T) {
	for _, h := range Headers() {
		if registered, ok := registeredSpelling(h.Name); ok && registered != h.Name {
			t.Errorf("%s: the IANA registry spells it %q", headerLabel(h), registered)
		}
	}
}

func TestFieldsTheRegistryRetiresAreNotStandard(t *testing.T) {
	for _, h := range Headers() {
		registered, ok := registeredSpelling(h.Name)
		if !ok {
			continue
		}
		if status := registeredFieldNames[registered]; (status == "obsoleted" || status == "deprecated") && h.Standing == Standard {
			t.Errorf("%s: the IANA registry marks it %s, but its standing is %q", headerLabel(h), status, h.Standing)
		}
	}
}

func TestLookupHeaderFindsEveryNameAndOtherSpelling(t *testing.T) {
	tests := []struct {
		query string
		want  string
	}{
		{"CF-Ray", "CF-Ray"},
		{"CF-RAY", "CF-Ray"},
		{"cf-ray", "CF-Ray"},
		{"dav", "DAV"},
		{"x-xsrf-token", "X-XSRF-TOKEN"},
	}
	for _, tt := range tests {
		got, ok := LookupHeader(tt.query)
		if !ok || got.Name != tt.want {
			t.Errorf("LookupHeader(%q) = %q, %v; want %q", tt.query, got.Name, ok, tt.want)
		}
	}
	if got, ok := LookupHeader("X-No-Such-Header"); ok {
		t.Errorf("LookupHeader(%q) = %q, want no page", "X-No-Such-Header", got.Name)
	}
}

func TestHeadersAreListedByGroupThenName(t *testing.T) {
	all := Headers()
	for i := 1; i < len(all); i++ {
		prev, cur := all[i-1], all[i]
		pg, cg := slices.Index(HeaderGroups, prev.Group), slices.Index(HeaderGroups, cur.Group)
		if pg > cg || pg == cg && strings.ToLower(prev.Name) > strings.ToLower(cur.Name) {
			t.Errorf("header %s (%s) is listed before header %s (%s)", prev.Name, prev.Group, cur.Name, cur.Group)
		}
	}
}
