package data

// headersRateLimiting are the fields of the "Rate limiting and retries" group of the header index.
//
// RateLimit, RateLimit-Policy and Idempotency-Key are defined by IETF
// HTTPAPI drafts as Structured Fields (RFC 9651) without ABNF of their own;
// their ABNF names the RFC 9651 rule for the type the draft declares.
var headersRateLimiting = []HeaderField{
	{
		Name:      "Retry-After",
		Group:     GroupRateLimiting,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "How long the client should wait before its next request, as seconds or an HTTP-date; sent with 503, 429 and redirects.",
		Explanation: `Retry-After tells the client how long to wait before following up. With 503 it is how long the service expects to be unavailable; with 429 (RFC 6585), how long until the rate limit admits the client again; with a 3xx, the minimum wait before following the redirect. The value is either a number of seconds, counted from when the response was received, or an absolute HTTP-date.

It is advice, not a promise: the request may still fail after the wait. Servers also send it with 413 when a size limit is temporary, and some APIs with 202 as a polling interval.`,
		Syntax: "Either a non-negative integer number of seconds or an HTTP-date in GMT.",
		ABNF: `Retry-After = HTTP-date / delay-seconds

delay-seconds  = 1*DIGIT`,
		Examples: []string{"Retry-After: 120", "Retry-After: Wed, 02 Dec 2026 06:00:00 GMT"},
		Handling: "Browsers do not retry on their own, but HTTP client libraries often do: Python's urllib3, for one, by default waits as told before retrying an idempotent request that got 413, 429 or 503. Proxies and CDNs pass it through unchanged. When RateLimit fields are also present, Retry-After takes precedence.",
		Mistakes: []string{
			"Parsing only one form; a client must accept both seconds and an HTTP-date.",
			"Sending milliseconds, a fraction or an ISO 8601 timestamp, none of which is valid.",
			"Retrying every client at exactly the advertised moment; add random jitter so they do not all return at once.",
			"Sending a date from a server whose clock is off; seconds do not depend on clocks agreeing.",
		},
		Related: []string{"RateLimit", "X-RateLimit-Remaining", "Date", "Location"},
		Specs: []Spec{
			{"RFC 9110, Section 10.2.3", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3"},
			{"RFC 6585, Section 4 (429 Too Many Requests)", "https://www.rfc-editor.org/rfc/rfc6585#section-4"},
		},
		Keywords: []string{"backoff", "throttling", "maintenance window", "rate limited"},
	},
	{
		Name:      "RateLimit",
		Group:     GroupRateLimiting,
		Direction: InResponses,
		Standing:  Provisional,
		Summary:   "The quota left under a server's rate-limit policy and the seconds until more is available, as in \"default\";r=50;t=30 (IETF draft).",
		Explanation: `RateLimit, from an IETF HTTPAPI working group draft, reports the current state of one or more quota policies. Each list member names a policy and carries r, the quota units remaining, and optionally t, the seconds until more quota is made available, and pk, a partition key. It is meant to replace the X-RateLimit-* fields that APIs invented one by one, and pairs with RateLimit-Policy, which describes the quotas themselves.

Servers may send it with any status code, not just 429. Revisions up to -06 of the draft used separate RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset fields and -07 a single dictionary, forms some libraries still emit.`,
		Syntax: "A Structured Field List of Items: a quoted policy name followed by ;r= (remaining) and optional ;t= (seconds to reset) and ;pk= (partition key).",
		ABNF: `RateLimit = sf-list
; a List Structured Field (RFC 9651) of Service Limit Items:
; each a String naming the policy, with parameters r, t and pk`,
		Examples: []string{
			`RateLimit: "default";r=50;t=30`,
			`RateLimit: "default";r=0;t=12`,
			`RateLimit: "permin";r=8;t=40, "perhr";r=950;t=2100`,
		},
		Handling: "Clients should not use more than the remaining quota before the reset, yet a positive r does not guarantee the next request succeeds, and Retry-After wins when both are present. Values on a response served from cache are stale and should be ignored. An intermediary that does not enforce the policy must not make it look more generous; one enforcing a stricter policy may lower the values.",
		Mistakes: []string{
			"Treating t as a Unix timestamp; it is a number of seconds from now.",
			"Writing the policy name unquoted (default;r=50); the Item is a String.",
			"Sending a different format in the same field name, such as the older limit=, remaining=, reset= dictionary, which clients of the current draft cannot parse.",
		},
		Related: []string{"RateLimit-Policy", "Retry-After", "X-RateLimit-Remaining"},
		Specs: []Spec{
			{"draft-ietf-httpapi-ratelimit-headers, Section 4", "https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers#section-4"},
		},
		Keywords: []string{"rate limit", "throttling", "api limits"},
	},
	{
		Name:      "RateLimit-Policy",
		Group:     GroupRateLimiting,
		Direction: InResponses,
		Standing:  Provisional,
		Summary:   "Describes a server's rate-limit quotas, such as 100 requests per 60 seconds written \"default\";q=100;w=60 (IETF draft).",
		Explanation: `RateLimit-Policy advertises the quota policies a server applies. Each list member has a quoted name and parameters: q, the quota (required); qu, the unit, requests by default, or content-bytes or concurrent-requests; w, the time window in seconds; pk, a partition key. Unlike RateLimit, whose values change with each request, a policy should stay the same across responses so clients can plan their request rate.

The name ties a policy to the RateLimit member with the same name. The field is informative, and clients may ignore it.`,
		Syntax: "A non-empty Structured Field List of Items: a quoted policy name with ;q= and optional ;qu=, ;w= and ;pk= parameters.",
		ABNF: `RateLimit-Policy = sf-list
; a non-empty List Structured Field (RFC 9651) of Quota Policy Items:
; each a String naming the policy, with parameters q, qu, w and pk`,
		Examples: []string{
			`RateLimit-Policy: "default";q=100;w=60`,
			`RateLimit-Policy: "burst";q=100;w=60, "daily";q=1000;w=86400`,
			`RateLimit-Policy: "bandwidth";q=65535;qu="content-bytes";w=10`,
		},
		Handling: "Clients may pace themselves from it or ignore it; what counts at a given moment is RateLimit and, above both, Retry-After. Proxies pass it through unchanged.",
		Mistakes: []string{
			"Confusing q, the size of the quota, with r in RateLimit, the part of it still left.",
			"Assuming a fixed clock window; the draft leaves the windowing algorithm, fixed or sliding, to the server.",
		},
		Related: []string{"RateLimit", "Retry-After", "X-RateLimit-Remaining"},
		Specs: []Spec{
			{"draft-ietf-httpapi-ratelimit-headers, Section 3", "https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers#section-3"},
		},
		Keywords: []string{"rate limit policy", "requests per minute", "quota window"},
	},
	{
		Name:      "X-RateLimit-Remaining",
		Group:     GroupRateLimiting,
		Direction: InResponses,
		Standing:  Conventional,
		Summary:   "How many requests are left in the current rate-limit window, in the unstandardised X-RateLimit-* family used by GitHub and many APIs.",
		Explanation: `X-RateLimit-Remaining belongs to a family of fields APIs adopted before any standard existed: X-RateLimit-Limit gives the quota, X-RateLimit-Remaining what is left of it and X-RateLimit-Reset when the window starts over. GitHub, for example, sends all three plus X-RateLimit-Used and X-RateLimit-Resource, gives the reset in Unix epoch seconds, and once the remaining count reaches 0 answers 403 or 429 until then.

Since no specification defines the family, meanings vary: the reset may be a Unix time, seconds to wait or a date, and some APIs spell the names X-Rate-Limit-*. Read the API's documentation; the IETF draft's RateLimit and RateLimit-Policy are the standard successor.`,
		Syntax:   "A non-negative integer count; the formats of its sibling fields depend on the API.",
		ABNF:     "",
		Examples: []string{"X-RateLimit-Remaining: 4987", "X-RateLimit-Remaining: 0"},
		Handling: "API-specific client libraries read it to slow down before the limit is reached; generic HTTP clients and browsers ignore it. Proxies pass it through, and on a cached response it is soon out of date.",
		Mistakes: []string{
			"Assuming X-RateLimit-Reset means the same everywhere: epoch seconds at GitHub, seconds to wait elsewhere.",
			"Polling until the count rises instead of waiting for the reset time or Retry-After.",
			"Treating a positive count as a promise; secondary limits can still refuse the request.",
		},
		Related: []string{"RateLimit", "RateLimit-Policy", "Retry-After"},
		Specs: []Spec{
			{"GitHub Docs, Rate limits for the REST API", "https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api"},
			{"draft-ietf-httpapi-ratelimit-headers (fields in use on the web)", "https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-ratelimit-headers"},
		},
		Keywords: []string{"x-rate-limit-remaining", "api quota", "requests left", "rate limit"},
	},
	{
		Name:      "Idempotency-Key",
		Group:     GroupRateLimiting,
		Direction: InRequests,
		Standing:  Provisional,
		Summary:   "A unique key a client attaches to a POST or PATCH so the server can recognise a retry and not perform the operation twice (IETF draft).",
		Explanation: `Idempotency-Key makes retrying a non-idempotent request safe. The client generates a unique value, typically a UUID, for each operation and sends it with the request; if the connection drops or a 504 comes back, it retries with the same key. The server remembers the key with the outcome of the first request and answers the retry with that outcome instead of creating the order or taking the payment a second time.

An IETF HTTPAPI draft standardises what payment APIs such as Stripe and Adyen already did. Servers must document which operations need a key and how long keys are kept. The draft's errors: 400 when a required key is missing, 422 when a key is reused with a different body, 409 when a retry arrives while the first request is still running.`,
		Syntax: "A Structured Field String: the key in double quotes. Many existing APIs accept it unquoted.",
		ABNF: `Idempotency-Key = sf-item
; an Item Structured Field (RFC 8941, now RFC 9651) whose value is a String`,
		Examples: []string{
			`Idempotency-Key: "8e03978e-40d5-43e8-bc93-6894a57f9324"`,
			"Idempotency-Key: 3f9c2a10-5b7e-4d1a-9c44-0e8b6f2d71aa",
		},
		Handling: "Only servers that document support act on it; elsewhere it is ignored and a retried POST runs twice. The server decides how long it remembers keys, so a retry after that period is treated as a new request. Proxies and caches pass the field through.",
		Mistakes: []string{
			"Generating a new key for each retry; the key identifies the operation, not the attempt.",
			"Reusing one key for different operations, which the server rejects with 422.",
			"Assuming an API deduplicates retries because another one does; without documented support it does not.",
		},
		Related: []string{"Retry-After", "X-Request-Id"},
		Specs: []Spec{
			{"draft-ietf-httpapi-idempotency-key-header, Section 2", "https://datatracker.ietf.org/doc/html/draft-ietf-httpapi-idempotency-key-header#section-2"},
		},
		Keywords: []string{"duplicate payment", "double charge", "safe retry", "exactly once"},
	},
	{
		Name:      "Sunset",
		Group:     GroupRateLimiting,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The date after which a resource is expected to stop responding, announced in advance so clients can move away (RFC 8594).",
		Explanation: `Sunset gives the time from which a resource is likely to become unresponsive: an API version being retired, a temporary resource, data kept only for a retention period. It is a hint: the resource may go earlier or stay longer, and a date in the past means it may go at any time. Once it is gone the server often answers 410 Gone or redirects.

It usually accompanies the Deprecation field (RFC 9745), which says the resource is no longer recommended, and a Link with rel="sunset" or rel="deprecation" pointing to migration notes. RFC 9745 does not allow the sunset to come before the deprecation date.`,
		Syntax:   "An HTTP-date, normally in the future.",
		ABNF:     `Sunset = HTTP-date`,
		Examples: []string{"Sunset: Thu, 31 Dec 2026 23:59:59 GMT", "Sunset: Wed, 30 Jun 2027 00:00:00 GMT"},
		Handling: "Browsers ignore it. API clients, SDKs and gateways can log or alert on it. It applies to the resource whose response carries it unless the API documents a wider scope, and it has nothing to do with caching.",
		Mistakes: []string{
			"Writing the date in ISO 8601 or with UTC instead of GMT; it is an HTTP-date.",
			"Starting to send it only days before the shutdown, too late for clients to notice and migrate.",
			"Reading the date as a guarantee that the resource works until then.",
		},
		Related: []string{"Link", "Retry-After", "Date"},
		Specs: []Spec{
			{"RFC 8594, Section 3", "https://www.rfc-editor.org/rfc/rfc8594#section-3"},
			{"RFC 9745 (Deprecation)", "https://www.rfc-editor.org/rfc/rfc9745"},
		},
		Keywords: []string{"api deprecation", "api retirement", "end of life", "deprecation header"},
	},
}
