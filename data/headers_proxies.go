package data

// headersProxies are the fields of the "Proxies, CDNs and tracing" group of the header index.
var headersProxies = []HeaderField{
	{
		Name:      "Via",
		Group:     GroupProxies,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The proxies and gateways a message passed through, each with the protocol version it was received with, in forwarding order.",
		Explanation: `Each proxy that forwards a message appends an entry to Via: the protocol version it received the message with (1.1, 2, or a name such as HTTP/1.1), a host name or pseudonym, and optionally a comment naming its software. The result lists the intermediaries in order, much like Received lines in email, which helps trace which hop added a header or produced an error, and lets a proxy notice that a request has looped back to it.

RFC 9110 requires proxies to send it in every message they forward and gateways in every request they forward; in practice many reverse proxies, nginx among them, do not add it unless configured to.`,
		Syntax: "A comma-separated list of entries: protocol version, host or pseudonym (with optional port), and an optional comment in parentheses.",
		ABNF: `Via = #( received-protocol RWS received-by [ RWS comment ] )

received-protocol = [ protocol-name "/" ] protocol-version
                  ; see Section 7.8
received-by       = pseudonym [ ":" port ]
pseudonym         = token`,
		Examples: []string{
			"Via: 1.1 google",
			"Via: 1.1 d3f2a0c1b9e8.cloudfront.net (CloudFront)",
			"Via: 1.1 proxy.corp.example, 2 edge.example.net",
		},
		Handling: "Browsers ignore it. A proxy behind a firewall should replace internal host names with pseudonyms, may drop the comments, and may merge consecutive entries with the same protocol. A proxy can spot a loop by finding its own entry; CDNs now have the dedicated CDN-Loop field (RFC 8586) for that.",
		Mistakes: []string{
			"Treating Via as proof of which proxies were involved; any hop can omit or rewrite it.",
			"Exposing internal host names and software versions in it to the whole internet.",
			"Confusing it with X-Forwarded-For: Via names the proxies, X-Forwarded-For the client addresses they saw.",
		},
		Related: []string{"Forwarded", "X-Forwarded-For", "Server", "Connection"},
		Specs: []Spec{
			{"RFC 9110, Section 7.6.3", "https://www.rfc-editor.org/rfc/rfc9110#section-7.6.3"},
		},
		Keywords: []string{"proxy chain", "intermediary", "loop detection", "hops"},
	},
	{
		Name:      "Forwarded",
		Group:     GroupProxies,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "The standard way for proxies to pass on the client's address, the original Host and protocol: for=, host=, proto= and by= (RFC 7239).",
		Explanation: `Forwarded records what a proxy knew about the request before it forwarded it: for, the address of the client (or previous proxy) that sent it; by, the proxy's own interface; host, the Host it received; proto, the scheme it was received with. Each proxy appends one comma-separated element, so the list reads from the original client to the last hop.

It replaces the unstandardised X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto with one field. Identifiers may be unknown or an obfuscated name beginning with an underscore, and IPv6 addresses must be bracketed and quoted.`,
		Syntax: "A comma-separated list of elements, each a ;-separated set of name=value pairs; values with colons or brackets must be quoted.",
		ABNF: `Forwarded   = 1#forwarded-element

forwarded-element =
    [ forwarded-pair ] *( ";" [ forwarded-pair ] )

forwarded-pair = token "=" value
value          = token / quoted-string`,
		Examples: []string{
			"Forwarded: for=192.0.2.60;proto=https;host=www.example.com",
			`Forwarded: for=198.51.100.17, for="[2001:db8:cafe::17]:4711";by=_edge1`,
			"Forwarded: for=unknown;proto=http",
		},
		Handling: "Browsers never send it. Reverse proxies add it when configured to, and frameworks read it only when told to trust the proxy in front; every entry before the last one your own proxy wrote could have been forged by the client. Many load balancers still send only the X-Forwarded-* fields.",
		Mistakes: []string{
			"Trusting the first for= entry as the client address; only entries added by your own proxies are reliable.",
			"Leaving IPv6 addresses or ports unquoted, which makes the element invalid.",
			"Sending Forwarded and X-Forwarded-For with different contents, so two parts of the stack disagree on the client's address.",
		},
		Related: []string{"X-Forwarded-For", "Via", "Host"},
		Specs: []Spec{
			{"RFC 7239, Section 4", "https://www.rfc-editor.org/rfc/rfc7239#section-4"},
			{"RFC 7239, Section 5 (parameters)", "https://www.rfc-editor.org/rfc/rfc7239#section-5"},
		},
		Keywords: []string{"client ip", "real ip", "reverse proxy", "original protocol"},
	},
	{
		Name:      "X-Forwarded-For",
		Group:     GroupProxies,
		Direction: InRequests,
		Standing:  Conventional,
		Summary:   "The client IP address, and those of any earlier proxies, as seen by each proxy that forwarded the request; the de facto form of Forwarded.",
		Explanation: `X-Forwarded-For lets the server behind a proxy or load balancer learn who connected to it: each proxy appends the address of the peer it received the request from, so the value reads from the original client to the most recent hop. Load balancers such as AWS's add it by default, together with X-Forwarded-Proto and X-Forwarded-Port.

It was never specified; RFC 7239 defines Forwarded as its standard replacement and shows how the two map onto each other. Its companions X-Forwarded-Host and X-Forwarded-Proto carry the original Host and scheme.`,
		Syntax:   "A comma-separated list of IP addresses, sometimes with ports, from the original client to the last proxy.",
		ABNF:     "",
		Examples: []string{"X-Forwarded-For: 203.0.113.195", "X-Forwarded-For: 203.0.113.195, 198.51.100.10, 10.0.2.15"},
		Handling: "Proxies append to it, replace it or strip it depending on configuration; AWS Application Load Balancer appends by default and can preserve or remove it instead, and answers 463 when it holds too many addresses. Web servers and frameworks read it only for trusted proxies (nginx set_real_ip_from with real_ip_header, Express trust proxy).",
		Mistakes: []string{
			"Taking the leftmost address as the client's: a client can send any value, and only the entries appended by your own proxies can be trusted.",
			"Using it for rate limiting or access control without a trusted-proxy setting, which lets anyone spoof their address.",
			"Logging only the proxy's address because the server was never told to read the field.",
		},
		Related: []string{"Forwarded", "Via", "X-Request-Id"},
		Specs: []Spec{
			{"RFC 7239, Section 7.4 (transition from X-Forwarded-For)", "https://www.rfc-editor.org/rfc/rfc7239#section-7.4"},
			{"AWS Elastic Load Balancing, X-Forwarded-For", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html#x-forwarded-for"},
		},
		Keywords: []string{"xff", "real ip", "ip spoofing", "x-real-ip", "visitor ip"},
	},
	{
		Name:      "X-Request-Id",
		Group:     GroupProxies,
		Direction: InBoth,
		Standing:  Conventional,
		Summary:   "An identifier for one request, set by the client or the first proxy and passed along, so every log line about the request can be found.",
		Explanation: `X-Request-Id carries a unique value, usually a UUID or random hex string, that follows a request through load balancers, proxies and application services and comes back in the response. Quoting it in a bug report lets the operator find the matching log entries and stack trace at once.

No specification defines it, so conventions vary: Rails accepts an incoming X-Request-Id (sanitised) or generates a UUID, and returns it in the response; nginx generates a random value in $request_id that a configuration can pass upstream; other platforms use their own names, such as X-Amzn-Trace-Id at AWS or CF-Ray at Cloudflare. W3C Trace Context's traceparent is the standard for distributed tracing.`,
		Syntax:   "An opaque string, typically a UUID or hexadecimal value, without spaces or commas.",
		ABNF:     "",
		Examples: []string{"X-Request-Id: 5f1c9a72-3e4b-4f0e-9d2a-8b7e61c0d4f3", "X-Request-Id: 7f3c1e9a2b4d6f80a1c3e5b7d9f1a2c4"},
		Handling: "Browsers ignore it. Proxies pass it on unchanged or add one if missing, depending on configuration (nginx: proxy_set_header X-Request-ID $request_id). Caches store it with the response, so a cached response repeats the ID of the request that filled the cache.",
		Mistakes: []string{
			"Accepting any client-supplied value without limiting its length and characters, which lets clients inject text into logs.",
			"Generating a new ID at each hop instead of passing the incoming one on, which breaks the trail between services.",
			"Writing it only to the access log and not to the application log, where the error actually is.",
		},
		Related: []string{"X-Amzn-Trace-Id", "CF-Ray", "Request-Id", "X-Forwarded-For"},
		Specs: []Spec{
			{"nginx, $request_id", "https://nginx.org/en/docs/http/ngx_http_core_module.html#var_request_id"},
			{"Ruby on Rails, ActionDispatch::RequestId", "https://api.rubyonrails.org/classes/ActionDispatch/RequestId.html"},
		},
		AlsoKnownAs: []string{"X-Request-ID"},
		Keywords:    []string{"request id", "correlation id", "trace id", "log correlation"},
	},
	{
		Name:      "Server",
		Group:     GroupProxies,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The software that produced the response, such as nginx or cloudflare, which often tells you which layer generated an error.",
		Explanation: `Server names the software of the origin server that handled the request, as product tokens with optional versions and comments, most significant first. Because a proxy or CDN that generates an error writes its own Server value, the field is one of the quickest ways to see which layer answered: cloudflare, awselb/2.0, nginx or the application server.

RFC 9110 makes it optional and advises against fine-grained detail, since exact versions help attackers find known vulnerabilities.`,
		Syntax: "One or more product tokens (name/version), optionally followed by comments in parentheses.",
		ABNF: `Server = product *( RWS ( product / comment ) )

product         = token ["/" product-version]
product-version = token
comment         = "(" *( ctext / quoted-pair / comment ) ")"`,
		Examples: []string{"Server: nginx", "Server: cloudflare", "Server: Apache/2.4.62 (Debian)"},
		Handling: "Browsers ignore it. Reverse proxies usually replace the origin's value with their own, or pass it through when configured to; nginx hides its version with server_tokens off, Apache with ServerTokens Prod.",
		Mistakes: []string{
			"Advertising exact versions and modules, which helps attackers match known vulnerabilities.",
			"Assuming the field names the origin: behind a CDN or load balancer it usually names the edge.",
			"Relying on removing it as a security measure; it hides little that fingerprinting cannot find.",
		},
		Related: []string{"Via", "User-Agent", "CF-Ray"},
		Specs: []Spec{
			{"RFC 9110, Section 10.2.4", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.4"},
		},
		Keywords: []string{"web server software", "server banner", "hide server version"},
	},
	{
		Name:      "User-Agent",
		Group:     GroupProxies,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Identifies the client software making the request, as product tokens and comments; used for statistics, workarounds and bot detection.",
		Explanation: `User-Agent names the client software, most significant product first, for instance curl/8.5.0 or python-requests/2.32.3. Browsers send long strings that begin with Mozilla/5.0 for historical compatibility and repeat the tokens of other engines; Chrome now freezes most of the detail, such as minor and operating system versions, and offers it through User-Agent Client Hints instead.

Servers use it for statistics, to work around known client bugs and to spot bots; RFC 9110 discourages needless detail because it aids fingerprinting, and a user agent should send the field unless configured not to.`,
		Syntax: "One or more product tokens (name/version), each optionally followed by comments in parentheses.",
		ABNF: `User-Agent = product *( RWS ( product / comment ) )

product         = token ["/" product-version]
product-version = token`,
		Examples: []string{
			"User-Agent: curl/8.5.0",
			"User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"User-Agent: MyInventorySync/2.1 (+https://example.com/bot; ops@example.com)",
		},
		Handling: "Servers, WAFs and bot filters match on it; an empty or tool-like value (python-requests, Go-http-client) is often blocked or challenged. A server whose responses depend on it must list it in Vary, which splits caches into countless variants. Proxies pass it through.",
		Mistakes: []string{
			"Serving different content by User-Agent without Vary: User-Agent, so caches hand one client's page to another.",
			"Using it for security decisions; any client can send any value.",
			"Running a crawler or integration with the library default, leaving site owners no way to identify or contact you.",
		},
		Related: []string{"Server", "Vary", "Referer"},
		Specs: []Spec{
			{"RFC 9110, Section 10.1.5", "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.5"},
		},
		Keywords: []string{"browser detection", "user agent string", "ua sniffing", "spider"},
	},
	{
		Name:      "Referer",
		Group:     GroupProxies,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "The address of the page or resource from which the request's URL was obtained; the field name keeps its historical misspelling.",
		Explanation: `Referer tells the server where the user agent found the URL it is requesting: the page holding the link, or the document that loaded the image or script. The name's misspelling of "referrer" dates from the original HTTP specification and is permanent; the Referrer-Policy field and the referrer attribute in HTML are spelled correctly.

Browsers never include the fragment or user information, and how much else they send is set by the referrer policy: by default (strict-origin-when-cross-origin) the full URL for same-origin requests, only the origin for cross-origin ones, and nothing when going from HTTPS to HTTP.`,
		Syntax: "An absolute URL, or a relative reference resolved against the request's URL; often only the origin with a trailing slash.",
		ABNF:   `Referer = absolute-URI / partial-URI`,
		Examples: []string{
			"Referer: https://www.example.com/products/espresso?ref=nav",
			"Referer: https://search.example.org/",
		},
		Handling: "Browsers set it themselves and forbid scripts from setting it. Servers use it for analytics, hotlink protection and as one CSRF check, and some token schemes bind to it (Esri's client=referer tokens). An intermediary should not remove it when it has the same scheme and host as the request.",
		Mistakes: []string{
			"Spelling it Referrer in server code or configuration, which matches nothing the browser sends.",
			"Relying on its presence for access control; privacy settings, extensions and policies drop or trim it.",
			"Putting secrets or personal data in URLs, which then leak to third parties through Referer.",
		},
		Related: []string{"Origin", "User-Agent", "Sec-Fetch-Mode"},
		Specs: []Spec{
			{"RFC 9110, Section 10.1.3", "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.3"},
			{"W3C Referrer Policy", "https://www.w3.org/TR/referrer-policy/"},
		},
		Keywords: []string{"hotlinking", "traffic source", "referral", "where visitors come from"},
	},
}
