// Package data holds the facts about HTTP status codes: names, registry
// status, explanations and examples. It knows nothing about how they are
// shown; the content itself lives in the codes_*.go files, one per class,
// written to be read and corrected like a reference text.
package data

// RegistryStatus says where a code stands in the IANA HTTP Status Code
// Registry, or that it is not registered at all.
type RegistryStatus string

const (
	// Permanent codes are registered for good.
	Permanent RegistryStatus = "permanent"
	// Temporary codes hold a provisional registration with an end date.
	Temporary RegistryStatus = "temporary"
	// Unused codes are reserved by the registry and must not be sent (306, 418).
	Unused RegistryStatus = "unused"
	// Obsolete codes are registered but their specification was retired (510).
	Obsolete RegistryStatus = "obsolete"
	// Unofficial codes are used by a vendor or product, never registered.
	Unofficial RegistryStatus = "unofficial"
)

// Code is everything we say about one meaning of a status code number. A
// number can carry several meanings (499 is nginx's "Client Closed Request"
// and Esri's "Token Required"); each is its own Code, told apart by Vendor.
type Code struct {
	// Number is the three-digit status code, 0 for AWS's "000".
	Number int
	// Name is the title shown for the code: the current reason phrase
	// (RFC 9110 for the core codes), or for 306 and 418, which the registry
	// lists as "(Unused)", the name people know them by. For a vendor code
	// that the vendor documents by number only, it names the documented
	// cause and StatusLine shows what is actually sent.
	Name string
	// RegistryName is the name the IANA registry gives the code, set only
	// when it differs from Name: "(Unused)" for 306 and 418.
	RegistryName string
	// Registration holds the dates of a temporary registration (104);
	// nil for every other code.
	Registration *Registration
	// StatusLine is the example's first line when it is not
	// "HTTP/1.1 NNN Name": the phrase a framework really sends (Laravel's
	// 419 behind Symfony reads "419 unknown status") or none at all when
	// the vendor documents no reason phrase (AWS's 463 and 464).
	StatusLine string
	// FormerNames are reason phrases used by earlier specifications,
	// shown as "formerly" (413 "Payload Too Large").
	FormerNames []string
	// AlsoKnownAs are names in common use that no current specification
	// gives (418 "I'm a teapot").
	AlsoKnownAs []string
	// Vendor is empty for IANA-registered codes, else the product or
	// company that uses the code ("nginx", "Cloudflare", "AWS Elastic Load Balancing").
	Vendor string
	// Status is the code's standing in the IANA registry.
	Status RegistryStatus
	// Summary is one sentence, shown in lists and as the page description.
	Summary string
	// Explanation is what the code means, when servers send it and what
	// clients and caches do with it: paragraphs separated by blank lines.
	Explanation string
	// Causes lists what commonly makes a server answer with this code (3–6).
	Causes []string
	// Fixes are the steps to resolve it, each naming who can act:
	// the client, the server, or the operator of a proxy or CDN (3–6).
	Fixes []string
	// Headers are the HTTP header fields that matter with this code.
	Headers []Header
	// Example is a realistic raw response: status line, header fields, a
	// blank line and the body if the code allows one. For a LogOnly code
	// it is the access-log line instead, since nothing reaches the client.
	Example string
	// Related are the numbers of codes worth reading next.
	Related []int
	// Confusions are the codes people mistake this one for, with the
	// one-line difference.
	Confusions []Confusion
	// Specs are the documents that define the code, most authoritative first.
	Specs []Spec
	// Facts are the behaviours RFC 9110 fixes for the code.
	Facts Facts
	// GoConstant is the net/http constant for the code ("StatusBadGateway"),
	// empty when net/http has none.
	GoConstant string
	// Keywords are symptoms, log phrases and other words people search
	// with that appear nowhere else in the entry.
	Keywords []string
	// LogOnly is set when the code appears only in server or proxy logs and
	// is never sent to the client (nginx 444 and 499, AWS 000 and 460).
	LogOnly bool
}

// RegisteredName is the IANA registry's name for a registered code:
// RegistryName when set, else Name.
func (c Code) RegisteredName() string {
	if c.RegistryName != "" {
		return c.RegistryName
	}
	return c.Name
}

// RegistryURL is where the IANA HTTP Status Code Registry can be checked
// for the current standing of a code.
const RegistryURL = "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"

// Registration is the life of a temporary registration, as the registry
// prints it next to the name: dates are YYYY-MM-DD. A temporary
// registration lapses on Expires unless it is extended again or made
// permanent, so the dates go stale: point readers at RegistryURL.
type Registration struct {
	Registered string `json:"registered"`
	// Extended is the date of the latest extension, empty if none.
	Extended string `json:"extended"`
	Expires  string `json:"expires"`
}

// Header is a header field that matters with a code, and why.
type Header struct {
	Name string `json:"name"`
	Note string `json:"note"`
}

// Confusion names a code that is often mistaken for another and the
// one-line difference between them.
type Confusion struct {
	Number     int    `json:"code"`
	Difference string `json:"difference"`
}

// Spec is a reference to the document that defines a code.
type Spec struct {
	// Title names the document and section: "RFC 9110, Section 15.6.3".
	Title string `json:"title"`
	// URL links to that section.
	URL string `json:"url"`
}

// Facts are the protocol behaviours of a code.
type Facts struct {
	// Cacheable is true when a cache may store the response without
	// explicit freshness information ("heuristically cacheable",
	// RFC 9110 Section 15.1; for 451, RFC 7725 Section 3).
	Cacheable bool
	// BodyAllowed is false for 1xx, 204 and 304, which never carry content.
	BodyAllowed bool
	// Retry says in a short sentence whether and when a client may repeat
	// the request.
	Retry string
	// RetryAfter is true when a Retry-After header is meaningful with the code.
	RetryAfter bool
}

// FormatNumber writes a code as people write it, in three digits: "502",
// "000".
func FormatNumber(n int) string {
	return string([]byte{byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}
