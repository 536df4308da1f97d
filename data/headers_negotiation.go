package data

// headersNegotiation are the fields of the "Content negotiation" group of the header index.
var headersNegotiation = []HeaderField{
	{
		Name:      "Accept",
		Group:     GroupNegotiation,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Lists the media types the client can handle in the response, with optional q-values ranking its preferences.",
		Explanation: `A client names the formats it wants: application/json from an API client, a long list led by text/html from a browser loading a page, */* from fetch() by default. The server picks the best representation it has and says which in Content-Type; if it has nothing acceptable it may answer 406 Not Acceptable, or, as most do, send its default format anyway.

In a response, Accept tells the client which media types the resource accepts in request content, which is how a 415 Unsupported Media Type can say what would have worked.`,
		Syntax: "Comma-separated media ranges (type/subtype, type/* or */*), each optionally followed by parameters and a weight ;q= between 0 and 1 (default 1).",
		ABNF: `Accept = #( media-range [ weight ] )

media-range    = ( "*/*"
                   / ( type "/" "*" )
                   / ( type "/" subtype )
                 ) parameters
weight = OWS ";" OWS "q=" qvalue`,
		Examples: []string{
			"Accept: application/json",
			"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
			"Accept: application/vnd.github+json",
		},
		Handling: "A server that varies its answer by Accept must send Vary: Accept so caches keep the formats apart. Browsers set Accept by request type (page, image, script) and let fetch() and XMLHttpRequest override it; it is a CORS-safelisted header when its value is short and simple.",
		Mistakes: []string{
			"Sending Content-Type: application/json on a GET to ask for JSON: Content-Type describes the request body, Accept asks for the response format.",
			"Matching the header as a plain string on the server, so `application/json;q=0.9, text/html` or extra spaces break the match.",
			"Answering 406 to */* or to a missing Accept, both of which mean any format is acceptable.",
		},
		Related: []string{"Content-Type", "Vary", "Accept-Encoding", "Accept-Language", "Accept-Patch"},
		Specs: []Spec{
			{"RFC 9110, Section 12.5.1", "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.1"},
			{"RFC 9110, Section 12.4.2 (quality values)", "https://www.rfc-editor.org/rfc/rfc9110#section-12.4.2"},
		},
		Keywords: []string{"mime type", "content negotiation", "406", "q value"},
	},
	{
		Name:      "Accept-Encoding",
		Group:     GroupNegotiation,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Lists the content codings, such as gzip, br and zstd, that the client can decode in the response.",
		Explanation: `A client names the compression formats it can undo. The server may compress the response with one of them and says which in Content-Encoding; without the field, any coding is allowed, though servers normally send content uncompressed. "identity" (no coding) stays acceptable unless the client explicitly refuses it with identity;q=0 or *;q=0.

In a response, Accept-Encoding says which codings the server accepts in request content; RFC 9110 asks for it on a 415 caused by a request body in an unsupported coding.`,
		Syntax: "Comma-separated content codings (gzip, deflate, br, zstd, identity or *), each with an optional ;q= weight.",
		ABNF: `Accept-Encoding  = #( codings [ weight ] )
codings          = content-coding / "identity" / "*"`,
		Examples: []string{
			"Accept-Encoding: gzip, deflate, br, zstd",
			"Accept-Encoding: gzip",
			"Accept-Encoding: identity",
		},
		Handling: "Browsers set it themselves and do not let scripts change it; Chrome and Firefox offer br only over HTTPS. Servers that compress by it must send Vary: Accept-Encoding. CDNs usually normalise the value to a few variants and may compress or decompress on the client's behalf.",
		Mistakes: []string{
			"Compressing the response without Vary: Accept-Encoding, so a shared cache hands gzip to a client that did not ask for it.",
			"Expecting Accept-Encoding to make the server compress: it only permits compression, and the server decides.",
			"Forwarding the client's Accept-Encoding from a proxy that cannot decode the codings itself, then failing to read or rewrite the upstream response.",
		},
		Related: []string{"Content-Encoding", "Vary", "Accept", "Transfer-Encoding"},
		Specs: []Spec{
			{"RFC 9110, Section 12.5.3", "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.3"},
			{"RFC 9110, Section 15.5.16 (415 with Accept-Encoding)", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16"},
		},
		Keywords: []string{"brotli", "compression", "deflate"},
	},
	{
		Name:      "Accept-Language",
		Group:     GroupNegotiation,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Lists the natural languages the user prefers for the response, as language tags ranked with q-values.",
		Explanation: `Browsers build Accept-Language from the user's language settings, for example en-GB first, then English in general, then German. A server with translations picks the closest match and names it in Content-Language; a server without them ignores the field.

It is a hint, not a command: the user's explicit choice on the site, a language in the URL or a cookie should win over it, since the browser setting often reflects where the device was bought rather than what the reader wants.`,
		Syntax: "Comma-separated language ranges (en, en-GB, *), each with an optional ;q= weight.",
		ABNF: `Accept-Language = #( language-range [ weight ] )
language-range  =
          <language-range, see [RFC4647], Section 2.1>`,
		Examples: []string{
			"Accept-Language: en-GB,en;q=0.9,de;q=0.8",
			"Accept-Language: fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5",
		},
		Handling: "Caches need Vary: Accept-Language on responses chosen by it, which multiplies the stored variants. Apache's MultiViews negotiates on it and answers 406 when no variant matches strictly, unless configured to fall back.",
		Mistakes: []string{
			"Redirecting automatically by Accept-Language with no way to switch, so travellers and search engine crawlers are stuck in one language.",
			"Serving language variants from one URL without Vary: Accept-Language, so a CDN shows the first visitor's language to everyone.",
		},
		Related: []string{"Accept", "Vary", "Content-Type", "Alternates"},
		Specs: []Spec{
			{"RFC 9110, Section 12.5.4", "https://www.rfc-editor.org/rfc/rfc9110#section-12.5.4"},
			{"RFC 4647, Section 2.1 (language ranges)", "https://www.rfc-editor.org/rfc/rfc4647#section-2.1"},
		},
		Keywords: []string{"locale", "i18n", "translation", "language negotiation"},
	},
	{
		Name:      "Accept-Patch",
		Group:     GroupNegotiation,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Lists the patch document formats a resource accepts in a PATCH request, and by its presence says PATCH is supported.",
		Explanation: `RFC 5789, which defines PATCH, adds this response field so that clients can find out how to send changes: application/json-patch+json (RFC 6902), application/merge-patch+json (RFC 7396) or a format of the API's own. It should appear in the response to OPTIONS on any resource that supports PATCH, and its presence in any response implies PATCH is allowed.

A server that receives a patch in a format it does not support answers 415 Unsupported Media Type and lists the supported formats in Accept-Patch.`,
		Syntax: "Comma-separated media types, with optional parameters.",
		ABNF:   `Accept-Patch = "Accept-Patch" ":" 1#media-type`,
		Examples: []string{
			"Accept-Patch: application/json-patch+json, application/merge-patch+json",
			"Accept-Patch: text/example;charset=utf-8",
		},
		Handling: "Generic clients and API explorers read it from OPTIONS or a 415; browsers do nothing with it. Caches pass it through.",
		Mistakes: []string{
			"Sending a JSON Merge Patch body labelled application/json, which a server that accepts only the patch media types answers with 415.",
			"Answering an unsupported patch format with 400 and no Accept-Patch, leaving the client to guess the right format.",
		},
		Related: []string{"Content-Type", "Accept", "Access-Control-Allow-Methods"},
		Specs: []Spec{
			{"RFC 5789, Section 3.1", "https://www.rfc-editor.org/rfc/rfc5789#section-3.1"},
			{"RFC 5789, Section 2.2 (error handling)", "https://www.rfc-editor.org/rfc/rfc5789#section-2.2"},
		},
		Keywords: []string{"patch method", "json patch", "merge patch", "415"},
	},
	{
		Name:      "Alternates",
		Group:     GroupNegotiation,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Lists the variants of a transparently negotiated resource with their quality, type and language (RFC 2295, experimental).",
		Explanation: `Alternates belongs to Transparent Content Negotiation, an experimental scheme (RFC 2295) in which the server tells the client every variant of a resource, such as paper.html.en and paper.html.fr, with a source quality and attributes, and the client or a proxy chooses. It is sent with 300 Multiple Choices, with 406, and with negotiated responses marked by TCN.

Browsers never adopted the scheme. Apache's mod_negotiation is the one common server that sends Alternates: in its 300 and 406 responses, and when a client asks for transparent negotiation.`,
		Syntax: "Comma-separated variant descriptions in braces: the quoted URI, a source quality between 0 and 1, then {type ...}, {language ...}, {length ...} and similar attributes.",
		ABNF: `Alternates = "Alternates" ":" variant-list

variant-list = 1#( variant-description
                 | fallback-variant
                 | list-directive )

fallback-variant = "{" <"> URI <"> "}"

list-directive = ( "proxy-rvsa" "=" <"> 0#rvsa-version <"> )
               | extension-list-directive

extension-list-directive =
                 token [ "=" ( token | quoted-string ) ]`,
		Examples: []string{
			`Alternates: {"paper.html.en" 1 {type text/html} {language en}}, {"paper.html.fr" 0.9 {type text/html} {language fr}}`,
			`Alternates: {"logo.png" 1 {type image/png} {length 5120}}, {"logo.gif" 0.5 {type image/gif}}`,
		},
		Handling: "Browsers ignore it; a user sees at most the HTML list of variants that Apache puts in the body of a 300 or 406. Caches treat it like any other response field.",
		Mistakes: []string{
			"Taking an Alternates header in a 406 for an error detail: it is Apache listing the variants it had, and the fix is to add a variant or relax the negotiation.",
		},
		Related: []string{"TCN", "Negotiate", "Accept-Language", "Vary"},
		Specs: []Spec{
			{"RFC 2295, Section 8.3", "https://www.rfc-editor.org/rfc/rfc2295#section-8.3"},
			{"RFC 2295, Section 5 (variant descriptions)", "https://www.rfc-editor.org/rfc/rfc2295#section-5"},
		},
		Keywords: []string{"transparent content negotiation", "variant list", "multiviews", "mod_negotiation"},
	},
	{
		Name:      "TCN",
		Group:     GroupNegotiation,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Marks a response from a transparently negotiated resource and says which kind it is: list, choice or adhoc (RFC 2295, experimental).",
		Explanation: `TCN is the response side of Transparent Content Negotiation (RFC 2295). list means the response carries the variant list for the client to choose from, choice means the server already chose a variant and returns it, adhoc marks a response made up for the occasion; re-choose and keep tell the client whether it may override the choice.

Apache's mod_negotiation sends TCN: choice on MultiViews responses even to browsers that never heard of the scheme, which is where most people meet this field.`,
		Syntax: "Comma-separated keywords: list, choice or adhoc, optionally re-choose or keep, and extension directives.",
		ABNF: `TCN = "TCN" ":" #( response-type
                 | server-side-override-directive
                 | tcn-extension )

response-type = "list" | "choice" | "adhoc"

server-side-override-directive = "re-choose" | "keep"

tcn-extension = token [ "=" ( token | quoted-string ) ]`,
		Examples: []string{
			"TCN: choice",
			"TCN: list",
		},
		Handling: "Browsers ignore it. A negotiated response should also carry Vary, which is what caches actually act on.",
		Mistakes: []string{
			"Configuring a variant that is itself negotiable, so negotiation loops and Apache answers 506 Variant Also Negotiates.",
		},
		Related: []string{"Alternates", "Negotiate", "Vary"},
		Specs: []Spec{
			{"RFC 2295, Section 8.5", "https://www.rfc-editor.org/rfc/rfc2295#section-8.5"},
			{"RFC 2295, Section 8.1 (506)", "https://www.rfc-editor.org/rfc/rfc2295#section-8.1"},
		},
		Keywords: []string{"transparent content negotiation", "multiviews", "506"},
	},
	{
		Name:      "Negotiate",
		Group:     GroupNegotiation,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "A request field in which a client says which parts of Transparent Content Negotiation it supports (RFC 2295, experimental).",
		Explanation: `With Negotiate a client tells the server how far it takes part in Transparent Content Negotiation: trans (it understands the scheme), vlist (send the variant list with a chosen response), guess-small (a guessed choice is welcome if small), a remote variant selection algorithm version such as 1.0 that the server may run on its behalf, or * to allow any such algorithm.

No mainstream browser sends it. It is not the Negotiate authentication scheme (Kerberos, SPNEGO), which appears in WWW-Authenticate and Authorization.`,
		Syntax: "Comma-separated directives: trans, vlist, guess-small, an algorithm version like 1.0, * or an extension.",
		ABNF: `Negotiate = "Negotiate" ":" 1#negotiate-directive

negotiate-directive = "trans" | "vlist" | "guess-small"
                    | rvsa-version | "*" | negotiate-extension

negotiate-extension = token [ "=" token ]`,
		Examples: []string{
			"Negotiate: trans, vlist",
			"Negotiate: *",
		},
		Handling: "Apache's mod_negotiation reads it to decide whether to send a variant list or choose for the client; other servers ignore it. Responses negotiated with it list Negotiate in Vary.",
		Mistakes: []string{
			"Confusing the field with the Negotiate authentication scheme: sending Negotiate as a header does nothing for Kerberos login.",
		},
		Related: []string{"TCN", "Alternates", "Accept", "WWW-Authenticate"},
		Specs: []Spec{
			{"RFC 2295, Section 8.4", "https://www.rfc-editor.org/rfc/rfc2295#section-8.4"},
		},
		Keywords: []string{"variant selection"},
	},
}
