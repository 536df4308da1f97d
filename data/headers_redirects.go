package data

// headersRedirects are the fields of the "Redirects and links" group of the header index.
var headersRedirects = []HeaderField{
	{
		Name:      "Location",
		Group:     GroupRedirects,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The URI a redirect points to, or of the resource a 201 created; a relative reference is resolved against the request's URI.",
		Explanation: `Location refers to another resource. With a 3xx redirect it is where the user agent should send the request next; with 201 Created it identifies the resource the request made. Its value is a URI reference, so it may be absolute (https://example.com/new) or relative (/new, ../new), resolved against the target URI of the request.

When a redirect's Location has no fragment, the user agent keeps the fragment of the original URL. Content-Location is unrelated: it names the representation in the body, not a place to go.`,
		Syntax: "A single URI reference, absolute or relative; characters outside URI syntax must be percent-encoded.",
		ABNF: `Location = URI-reference

URI-reference = <URI-reference, see [URI], Section 4.1>`,
		Examples: []string{
			"Location: https://www.example.com/articles/42",
			"Location: /login?next=%2Faccount",
			"Location: /orders/7781",
		},
		Handling: "Browsers follow it automatically after 301, 302, 303, 307 and 308, and fetch() does too unless redirect is set to manual; Fetch gives up after 20 redirects. Caches store it with redirects they may cache, such as 301 and 308. A reverse proxy can rewrite a Location that names the backend's internal address (nginx proxy_redirect, Apache ProxyPassReverse).",
		Mistakes: []string{
			"Building it from the backend's host name, or with http:// behind a TLS-terminating proxy, so users land on an address they cannot reach.",
			"Redirecting to a URL taken unchecked from the request (?next=...), which creates an open redirect.",
			"Sending Location with a 200 and expecting a redirect; only 3xx responses make browsers follow it.",
			"Leaving spaces or non-ASCII characters unencoded in the value.",
		},
		Related: []string{"Refresh", "Link", "Retry-After"},
		Specs: []Spec{
			{"RFC 9110, Section 10.2.2", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2"},
			{"RFC 3986, Section 5 (reference resolution)", "https://www.rfc-editor.org/rfc/rfc3986#section-5"},
		},
		Keywords: []string{"redirect url", "relative url", "redirect loop", "redirect target"},
	},
	{
		Name:      "Link",
		Group:     GroupRedirects,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Typed links from a response to other resources: pagination (rel=next), preload hints in 103 Early Hints, a canonical URL.",
		Explanation: `Link carries web links in the header section: a target URI in angle brackets, then parameters, above all rel, the relation type. APIs use rel=next, prev, first and last for pagination; servers send rel=preload and rel=preconnect, often in a 103 Early Hints response, so the browser starts fetching before the HTML arrives; rel=canonical names the preferred URL of a document that has no HTML head to carry it.

A relative target is resolved like any URI reference; the anchor parameter changes the link's context. Other specifications add relations: blocked-by with a 451, sunset and deprecation for APIs being retired.`,
		Syntax: "A comma-separated list of <URI> entries, each followed by ;name=value parameters such as rel, type, as, crossorigin or anchor.",
		ABNF: `Link       = #link-value
link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
link-param = token BWS [ "=" BWS ( token / quoted-string ) ]`,
		Examples: []string{
			`Link: <https://api.example.com/items?page=3>; rel="next", <https://api.example.com/items?page=14>; rel="last"`,
			"Link: </styles/main.css>; rel=preload; as=style",
			"Link: <https://fonts.gstatic.com>; rel=preconnect; crossorigin",
		},
		Handling: "Browsers act on resource hints such as preload and preconnect from the Link field of a document response or a 103; other relations are for programs and crawlers. Caches and proxies pass the field through, and some CDNs generate 103 Early Hints from the Link preload fields they have seen the origin send.",
		Mistakes: []string{
			"Leaving out the angle brackets around the URI.",
			"Splitting the value on every comma when parsing; a URI inside <> may itself contain commas.",
			"Preloading without as=, or a font without crossorigin, so the preload goes unused and the browser downloads the file again.",
			"Writing several relation types unquoted: rel=\"next last\" needs quotes because of the space.",
		},
		Related: []string{"Location", "Sunset", "Refresh"},
		Specs: []Spec{
			{"RFC 8288, Section 3", "https://www.rfc-editor.org/rfc/rfc8288#section-3"},
			{"RFC 8297 (103 Early Hints)", "https://www.rfc-editor.org/rfc/rfc8297"},
		},
		Keywords: []string{"rel next", "web linking", "prefetch", "link header"},
	},
	{
		Name:      "Refresh",
		Group:     GroupRedirects,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Tells a browser to reload the page, or load another URL, after some seconds: the header form of meta http-equiv=\"refresh\".",
		Explanation: `Refresh is defined by the HTML Standard, not by an HTTP RFC: when a browser loads a document whose response has the field, it runs the same steps as for <meta http-equiv="refresh">. The value is a delay in seconds, optionally followed by a URL: 5 reloads the page after five seconds, 0; url=/new navigates straight away. Captive portals, download pages and pages that poll for a job's result use it.

It is not an HTTP redirect. The response is rendered first, under its own status code, and clients that are not browsers, such as curl or API libraries, ignore the field; use a 3xx with Location when every client must follow.`,
		Syntax:   "A non-negative number of seconds, optionally followed by ; or , and the target URL, usually written url=...; the URL may be quoted. The HTML Standard gives a parsing algorithm rather than a grammar.",
		ABNF:     "",
		Examples: []string{"Refresh: 5", "Refresh: 0; url=https://www.example.com/new-home", "Refresh: 30; url=/jobs/8812/status"},
		Handling: "Browsers honour it only for documents they navigate to, not for images, scripts or fetch() responses, and only the first refresh a document declares counts, whether it comes from the header or a meta element. The timer starts once the page has loaded, and nothing lets the user stop it, which is why accessibility guidance (WCAG 2.2.1) accepts a timed refresh only with no delay or one beyond 20 hours.",
		Mistakes: []string{
			"Using it for moves that API clients or command-line tools must follow; they only understand a 3xx with Location.",
			"Reloading a page people are reading on a short timer, which takes it away mid-sentence.",
		},
		Related: []string{"Location", "Retry-After"},
		Specs: []Spec{
			{"HTML Standard, shared declarative refresh steps", "https://html.spec.whatwg.org/multipage/document-lifecycle.html#shared-declarative-refresh-steps"},
			{"HTML Standard, the refresh pragma", "https://html.spec.whatwg.org/multipage/semantics.html#attr-meta-http-equiv-refresh"},
		},
		Keywords: []string{"meta refresh", "auto reload", "timed redirect", "page reload"},
	},
}
