package data

// headersCORS are the fields of the "CORS and fetch metadata" group of the header index.
var headersCORS = []HeaderField{
	{
		Name:      "Access-Control-Allow-Origin",
		Group:     GroupCORS,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Tells the browser which origin may read this response from a cross-origin script: one exact origin, null, or * for any.",
		Explanation: `Browsers let a page's script read a response from another origin only if that response opts in with Access-Control-Allow-Origin. The value is either *, meaning any origin, or the requesting page's origin exactly as the browser sent it in Origin (scheme, host and port, no path or trailing slash).

* cannot be used when the request carries credentials (cookies, HTTP authentication): then the server must echo the specific origin and also send Access-Control-Allow-Credentials: true. To allow several origins, the server checks Origin against its list and echoes the match.`,
		Syntax: "A single serialized origin, the literal null, or *.",
		ABNF: `wildcard                         = "*"
Access-Control-Allow-Origin      = origin-or-null / wildcard`,
		Examples: []string{
			"Access-Control-Allow-Origin: *",
			"Access-Control-Allow-Origin: https://app.example.com",
		},
		Handling: "Only browsers enforce it; curl, servers and mobile apps read the response whatever it says. The request still reaches the server and runs: a missing or wrong value only stops the page's script from seeing the result. A response that echoes Origin needs Vary: Origin, or caches serve one origin's answer to another.",
		Mistakes: []string{
			"Listing several origins in one value (https://a.example, https://b.example): browsers accept exactly one.",
			"Sending * together with Access-Control-Allow-Credentials: true, which browsers reject.",
			"Echoing any Origin back with credentials allowed, which lets every website read the user's private data.",
			"Adding the header only to successful responses, so a 401 or 500 shows up in the browser as a CORS error instead of its real status.",
		},
		Related: []string{"Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Vary", "Access-Control-Request-Method"},
		Specs: []Spec{
			{"Fetch Standard, HTTP new-header syntax", "https://fetch.spec.whatwg.org/#http-new-header-syntax"},
			{"Fetch Standard, CORS protocol and credentials", "https://fetch.spec.whatwg.org/#cors-protocol-and-credentials"},
		},
		Keywords: []string{"cors", "blocked by cors policy", "no 'access-control-allow-origin' header", "acao"},
	},
	{
		Name:      "Access-Control-Allow-Methods",
		Group:     GroupCORS,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "In the answer to a CORS preflight, lists the methods a cross-origin script may use on this resource.",
		Explanation: `Before a cross-origin request with a method other than GET, HEAD or POST, the browser sends an OPTIONS preflight naming the method in Access-Control-Request-Method. The server's answer must list that method in Access-Control-Allow-Methods, with an ok status (2xx) and a matching Access-Control-Allow-Origin, or the browser never sends the real request.

GET, HEAD and POST are always allowed and need not be listed. For requests without credentials, * allows every method.`,
		Syntax: "A comma-separated list of method names, or * for requests without credentials.",
		ABNF:   `Access-Control-Allow-Methods     = #method`,
		Examples: []string{
			"Access-Control-Allow-Methods: GET, POST, PUT, PATCH, DELETE",
			"Access-Control-Allow-Methods: *",
		},
		Handling: "Browsers cache the preflight result for Access-Control-Max-Age seconds (5 by default, capped by each browser). The Allow header plays no part in CORS. Method names are compared case-sensitively, and fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT.",
		Mistakes: []string{
			"Routing OPTIONS to nothing, so the preflight gets 404 or 405 and the browser reports a CORS failure.",
			"Calling fetch() with method \"patch\": it is sent in lower case and does not match PATCH in the list.",
			"Answering the preflight with a redirect or a 401: preflights carry no credentials and must get a 2xx directly.",
		},
		Related: []string{"Access-Control-Request-Method", "Access-Control-Allow-Origin", "Access-Control-Allow-Headers"},
		Specs: []Spec{
			{"Fetch Standard, HTTP new-header syntax", "https://fetch.spec.whatwg.org/#http-new-header-syntax"},
			{"Fetch Standard, CORS-preflight fetch", "https://fetch.spec.whatwg.org/#cors-preflight-fetch"},
		},
		Keywords: []string{"options request", "method not allowed cors"},
	},
	{
		Name:      "Access-Control-Allow-Headers",
		Group:     GroupCORS,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "In the answer to a CORS preflight, lists the request header fields a cross-origin script may send.",
		Explanation: `A cross-origin request that sets headers beyond the CORS-safelisted ones (Accept, Accept-Language, Content-Language, a single-range Range, and Content-Type with a form or text/plain value) triggers a preflight. The browser names those headers in Access-Control-Request-Headers, and the server must list each of them here for the real request to go ahead.

For requests without credentials, * allows any header name except Authorization, which must always be listed by name.`,
		Syntax: "A comma-separated list of field names, case-insensitive, or * for requests without credentials.",
		ABNF:   `Access-Control-Allow-Headers     = #field-name`,
		Examples: []string{
			"Access-Control-Allow-Headers: Authorization, Content-Type",
			"Access-Control-Allow-Headers: Content-Type, X-Request-Id, Idempotency-Key",
			"Access-Control-Allow-Headers: *",
		},
		Handling: "Browsers compare the names case-insensitively and cache the answer with the rest of the preflight result. Content-Type: application/json is not safelisted, so JSON APIs must list Content-Type.",
		Mistakes: []string{
			"Relying on * to allow Authorization: the wildcard never covers it, so bearer-token requests still fail.",
			"Forgetting Content-Type, so every JSON POST from another origin fails its preflight.",
		},
		Related: []string{"Access-Control-Allow-Methods", "Access-Control-Allow-Origin", "Authorization", "Content-Type"},
		Specs: []Spec{
			{"Fetch Standard, HTTP new-header syntax", "https://fetch.spec.whatwg.org/#http-new-header-syntax"},
			{"Fetch Standard, CORS-safelisted request-header", "https://fetch.spec.whatwg.org/#cors-safelisted-request-header"},
		},
		Keywords: []string{"request header field is not allowed", "custom headers"},
	},
	{
		Name:      "Access-Control-Request-Method",
		Group:     GroupCORS,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Sent by the browser in a CORS preflight to name the method the real cross-origin request will use.",
		Explanation: `A CORS preflight is an OPTIONS request carrying Origin, Access-Control-Request-Method and, when custom headers are involved, Access-Control-Request-Headers. Its presence is how a server tells a preflight apart from an ordinary OPTIONS request.

The server answers with Access-Control-Allow-Methods (and the other Allow fields); only if the named method is allowed does the browser send the real request.`,
		Syntax: "One method name, case-sensitive.",
		ABNF:   `Access-Control-Request-Method    = method`,
		Examples: []string{
			"Access-Control-Request-Method: PUT",
			"Access-Control-Request-Method: DELETE",
		},
		Handling: "Only browsers send it, and scripts cannot set it. Preflights carry no cookies or Authorization, so authentication middleware that runs before CORS handling rejects them.",
		Mistakes: []string{
			"Requiring authentication on OPTIONS, so every preflight fails with 401 before the CORS handler can answer.",
		},
		Related: []string{"Access-Control-Allow-Methods", "Origin", "Access-Control-Allow-Headers"},
		Specs: []Spec{
			{"Fetch Standard, HTTP requests (CORS)", "https://fetch.spec.whatwg.org/#http-requests"},
			{"Fetch Standard, HTTP new-header syntax", "https://fetch.spec.whatwg.org/#http-new-header-syntax"},
		},
		Keywords: []string{"options request"},
	},
	{
		Name:      "Origin",
		Group:     GroupCORS,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "The scheme, host and port of the page that caused the request, without a path; the basis of CORS and of CSRF checks.",
		Explanation: `Browsers send Origin on every CORS request and on every request whose method is neither GET nor HEAD, including same-origin form posts. The value is the origin of the page or worker that started the request, or null when that origin is opaque: a sandboxed iframe, a file: page, or after a cross-origin redirect.

Servers compare it with Access-Control-Allow-Origin for CORS and against a list of trusted origins to reject cross-site request forgery, since scripts cannot forge it.`,
		Syntax: "scheme://host with an optional :port, in lower case, or the literal null.",
		ABNF: `serialized-origin = serialized-scheme "://" serialized-host [ ":" serialized-port ]
origin-or-null    = serialized-origin / %s"null" ; case-sensitive

Origin = origin-or-null`,
		Examples: []string{
			"Origin: https://app.example.com",
			"Origin: http://localhost:3000",
			"Origin: null",
		},
		Handling: "Browsers set it themselves; it is a forbidden header for scripts. Navigations with GET carry no Origin. Non-browser clients may send any value or none, so it proves nothing outside a browser.",
		Mistakes: []string{
			"Allowing the origin null in Access-Control-Allow-Origin: any sandboxed iframe can send it.",
			"Validating Origin with a prefix or substring match, so https://example.com.attacker.net passes.",
			"Comparing it with a trailing slash or path (https://example.com/), which it never has.",
		},
		Related: []string{"Access-Control-Allow-Origin", "Referer", "Vary", "Sec-Fetch-Mode"},
		Specs: []Spec{
			{"Fetch Standard, Origin header", "https://fetch.spec.whatwg.org/#origin-header"},
			{"RFC 6454, Section 7", "https://www.rfc-editor.org/rfc/rfc6454#section-7"},
		},
		Keywords: []string{"cross-site request forgery", "request origin"},
	},
	{
		Name:      "Sec-Fetch-Mode",
		Group:     GroupCORS,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "A fetch metadata request header giving the request's mode: navigate, cors, no-cors, same-origin or websocket.",
		Explanation: `Browsers add Sec-Fetch-Mode, with Sec-Fetch-Site, Sec-Fetch-Dest and Sec-Fetch-User, to requests to HTTPS and other potentially trustworthy URLs, so the server knows how the request came about. navigate marks a page load or frame navigation, cors a cross-origin fetch() under CORS, no-cors an image, script or style load, same-origin a fetch restricted to the same origin, websocket a WebSocket handshake.

Servers use it to refuse requests that make no sense for a resource, such as an API endpoint loaded cross-site as a no-cors script, and to send 103 Early Hints only for navigations, the only requests browsers use them for.`,
		Syntax: "A Structured Field token.",
		ABNF:   `Sec-Fetch-Mode = sf-token`,
		Examples: []string{
			"Sec-Fetch-Mode: navigate",
			"Sec-Fetch-Mode: cors",
			"Sec-Fetch-Mode: no-cors",
		},
		Handling: "Scripts cannot set or change it: names starting with Sec- are forbidden request headers. Plain-HTTP requests and older browsers lack it, so a server policy must let requests without it through. Servers should ignore values they do not know.",
		Mistakes: []string{
			"Rejecting requests that lack the header, which locks out curl, server-to-server calls and older browsers.",
			"Treating it as proof of a browser: non-browser clients can send any value.",
		},
		Related: []string{"Origin", "Access-Control-Allow-Origin", "Referer"},
		Specs: []Spec{
			{"Fetch Metadata Request Headers, Sec-Fetch-Mode", "https://www.w3.org/TR/fetch-metadata/#sec-fetch-mode-header"},
		},
		Keywords: []string{"resource isolation policy", "sec-fetch-site", "sec-fetch-dest", "early hints"},
	},
}
