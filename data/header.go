package data

import (
	"slices"
	"strings"
)

// HeaderField is everything we say about one HTTP header field: what it
// means, its syntax, how clients and intermediaries treat it and the
// mistakes people make with it. The content lives in the headers_*.go
// files, one per group. The status codes a field appears with are not
// written here: they come from the codes' own Headers (CodesNaming), so a
// code page and a header page can never disagree.
type HeaderField struct {
	// Name is the field name as written on the wire, spelled as in the
	// IANA HTTP Field Name Registry where it is registered ("Retry-After",
	// "WWW-Authenticate"), else as its vendor documents it ("CF-Ray").
	Name string
	// Group is the section of the header index it is listed under.
	Group HeaderGroup
	// Direction says whether requests, responses or both carry it.
	Direction Direction
	// Standing says whether the field is standard, a vendor's own, or one
	// that browsers or the specs have deprecated or retired.
	Standing FieldStanding
	// Vendor names the product or company that defines a vendor field
	// ("Cloudflare"); empty for every other field.
	Vendor string
	// Summary is one sentence, shown in the header index and as the page
	// description.
	Summary string
	// Explanation is what the field means and who sends it: paragraphs
	// separated by blank lines.
	Explanation string
	// Syntax describes the value in plain words.
	Syntax string
	// ABNF is the grammar from the defining specification, as written
	// there; empty only for fields whose documentation gives none.
	ABNF string
	// Examples are two or three realistic field lines ("Retry-After: 120").
	Examples []string
	// Handling is how browsers, caches and proxies treat the field, in
	// a short paragraph or two.
	Handling string
	// Mistakes are the errors people commonly make with the field (1–4).
	Mistakes []string
	// Related are the names of other fields worth reading next; each has a
	// page of its own.
	Related []string
	// Specs are the documents that define the field, most authoritative
	// first; for a vendor field, the vendor's documentation.
	Specs []Spec
	// AlsoKnownAs are other spellings seen in the wild ("CF-RAY") and
	// older names of the field.
	AlsoKnownAs []string
	// Keywords are purposes and words people search with that appear
	// nowhere else in the entry ("cors", "hsts", "rate limit").
	Keywords []string
}

// HeaderGroup is a section of the header index.
type HeaderGroup string

// The groups of the header index, in the order the index lists them.
const (
	GroupAuthentication HeaderGroup = "Authentication and cookies"
	GroupCaching        HeaderGroup = "Caching"
	GroupConditional    HeaderGroup = "Conditional requests"
	GroupNegotiation    HeaderGroup = "Content negotiation"
	GroupContent        HeaderGroup = "Content and message framing"
	GroupRanges         HeaderGroup = "Range requests and uploads"
	GroupRedirects      HeaderGroup = "Redirects and links"
	GroupRateLimiting   HeaderGroup = "Rate limiting and retries"
	GroupCORS           HeaderGroup = "CORS and fetch metadata"
	GroupSecurity       HeaderGroup = "Security"
	GroupConnection     HeaderGroup = "Connections and protocols"
	GroupProxies        HeaderGroup = "Proxies, CDNs and tracing"
	GroupExtensions     HeaderGroup = "WebDAV and HTTP extensions"
	GroupVendor         HeaderGroup = "Vendor-specific"
)

// HeaderGroups lists the groups in index order.
var HeaderGroups = []HeaderGroup{
	GroupAuthentication, GroupCaching, GroupConditional, GroupNegotiation, GroupContent, GroupRanges,
	GroupRedirects, GroupRateLimiting, GroupCORS, GroupSecurity, GroupConnection, GroupProxies,
	GroupExtensions, GroupVendor,
}

// Direction says which messages carry a field.
type Direction string

const (
	InRequests  Direction = "request"
	InResponses Direction = "response"
	InBoth      Direction = "request and response"
)

// FieldStanding is where a field stands: in a specification, in a vendor's
// documentation only, or on its way out.
type FieldStanding string

const (
	// Standard fields are defined by an RFC or a living standard (Fetch).
	Standard FieldStanding = "standard"
	// Provisional fields are defined by an Internet-Draft still in progress
	// (RateLimit, the resumable upload fields).
	Provisional FieldStanding = "provisional"
	// VendorField fields are a product's own, documented by its vendor.
	VendorField FieldStanding = "vendor"
	// Conventional fields are widely used without any specification
	// (X-Request-Id, X-Forwarded-For before Forwarded).
	Conventional FieldStanding = "conventional"
	// Deprecated fields still work in some clients but should not be sent
	// (Pragma, X-XSS-Protection).
	Deprecated FieldStanding = "deprecated"
	// Retired fields are obsolete: obsoleted by their specification
	// (Warning) or marked obsoleted in the IANA field registry (Expect-CT).
	Retired FieldStanding = "obsolete"
)

// headerCatalog is every header field, sorted by group in index order,
// then by name.
var headerCatalogOnce lazy[[]HeaderField]

func headerCatalog() []HeaderField { return headerCatalogOnce.get(buildHeaderCatalog) }

func buildHeaderCatalog() []HeaderField {
	all := slices.Concat(
		headersAuthentication, headersCaching, headersConditional, headersNegotiation,
		headersContent, headersRanges, headersRedirects, headersRateLimiting,
		headersCORS, headersSecurity, headersConnection, headersProxies,
		headersExtensions, headersVendor,
	)
	slices.SortStableFunc(all, func(a, b HeaderField) int {
		if ga, gb := slices.Index(HeaderGroups, a.Group), slices.Index(HeaderGroups, b.Group); ga != gb {
			return ga - gb
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return all
}

// Headers returns every header field in index order. The slice is shared:
// do not modify it.
func Headers() []HeaderField { return headerCatalog() }

// HeaderSlug is the form of a field name used in addresses: lower case,
// as field names are case-insensitive ("Retry-After" → "retry-after").
func HeaderSlug(name string) string { return strings.ToLower(name) }

// LookupHeader returns the field whose name or other spelling is name,
// compared without regard to case.
func LookupHeader(name string) (HeaderField, bool) {
	for _, h := range headerCatalog() {
		if isSpelling(h.Name, h.AlsoKnownAs, name) {
			return h, true
		}
	}
	return HeaderField{}, false
}

// CodeMention is a status code entry that names a header field, with the
// note that entry gives for it.
type CodeMention struct {
	Code Code
	Note string
}

// CodesNaming returns every code entry whose Headers name the field (or one
// of its other spellings), in catalog order.
func CodesNaming(h HeaderField) []CodeMention {
	var mentions []CodeMention
	for _, c := range All() {
		for _, named := range c.Headers {
			if isSpelling(h.Name, h.AlsoKnownAs, named.Name) {
				mentions = append(mentions, CodeMention{c, named.Note})
				break
			}
		}
	}
	return mentions
}

// isSpelling reports whether s is a header's name or one of its other
// spellings, compared without regard to case, as field names are.
func isSpelling(name string, alsoKnownAs []string, s string) bool {
	return strings.EqualFold(name, s) || slices.ContainsFunc(alsoKnownAs, func(a string) bool {
		return strings.EqualFold(a, s)
	})
}
