package data

// headersSecurity are the fields of the "Security" group of the header index.
var headersSecurity = []HeaderField{
	{
		Name:      "Strict-Transport-Security",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Tells browsers to reach this host only over HTTPS for the next max-age seconds, optionally including all its subdomains (HSTS).",
		Explanation: `A site sends Strict-Transport-Security over HTTPS to become a known HSTS host. For max-age seconds the browser then rewrites every http:// URL for the host to https:// before sending anything (port 80 becomes 443), and turns certificate errors into hard failures the user cannot click through. includeSubDomains extends this to every subdomain; max-age=0 ends it.

The first visit is still unprotected, which is what the browsers' preload list fixes: a domain that sends includeSubDomains and preload with a max-age of at least a year can be submitted to hstspreload.org and is then built into Chrome, Firefox, Safari and Edge.`,
		Syntax: "Semicolon-separated directives: max-age=seconds (required), includeSubDomains, and the preload token used by the preload list.",
		ABNF: `Strict-Transport-Security = "Strict-Transport-Security" ":"
                            [ directive ]  *( ";" [ directive ] )

directive                 = directive-name [ "=" directive-value ]
directive-name            = token
directive-value           = token | quoted-string`,
		Examples: []string{
			"Strict-Transport-Security: max-age=31536000; includeSubDomains; preload",
			"Strict-Transport-Security: max-age=86400",
			"Strict-Transport-Security: max-age=0",
		},
		Handling: "Browsers ignore the field when it arrives over plain HTTP or for an IP address, and remember it per host across sessions. Proxies and caches pass it through. Because Chrome upgrades the request itself, DevTools shows a 307 Internal Redirect with Non-Authoritative-Reason: HSTS that the server never sent.",
		Mistakes: []string{
			"Sending includeSubDomains while some subdomain (an intranet host, a printer) still serves only HTTP, which then becomes unreachable in every browser that saw the field.",
			"Starting with a long max-age or the preload list before HTTPS works everywhere: removal from the preload list takes months to reach browsers.",
			"Sending it from the http:// site or in a redirect over HTTP, where browsers ignore it.",
		},
		Related: []string{"Non-Authoritative-Reason", "Location", "Content-Security-Policy"},
		Specs: []Spec{
			{"RFC 6797, Section 6.1", "https://www.rfc-editor.org/rfc/rfc6797#section-6.1"},
			{"RFC 6797, Section 8 (user agent processing)", "https://www.rfc-editor.org/rfc/rfc6797#section-8"},
		},
		Keywords: []string{"hsts preload", "force https", "307 internal redirect", "includesubdomains"},
	},
	{
		Name:      "Content-Security-Policy",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "A policy of directives limiting where a page may load scripts, styles, images, frames and connections from, chiefly against XSS (CSP).",
		Explanation: `The server lists, per resource type, the sources the page may use: default-src as the fallback, script-src, style-src, img-src, connect-src for fetch and WebSockets, frame-ancestors for who may embed the page, and more. Sources are 'self', 'none', host names, schemes, or nonces and hashes that allow individual inline scripts. The browser blocks everything else and reports violations to the console and, with report-to or report-uri, to the server.

Content-Security-Policy-Report-Only carries the same syntax but only reports, which is how a policy is tested before it is enforced.`,
		Syntax: "Directives separated by semicolons, each a name followed by space-separated values; keywords such as 'self' and 'none' keep their single quotes. Commas separate whole policies.",
		ABNF: `Content-Security-Policy = 1#serialized-policy
                    ; The '#' rule is the one defined in section 5.6.1 of RFC 9110
                    ; but it incorporates the modifications specified
                    ; in section 2.1 of this document.

serialized-policy =
    serialized-directive *( optional-ascii-whitespace ";" [ optional-ascii-whitespace serialized-directive ] )
serialized-directive = directive-name [ required-ascii-whitespace directive-value ]
directive-name       = 1*( ALPHA / DIGIT / "-" )`,
		Examples: []string{
			"Content-Security-Policy: default-src 'self'; img-src 'self' https://cdn.example.com; frame-ancestors 'none'",
			"Content-Security-Policy: script-src 'nonce-rAnd0m123' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
			"Content-Security-Policy: upgrade-insecure-requests",
		},
		Handling: "Browsers enforce every policy they receive, so two Content-Security-Policy fields can only tighten each other. A policy in a <meta http-equiv> element works too, except for frame-ancestors, sandbox and the report directives. frame-ancestors takes precedence over X-Frame-Options.",
		Mistakes: []string{
			"Writing keywords without their single quotes (self instead of 'self'), which makes them host names that match nothing.",
			"Allowing 'unsafe-inline' in script-src, which gives back most of the XSS protection the policy was meant to add.",
			"A proxy or framework adding a second, stricter policy that blocks what the first allowed.",
			"Enforcing a new policy without a Report-Only trial, breaking third-party scripts and analytics in production.",
		},
		Related: []string{"X-Frame-Options", "X-XSS-Protection", "X-Content-Type-Options", "Strict-Transport-Security"},
		Specs: []Spec{
			{"Content Security Policy Level 3, Section 3.1", "https://www.w3.org/TR/CSP3/#csp-header"},
			{"Content Security Policy Level 3, frame-ancestors", "https://www.w3.org/TR/CSP3/#directive-frame-ancestors"},
		},
		Keywords: []string{"cross-site scripting", "refused to load the script", "nonce", "report-only", "clickjacking"},
	},
	{
		Name:      "X-Content-Type-Options",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "With the value nosniff, stops browsers from guessing a response's type and blocks scripts and styles served with the wrong Content-Type.",
		Explanation: `Browsers used to sniff content to work out its real type, so a user-uploaded file served as text/plain or image/jpeg could end up running as a script or a stylesheet. X-Content-Type-Options: nosniff, defined in the Fetch Standard, switches that off: a response loaded as a script must carry a JavaScript media type, and one loaded as a stylesheet must be text/css, or the browser refuses it.

nosniff is the only value. The field is worth sending on every response, together with correct Content-Type values.`,
		Syntax: "The single token nosniff, case-insensitive.",
		ABNF:   `X-Content-Type-Options           = "nosniff" ; case-insensitive`,
		Examples: []string{
			"X-Content-Type-Options: nosniff",
			"X-Content-Type-Options: nosniff, nosniff",
		},
		Handling: "Browsers read only the first value, so the duplicate that appears when both the application and a proxy add the field is harmless. Caches and proxies pass it through.",
		Mistakes: []string{
			"Serving JavaScript as text/plain or application/octet-stream with nosniff on, so the browser refuses to run it.",
			"Expecting nosniff to sanitise uploads: it only stops type guessing, so uploads still need a safe Content-Type and Content-Disposition.",
		},
		Related: []string{"Content-Type", "Content-Security-Policy", "X-Frame-Options"},
		Specs: []Spec{
			{"Fetch Standard, X-Content-Type-Options header", "https://fetch.spec.whatwg.org/#x-content-type-options-header"},
		},
		Keywords: []string{"mime sniffing", "refused to execute script", "strict mime type checking"},
	},
	{
		Name:      "X-Frame-Options",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Says whether the page may be shown in a frame: DENY never, SAMEORIGIN only within pages of its own origin; a defence against clickjacking.",
		Explanation: `Clickjacking puts a site in an invisible frame over a decoy page and tricks the user into clicking its buttons. X-Frame-Options lets the site refuse: DENY blocks every frame, SAMEORIGIN allows framing only when the embedding pages share the site's origin. Microsoft introduced it in Internet Explorer 8; RFC 7034 describes it and the HTML Standard now defines how browsers process it.

The CSP directive frame-ancestors supersedes it, can list several allowed origins, and wins when both are present. ALLOW-FROM, the old way to name one origin, is ignored by current browsers.`,
		Syntax: "DENY or SAMEORIGIN, case-insensitive; the obsolete ALLOW-FROM followed by an origin.",
		ABNF: `X-Frame-Options = "DENY"
         / "SAMEORIGIN"
         / ( "ALLOW-FROM" RWS SERIALIZED-ORIGIN )

RWS             = 1*( SP / HTAB )
                ; required whitespace`,
		Examples: []string{
			"X-Frame-Options: DENY",
			"X-Frame-Options: SAMEORIGIN",
		},
		Handling: "Browsers apply it to frames, iframes, object and embed, and ignore it in a <meta> element. Conflicting values (DENY and SAMEORIGIN in two fields) block framing; an unrecognised value, ALLOW-FROM included, is ignored and leaves the page frameable.",
		Mistakes: []string{
			"Using ALLOW-FROM to permit one partner site: modern browsers ignore it, so the page has no protection; use frame-ancestors.",
			"Setting it in a <meta http-equiv> tag, which browsers ignore.",
			"Sending DENY on pages that the site itself embeds, such as a payment step or an OAuth pop-up in an iframe.",
		},
		Related: []string{"Content-Security-Policy", "X-Content-Type-Options", "Origin"},
		Specs: []Spec{
			{"HTML Standard, The X-Frame-Options header", "https://html.spec.whatwg.org/#the-x-frame-options-header"},
			{"RFC 7034, Section 2", "https://www.rfc-editor.org/rfc/rfc7034#section-2"},
		},
		Keywords: []string{"iframe", "refused to display in a frame", "framing", "xfo"},
	},
	{
		Name:      "X-XSS-Protection",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Deprecated,
		Summary:   "Controlled the reflected-XSS filters of old browsers; no current browser has one, and Content-Security-Policy is the replacement.",
		Explanation: `Internet Explorer 8 introduced an XSS filter that tried to detect script reflected from the request into the page; Chrome and Safari followed with the XSS Auditor. X-XSS-Protection switched it off (0), on (1), or to blocking the whole page (1; mode=block). No specification ever defined it.

The filters were removed because attackers could abuse them to disable legitimate scripts or leak information: Edge dropped its filter in 2018, Chrome its auditor in 2019 (version 78), Safari in 2022 (15.4), and Firefox never had one. Protect against XSS with output encoding and a Content-Security-Policy; send X-XSS-Protection: 0 or nothing.`,
		Syntax: "0, or 1 optionally followed by ; mode=block or ; report=URI.",
		ABNF:   "",
		Examples: []string{
			"X-XSS-Protection: 0",
			"X-XSS-Protection: 1; mode=block",
		},
		Handling: "Current browsers ignore it. Security scanners still flag its absence or its value; current guidance, such as OWASP's, is to send 0 or leave it out.",
		Mistakes: []string{
			"Counting 1; mode=block as XSS protection: it does nothing in browsers of the last several years.",
			"Adding it instead of a Content-Security-Policy because a scanner asked for it.",
		},
		Related: []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"},
		Specs: []Spec{
			{"Microsoft IEInternals: Controlling the XSS Filter", "https://learn.microsoft.com/en-us/archive/blogs/ieinternals/controlling-the-xss-filter"},
		},
		Keywords: []string{"xss auditor", "cross-site scripting", "mode=block", "security headers"},
	},
	{
		Name:      "Expect-CT",
		Group:     GroupSecurity,
		Direction: InResponses,
		Standing:  Retired,
		Summary:   "Asked browsers to require Certificate Transparency for the host and report or block violations; obsolete since browsers enforce CT anyway.",
		Explanation: `Expect-CT (RFC 9163, experimental) let a site demand that its TLS certificates appear in public Certificate Transparency logs: for max-age seconds the browser reported connections whose certificate lacked valid signed certificate timestamps to report-uri and, with enforce, refused them.

Only Chromium-based browsers implemented it, and Chrome 107 (2022) removed it because Chrome now requires CT for every publicly trusted certificate. The IANA field registry marked it deprecated in 2024 and, since August 2024, obsoleted, naming the IESG and the HTTP working group as the source of the change. Nothing replaces it: drop the header, since certificate authorities already log certificates.`,
		Syntax: "Comma-separated directives: max-age=seconds (required), enforce, and report-uri=\"URI\".",
		ABNF: `Expect-CT           = 1#expect-ct-directive
expect-ct-directive = directive-name [ "=" directive-value ]
directive-name      = token
directive-value     = token / quoted-string`,
		Examples: []string{
			`Expect-CT: max-age=86400, enforce, report-uri="https://example.com/ct-report"`,
			"Expect-CT: max-age=0",
		},
		Handling: "Current browsers ignore it. Older security-header middleware, such as Helmet before version 6, still adds it by default, which does no harm but no good either.",
		Mistakes: []string{
			"Keeping Expect-CT because an old security-header checklist asked for it: no browser reads it any more.",
		},
		Related: []string{"Strict-Transport-Security", "Content-Security-Policy"},
		Specs: []Spec{
			{"RFC 9163, Section 2.1", "https://www.rfc-editor.org/rfc/rfc9163#section-2.1"},
		},
		Keywords: []string{"sct", "tls certificate"},
	},
}
