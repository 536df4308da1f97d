package data

// warnCode is the kind shared by the seven codes of the Warning header
// field. Their numbers fall in the 1xx and 2xx ranges, which is why lists
// mix them up with status codes.
var warnCode = &LookalikeKind{
	Name:        "Warning header code (obsolete)",
	HeaderField: "Warning",
	Explanation: `This number is not an HTTP status code. It is a warn-code: the first part of a Warning header field, which RFC 2616 defined and RFC 7234 restated in 2014, for caches and proxies to attach extra notes to a message, such as Warning: 110 - "Response is Stale". The response still had its own status code, usually 200 or 304. Warn-codes have their own IANA registry, separate from the status code registry, and their first digit means something else: 1xx warnings describe freshness and are dropped after a successful revalidation, 2xx warnings describe the content and stay.

RFC 9111 (2022) obsoleted the Warning field because few caches sent it and almost no client showed it; the registry now carries that note. Age and Cache-Control say what the 1xx warnings used to. If you meet one of these numbers where a status code should be, it comes from an old cache or proxy, from software reusing the field for its own messages, or from a list that mixed the two registries up.`,
	Specs: []Spec{
		{"RFC 9111, Section 5.5 (Warning, obsoleted)", "https://www.rfc-editor.org/rfc/rfc9111#section-5.5"},
		{"IANA HTTP Warn Codes registry", "https://www.iana.org/assignments/http-warn-codes/http-warn-codes.xhtml"},
	},
}

var warningCodes = []Lookalike{
	{
		Number:      110,
		Name:        "Response is Stale",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 110 of the obsolete Warning header, which a cache added when it served a stale response.",
		Explanation: `RFC 7234 told a cache to add warn-code 110 whenever it sent a response that was stale, that is older than its freshness lifetime, for example because the client allowed it with max-stale. Squid was among the few caches that did. Today the Age header against Cache-Control's max-age tells the same story.`,
		Example:     `Warning: 110 squid/3.2.0.5 "Response is stale"`,
		Related:     []int{200, 304, 504},
		Specs:       []Spec{{"RFC 7234, Section 5.5.1", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.1"}},
		Keywords:    []string{"stale response", "max-stale", "110 Response is Stale"},
	},
	{
		Number:      111,
		Name:        "Revalidation Failed",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 111 of the obsolete Warning header, for a stale response served because the origin could not be reached.",
		Explanation: `A cache was meant to add warn-code 111 when it tried to revalidate a stored response, could not reach the origin server, and served the stale copy instead. The modern equivalent is stale-if-error in Cache-Control; when the cache gives up instead, the client gets 504.`,
		Example:     `Warning: 111 proxy.example.net "Revalidation failed"`,
		Related:     []int{504, 502, 304},
		Specs:       []Spec{{"RFC 7234, Section 5.5.2", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.2"}},
		Keywords:    []string{"revalidation failed", "stale-if-error", "origin unreachable cache"},
	},
	{
		Number:      112,
		Name:        "Disconnected Operation",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 112 of the obsolete Warning header, for a cache knowingly cut off from the network.",
		Explanation: `Warn-code 112 told the client that the cache answering it had been disconnected from the rest of the network on purpose, so nothing it served could be checked against the origin. It was aimed at offline and intermittently connected caches, and was rarely seen.`,
		Example:     `Warning: 112 - "cache down"`,
		Related:     []int{504, 503, 200},
		Specs:       []Spec{{"RFC 7234, Section 5.5.3", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.3"}},
		Keywords:    []string{"disconnected operation", "offline cache"},
	},
	{
		Number:      113,
		Name:        "Heuristic Expiration",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 113 of the obsolete Warning header, for a response kept over a day on a guessed lifetime.",
		Explanation: `When a response carried no explicit freshness information, a cache could guess a lifetime (heuristic freshness, often a fraction of the time since Last-Modified). If it guessed more than 24 hours and the response was already older than 24 hours, it was meant to add warn-code 113. Sending Cache-Control: max-age removes the guess altogether.`,
		Example:     `Warning: 113 cache.example.net "Heuristic expiration"`,
		Related:     []int{200, 304, 404},
		Specs:       []Spec{{"RFC 7234, Section 5.5.4", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.4"}},
		Keywords:    []string{"heuristic freshness", "heuristic expiration", "Last-Modified caching"},
	},
	{
		Number:      199,
		Name:        "Miscellaneous Warning",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 199 of the obsolete Warning header, a free-text note for a person, dropped after revalidation.",
		Explanation: `Warn-code 199 carried any text meant to be shown to a user or logged; a client receiving it was not to act on it automatically. Being a 1xx warning, a cache removed it once the response was revalidated. It lies in the 1xx range of numbers, but it never was an informational status code.`,
		Example:     `Warning: 199 gateway.example.net "Served from backup region"`,
		Related:     []int{200, 100},
		Specs:       []Spec{{"RFC 7234, Section 5.5.5", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.5"}},
		Keywords:    []string{"miscellaneous warning", "199 warning"},
	},
	{
		Number:      214,
		Name:        "Transformation Applied",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 214 of the obsolete Warning header, added by a proxy that changed the content it passed on.",
		Explanation: `A proxy that transformed a response, by recompressing images, changing its content coding or media type, or otherwise altering the content, was required to add warn-code 214 so the client knew it was not getting the origin's bytes. The status code stayed whatever it was; the related status code is 203 Non-Authoritative Information, and Cache-Control: no-transform asks proxies not to transform at all.`,
		Example:     `Warning: 214 optimizer.example.net "Transformation applied"`,
		Related:     []int{203, 200},
		Specs:       []Spec{{"RFC 7234, Section 5.5.6", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.6"}},
		Keywords:    []string{"transformation applied", "no-transform", "image recompression proxy"},
	},
	{
		Number:      299,
		Name:        "Miscellaneous Persistent Warning",
		Kind:        warnCode,
		Summary:     "Not an HTTP status code: warn-code 299 of the obsolete Warning header, a free-text note that stays with the response; Kubernetes still sends it.",
		Explanation: `Warn-code 299 is 199's persistent twin: arbitrary text for a person or a log, kept even after revalidation. It is the one warn-code still seen often, because the Kubernetes API server sends its deprecation and policy warnings as Warning: 299 - "...", and kubectl prints them. Those responses have an ordinary status such as 200 or 201.`,
		Example:     `Warning: 299 - "policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+"`,
		Related:     []int{200, 201},
		Specs:       []Spec{{"RFC 7234, Section 5.5.7", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5.7"}},
		Keywords:    []string{"Kubernetes warning", "kubectl warning", "deprecation warning header", "299 warning"},
	},
}
