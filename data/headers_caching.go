package data

// headersCaching are the fields of the "Caching" group of the header index.
var headersCaching = []HeaderField{
	{
		Name:      "Cache-Control",
		Group:     GroupCaching,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Directives that say whether and for how long browsers and shared caches may store a response and reuse it without asking the server.",
		Explanation: `In a response, Cache-Control is the main tool for caching policy: max-age sets the freshness lifetime in seconds, s-maxage overrides it for shared caches (CDNs, proxies), private keeps the response out of shared caches, no-cache allows storing but requires revalidation before every reuse, and no-store forbids storing at all. Further directives come from other RFCs: immutable (RFC 8246), stale-while-revalidate and stale-if-error (RFC 5861).

In a request, the client states its own limits: no-cache asks caches on the way to revalidate with the origin, max-age=0 accepts only a fresh answer, only-if-cached asks for a stored copy or nothing (504).`,
		Syntax: "Comma-separated directives, each a name with an optional =value: a number of seconds (max-age=3600) or a quoted list of field names (no-cache=\"Set-Cookie\"). Names are case-insensitive.",
		ABNF: `Cache-Control   = #cache-directive

cache-directive = token [ "=" ( token / quoted-string ) ]`,
		Examples: []string{
			"Cache-Control: public, max-age=31536000, immutable",
			"Cache-Control: private, no-cache",
			"Cache-Control: no-store",
		},
		Handling: "Caches ignore directives they do not understand. With max-age present, Expires is ignored; without any freshness information a cache may assign a heuristic lifetime to responses with cacheable status codes such as 200, 301, 404 and 410. Browsers send Cache-Control: max-age=0 or no-cache on a reload; CDNs often let their own configuration or a CDN-Cache-Control field override what the origin sends.",
		Mistakes: []string{
			"Using no-cache to mean \"do not store\": it still allows storing, and no-store is the directive that forbids it.",
			"Sending no Cache-Control on dynamic pages, so caches apply heuristic freshness and serve stale content.",
			"Long max-age on HTML or on redirects whose target may change: browsers keep using the stored copy with no way to recall it.",
			"Marking personalised responses public, or omitting private on them, so a CDN serves one user's data to another.",
		},
		Related: []string{"Expires", "Age", "Vary", "ETag", "Pragma"},
		Specs: []Spec{
			{"RFC 9111, Section 5.2", "https://www.rfc-editor.org/rfc/rfc9111#section-5.2"},
			{"RFC 8246 (immutable)", "https://www.rfc-editor.org/rfc/rfc8246"},
			{"RFC 5861 (stale-while-revalidate, stale-if-error)", "https://www.rfc-editor.org/rfc/rfc5861"},
		},
		Keywords: []string{"cache headers", "no-store", "no-cache", "browser cache", "cdn cache", "disable caching"},
	},
	{
		Name:      "Pragma",
		Group:     GroupCaching,
		Direction: InRequests,
		Standing:  Deprecated,
		Summary:   "An HTTP/1.0 request field whose only defined directive, no-cache, asks caches to revalidate; deprecated in favour of Cache-Control.",
		Explanation: `Pragma predates Cache-Control: HTTP/1.0 clients sent Pragma: no-cache to make caches fetch a fresh copy from the origin. RFC 9111 deprecates it, since every current cache understands Cache-Control. Use Cache-Control: no-cache in requests and Cache-Control directives in responses instead.

Its meaning in responses was never specified, so Pragma: no-cache on a response is not a reliable way to prevent caching.`,
		Syntax: "Comma-separated directives; no-cache is the only one ever defined.",
		ABNF: `Pragma           = 1#pragma-directive
pragma-directive = "no-cache" / extension-pragma
extension-pragma = token [ "=" ( token / quoted-string ) ]`,
		Examples: []string{
			"Pragma: no-cache",
			"Pragma: akamai-x-cache-on, akamai-x-get-cache-key",
		},
		Handling: "Browsers still send Pragma: no-cache next to Cache-Control: no-cache on a forced reload, for old proxies. Caches that see Cache-Control ignore Pragma; some still honour Pragma: no-cache in a request without it. Akamai reuses the field for its debugging switches.",
		Mistakes: []string{
			"Sending Pragma: no-cache in a response as the only anti-caching measure: caches are not required to act on it; send Cache-Control: no-store.",
		},
		Related: []string{"Cache-Control", "Expires"},
		Specs: []Spec{
			{"RFC 9111, Section 5.4", "https://www.rfc-editor.org/rfc/rfc9111#section-5.4"},
			{"RFC 7234, Section 5.4 (grammar)", "https://www.rfc-editor.org/rfc/rfc7234#section-5.4"},
		},
		Keywords: []string{"disable caching", "force reload"},
	},
	{
		Name:      "Vary",
		Group:     GroupCaching,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Lists the request fields the server used to choose this response, so caches store a separate copy for each combination of their values.",
		Explanation: `When a response depends on request fields, such as Accept-Encoding for compression, Accept-Language for translations or Origin for CORS, the server names them in Vary. A cache may then reuse the stored response only for a later request whose listed fields have the same values; otherwise it must ask the origin.

Vary: * says the response depends on something outside the request fields (the client's address, the time), which makes a stored copy unusable without revalidation.`,
		Syntax: "A comma-separated list of request field names, or a single *.",
		ABNF:   `Vary = #( "*" / field-name )`,
		Examples: []string{
			"Vary: Accept-Encoding",
			"Vary: Origin",
			"Vary: Accept-Language, Cookie",
		},
		Handling: "Browsers and CDNs key stored variants on the listed fields. Many CDNs normalise Accept-Encoding themselves and handle only a few other fields well; varying on User-Agent or Cookie splits the cache into so many variants that almost nothing is reused, and some CDNs treat such responses as uncacheable.",
		Mistakes: []string{
			"Compressing by Accept-Encoding without sending Vary: Accept-Encoding, so a cache serves gzip to a client that cannot decode it.",
			"Reflecting the request's Origin in Access-Control-Allow-Origin without Vary: Origin, so a cached answer for one site is served to another and the browser blocks it.",
			"Varying on User-Agent, which has thousands of values and ruins the cache hit rate.",
		},
		Related: []string{"Accept-Encoding", "Accept-Language", "Origin", "Cache-Control", "Accept"},
		Specs: []Spec{
			{"RFC 9110, Section 12.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5"},
			{"RFC 9111, Section 4.1 (matching variants)", "https://www.rfc-editor.org/rfc/rfc9111#section-4.1"},
		},
		Keywords: []string{"cache key", "variants", "content negotiation cache", "cdn"},
	},
	{
		Name:      "Age",
		Group:     GroupCaching,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The number of seconds since the response was generated or last validated at the origin, added by the caches it passed through.",
		Explanation: `A cache that serves a stored response adds Age, its estimate of how long ago the origin produced or confirmed it. Its presence shows that the response came from a cache rather than straight from the origin; its absence proves nothing, since some caches leave it out.

The next cache or the browser subtracts Age from the freshness lifetime: a response with max-age=600 and Age: 590 stays fresh for only ten more seconds.`,
		Syntax: "A non-negative whole number of seconds.",
		ABNF:   `Age = delta-seconds`,
		Examples: []string{
			"Age: 0",
			"Age: 3127",
		},
		Handling: "Caches are told to use the first value of a list and to ignore a value that is not a non-negative integer. Browsers take it into account when deciding how long a response stays fresh, which is why content cached for a long time at a CDN may expire almost at once in the browser.",
		Mistakes: []string{
			"An origin sending its own Age header, which makes every cache treat fresh content as already old.",
			"Reading a missing Age as proof that the CDN missed the cache; check the CDN's own status field instead.",
		},
		Related: []string{"Cache-Control", "Expires", "Date", "Via"},
		Specs: []Spec{
			{"RFC 9111, Section 5.1", "https://www.rfc-editor.org/rfc/rfc9111#section-5.1"},
			{"RFC 9111, Section 4.2.3 (age calculation)", "https://www.rfc-editor.org/rfc/rfc9111#section-4.2.3"},
		},
		Keywords: []string{"cache hit", "cached response age", "cdn"},
	},
	{
		Name:      "Expires",
		Group:     GroupCaching,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The date and time after which the response is stale; superseded by Cache-Control max-age, which wins when both are present.",
		Explanation: `Expires is the HTTP/1.0 way to give a response a freshness lifetime: an absolute HTTP-date, compared with the Date header of the response. Because it depends on clocks agreeing, Cache-Control: max-age (a relative lifetime in seconds) replaced it; a recipient that sees max-age, or a shared cache that sees s-maxage, ignores Expires.

Servers still send both for old caches. Expires does not say the resource will change or disappear at that time, only how long a stored copy may be reused.`,
		Syntax: "An HTTP-date in the IMF-fixdate form, always in GMT.",
		ABNF:   `Expires = HTTP-date`,
		Examples: []string{
			"Expires: Wed, 30 Dec 2026 08:00:00 GMT",
			"Expires: 0",
		},
		Handling: "Caches must treat an invalid date, including the common value 0, as already expired. Many caches evict responses long before a far-future Expires, so dates more than a year ahead gain little.",
		Mistakes: []string{
			"Writing the date in local time or another format (2026-12-30): caches read it as invalid, that is, already expired.",
			"Setting Expires alongside a Cache-Control max-age that disagrees with it and expecting Expires to win.",
		},
		Related: []string{"Cache-Control", "Date", "Age", "Last-Modified"},
		Specs: []Spec{
			{"RFC 9111, Section 5.3", "https://www.rfc-editor.org/rfc/rfc9111#section-5.3"},
		},
		Keywords: []string{"expiry date", "cache lifetime", "far future expires"},
	},
	{
		Name:      "Warning",
		Group:     GroupCaching,
		Direction: InBoth,
		Standing:  Retired,
		Summary:   "Carried a three-digit warn code and text about a response's staleness or transformation; RFC 9111 made it obsolete.",
		Explanation: `Warning let caches say things the status code could not: 110 "Response is Stale", 111 "Revalidation Failed", 112 "Disconnected Operation", 113 "Heuristic Expiration", 214 "Transformation Applied", and 199 or 299 for anything else. Few caches ever generated it and browsers never showed it to users.

RFC 9111 obsoletes the field and its warn code registry. Do not send it; the information it carried can be read from Age, Cache-Control and Date, and a CDN reports its cache status in fields of its own.`,
		Syntax: "A warn code, the host or pseudonym of the agent that added it, a quoted text, and optionally a quoted date; several warnings are comma-separated.",
		ABNF: `Warning       = 1#warning-value

warning-value = warn-code SP warn-agent SP warn-text
                                      [ SP warn-date ]

warn-code  = 3DIGIT
warn-agent = ( uri-host [ ":" port ] ) / pseudonym
warn-text  = quoted-string
warn-date  = DQUOTE HTTP-date DQUOTE`,
		Examples: []string{
			`Warning: 110 cache.example.net "Response is Stale"`,
			`Warning: 299 - "extensions/v1beta1 Ingress is deprecated in v1.14+, unavailable in v1.22+; use networking.k8s.io/v1 Ingress"`,
		},
		Handling: "Browsers, caches and proxies ignore it. The Kubernetes API server still sends 299 warnings about deprecated APIs; the Deprecation and Sunset fields are the current way to announce that.",
		Mistakes: []string{
			"Relying on Warning to tell clients about stale or transformed content: nothing reads it any more.",
		},
		Related: []string{"Age", "Cache-Control", "Sunset"},
		Specs: []Spec{
			{"RFC 9111, Section 5.5", "https://www.rfc-editor.org/rfc/rfc9111#section-5.5"},
			{"RFC 7234, Section 5.5 (former definition)", "https://www.rfc-editor.org/rfc/rfc7234#section-5.5"},
		},
		Keywords: []string{"stale warning", "kubectl deprecation warning", "warn-code"},
	},
}
