package data

// headersAuthentication are the fields of the "Authentication and cookies" group of the header index.
var headersAuthentication = []HeaderField{
	{
		Name:      "Authorization",
		Group:     GroupAuthentication,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Carries the client's credentials for the origin server: an authentication scheme followed by a token or parameters.",
		Explanation: `A client sends Authorization to prove who it is to the origin server, either on its own initiative or after a 401 whose WWW-Authenticate named the schemes the server accepts. The value starts with the scheme name (Basic, Bearer, Digest, Negotiate, AWS4-HMAC-SHA256) and continues with whatever that scheme defines: a base64 user:password pair for Basic, an OAuth access token or JWT for Bearer.

A 401 to a request that carried Authorization means the credentials were rejected, not missing. Credentials meant for a proxy go in Proxy-Authorization instead, so that the two can travel on the same request.`,
		Syntax: "An authentication scheme name, a space, then either a single token68 string (base64-like) or comma-separated name=value parameters.",
		ABNF: `Authorization = credentials

credentials = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
auth-scheme = token
token68     = 1*( ALPHA / DIGIT /
                  "-" / "." / "_" / "~" / "+" / "/" ) *"="
auth-param  = token BWS "=" BWS ( token / quoted-string )`,
		Examples: []string{
			"Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl",
			"Authorization: Basic YWxhZGRpbjpvcGVuc2VzYW1l",
		},
		Handling: "A shared cache must not reuse a response to a request with Authorization for other users unless the response allows it with public, s-maxage or must-revalidate. Browsers resend Basic credentials to the same protection space automatically, drop Authorization when a redirect leaves the origin, and in CORS treat it as a non-simple header that needs a preflight; the * wildcard in Access-Control-Allow-Headers does not cover it.",
		Mistakes: []string{
			"Basic credentials are only base64-encoded, not encrypted: send them over HTTPS only.",
			"Omitting the scheme (`Authorization: eyJ...`) or misspelling it (`Bearer:`) makes the server treat the request as unauthenticated.",
			"Logging the header, or putting the token in the URL instead, leaks it into access logs and Referer headers.",
		},
		Related: []string{"WWW-Authenticate", "Proxy-Authorization", "Cookie", "Cache-Control"},
		Specs: []Spec{
			{"RFC 9110, Section 11.6.2", "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2"},
			{"RFC 6750, Section 2.1 (Bearer)", "https://www.rfc-editor.org/rfc/rfc6750#section-2.1"},
			{"RFC 7617, Section 2 (Basic)", "https://www.rfc-editor.org/rfc/rfc7617#section-2"},
		},
		Keywords: []string{"bearer token", "basic auth", "jwt", "api key", "access token"},
	},
	{
		Name:      "WWW-Authenticate",
		Group:     GroupAuthentication,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Names the authentication schemes the server accepts, with their parameters, so the client knows how to authenticate.",
		Explanation: `A server that answers 401 must send WWW-Authenticate with at least one challenge: a scheme name such as Basic, Bearer, Digest or Negotiate, followed by parameters like realm, scope or error. The client picks a scheme it supports and repeats the request with Authorization.

Servers may send it with other statuses too: a Bearer-token API can answer 403 with error="insufficient_scope" to say which scope is missing (RFC 6750), and a 200 may carry it to offer optional authentication.`,
		Syntax: "One or more challenges separated by commas; each is a scheme name, then either a token68 string or comma-separated name=value parameters.",
		ABNF: `WWW-Authenticate = #challenge

challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
auth-scheme = token
auth-param  = token BWS "=" BWS ( token / quoted-string )`,
		Examples: []string{
			`WWW-Authenticate: Basic realm="Staging", charset="UTF-8"`,
			`WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"`,
			`WWW-Authenticate: Negotiate, Basic realm="Intranet"`,
		},
		Handling: "Browsers show their own login dialog for a Basic or Digest challenge on a page load and handle Negotiate (Kerberos, NTLM) silently where the machine is set up for it; a Bearer challenge produces no dialog. Scheme names are case-insensitive, and a client offered several picks one it supports.",
		Mistakes: []string{
			"Splitting a field that holds several challenges at every comma breaks it, because the parameters inside one challenge are comma-separated too.",
			"Sending a 401 without WWW-Authenticate violates RFC 9110; APIs that want no browser dialog should send a Bearer challenge rather than none.",
			"Answering an expired token with 403, or with 401 but no error=\"invalid_token\", keeps OAuth clients from refreshing it.",
		},
		Related: []string{"Authorization", "Proxy-Authenticate", "Set-Cookie"},
		Specs: []Spec{
			{"RFC 9110, Section 11.6.1", "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1"},
			{"RFC 9110, Section 11.3 (challenges)", "https://www.rfc-editor.org/rfc/rfc9110#section-11.3"},
			{"RFC 6750, Section 3 (Bearer errors)", "https://www.rfc-editor.org/rfc/rfc6750#section-3"},
		},
		Keywords: []string{"login prompt", "auth challenge", "realm", "invalid_token", "insufficient_scope", "kerberos", "ntlm"},
	},
	{
		Name:      "Proxy-Authenticate",
		Group:     GroupAuthentication,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "A proxy's challenge: the authentication schemes and parameters it accepts before it will forward the client's requests.",
		Explanation: `Proxy-Authenticate is WWW-Authenticate for a proxy. A proxy that requires credentials answers 407 and must include this field with at least one challenge; the client retries with Proxy-Authorization. Corporate forward proxies typically offer Negotiate (Kerberos or NTLM) and Basic.

The field applies only to the next client on the response chain; it says nothing about the origin server's own authentication.`,
		Syntax: "The same as WWW-Authenticate: one or more comma-separated challenges, each a scheme name with a token68 string or parameters.",
		ABNF: `Proxy-Authenticate = #challenge

challenge   = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`,
		Examples: []string{
			`Proxy-Authenticate: Basic realm="Corporate proxy"`,
			`Proxy-Authenticate: Negotiate`,
		},
		Handling: "Browsers show a proxy login dialog for a Basic challenge and authenticate silently with Negotiate on domain-joined machines. Command-line tools need the credentials configured (curl `--proxy-user`, or the user:password part of `HTTPS_PROXY`).",
		Mistakes: []string{
			"Sending 401 and WWW-Authenticate from a proxy makes clients send the credentials to the origin server instead of the proxy.",
			"A client behind an authenticating proxy that only reads WWW-Authenticate never finds the challenge in a 407.",
		},
		Related: []string{"Proxy-Authorization", "WWW-Authenticate", "Via"},
		Specs: []Spec{
			{"RFC 9110, Section 11.7.1", "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1"},
		},
		Keywords: []string{"proxy login", "corporate proxy", "407"},
	},
	{
		Name:      "Proxy-Authorization",
		Group:     GroupAuthentication,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Carries the client's credentials for the next proxy on the path, in answer to that proxy's Proxy-Authenticate challenge.",
		Explanation: `A client sends Proxy-Authorization to a proxy that asked for credentials with a 407. Its value has the same form as Authorization: a scheme name followed by a token or parameters. Because the two fields are separate, a request can carry credentials for the proxy and for the origin server at the same time.

The proxy that accepts the credentials consumes the field; it is not forwarded further, except along a chain of proxies that cooperate to authenticate the client.`,
		Syntax: "An authentication scheme name, a space, then a token68 string or comma-separated name=value parameters.",
		ABNF:   `Proxy-Authorization = credentials`,
		Examples: []string{
			"Proxy-Authorization: Basic cHJveHl1c2VyOnMzY3JldA==",
			"Proxy-Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEFoQMCAQ6iBwMFACAAAACjggTV",
		},
		Handling: "Clients send it on every request through the proxy once authenticated (Basic) or run the handshake per connection (Negotiate, NTLM). It travels in clear text on a plain-HTTP proxy connection, even when the request inside is an HTTPS CONNECT tunnel.",
		Mistakes: []string{
			"Putting proxy credentials in Authorization sends them to the origin server and leaves the proxy still answering 407.",
			"Basic proxy credentials on an unencrypted connection to the proxy can be read by anyone on the local network.",
		},
		Related: []string{"Proxy-Authenticate", "Authorization", "Via"},
		Specs: []Spec{
			{"RFC 9110, Section 11.7.2", "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.2"},
		},
		Keywords: []string{"proxy credentials", "corporate proxy", "407"},
	},
	{
		Name:      "Cookie",
		Group:     GroupAuthentication,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Returns to the server the name=value pairs of the cookies the browser holds for this URL, in a single field.",
		Explanation: `A user agent sends Cookie with every request whose host, path and security match cookies it stored from Set-Cookie. Only the name and value travel back; the attributes (Domain, Path, Expires, Secure, SameSite) stay in the browser and are never sent. This is how sessions, logins and CSRF tokens survive from one request to the next.

Every matching cookie is sent on every request, so a domain with many or large cookies makes every request header block large: the usual cause of 431 and of nginx's 400 "Request Header Or Cookie Too Large".`,
		Syntax: "Cookie pairs, name=value, separated by a semicolon and a space. Values are opaque to HTTP.",
		ABNF: `cookie-header = "Cookie:" OWS cookie-string OWS
cookie-string = cookie-pair *( ";" SP cookie-pair )`,
		Examples: []string{
			"Cookie: sessionid=38afes7a8; csrftoken=Zt0YbL2x",
			"Cookie: _ga=GA1.2.1804624716.1732900000; theme=dark",
		},
		Handling: "Browsers put all cookies in one Cookie field (HTTP/2 and HTTP/3 may split it into several, which servers join with \"; \"). Scripts cannot set the field in fetch or XMLHttpRequest, and cross-site requests carry cookies only as their SameSite attribute allows. A response that depends on cookies needs Cache-Control: private, or a shared cache may hand it to other users.",
		Mistakes: []string{
			"Letting analytics and A/B-testing cookies pile up on the main domain until requests exceed the server's header limit (8 KB in nginx by default).",
			"Expecting to read a cookie's Expires, Path or Domain on the server: only name and value are sent.",
			"Caching a personalised page in a CDN without varying on, or bypassing for, the session cookie serves one user's page to others.",
		},
		Related: []string{"Set-Cookie", "Authorization", "Vary", "Cache-Control"},
		Specs: []Spec{
			{"RFC 6265, Section 4.2", "https://www.rfc-editor.org/rfc/rfc6265#section-4.2"},
			{"RFC 6265, Section 5.4 (sending cookies)", "https://www.rfc-editor.org/rfc/rfc6265#section-5.4"},
		},
		Keywords: []string{"session cookie", "cookie too large", "request header too large", "csrf"},
	},
	{
		Name:      "Set-Cookie",
		Group:     GroupAuthentication,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Asks the user agent to store a cookie, with attributes saying where it applies, how long it lives and how it may be sent.",
		Explanation: `Each Set-Cookie field sets one cookie: a name=value pair followed by attributes. Expires or Max-Age makes it persistent (without them it ends with the browser session), Domain and Path say which URLs receive it, Secure limits it to HTTPS, HttpOnly hides it from JavaScript, and SameSite decides whether cross-site requests carry it. Max-Age=0 or a past Expires deletes a cookie.

Unlike other fields, several Set-Cookie fields cannot be folded into one comma-separated line, because the Expires date itself contains a comma: each cookie needs its own field line.`,
		Syntax: "name=value, then attributes separated by \"; \": Expires=HTTP-date, Max-Age=seconds, Domain=host, Path=path, Secure, HttpOnly, SameSite=Strict|Lax|None.",
		ABNF: `set-cookie-header = "Set-Cookie:" SP set-cookie-string
set-cookie-string = cookie-pair *( ";" SP cookie-av )
cookie-pair       = cookie-name "=" cookie-value
cookie-name       = token
cookie-value      = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )
cookie-octet      = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E`,
		Examples: []string{
			"Set-Cookie: sessionid=38afes7a8; Path=/; Secure; HttpOnly; SameSite=Lax",
			"Set-Cookie: __Host-csrf=Zt0YbL2x; Path=/; Secure; SameSite=Strict",
			"Set-Cookie: theme=dark; Max-Age=31536000; Domain=example.com; Path=/",
		},
		Handling: "Browsers reject a cookie whose Domain does not cover the responding host, one marked Secure from an http:// page, and one with SameSite=None but no Secure. Chrome and Edge treat a cookie without SameSite as Lax. Set-Cookie is never exposed to scripts reading a response, and Varnish and most CDNs do not cache a response that carries it unless configured to.",
		Mistakes: []string{
			"Setting a login cookie with the wrong Domain, or Secure over plain HTTP, so the browser drops it and the login redirect loops.",
			"SameSite=None without Secure: browsers reject the cookie outright.",
			"Joining several cookies into one Set-Cookie line with commas, which clients cannot split reliably.",
			"Caching a response that sets a session cookie in a CDN, handing the same session to every visitor.",
		},
		Related: []string{"Cookie", "Cache-Control", "Location", "Strict-Transport-Security"},
		Specs: []Spec{
			{"RFC 6265, Section 4.1", "https://www.rfc-editor.org/rfc/rfc6265#section-4.1"},
			{"RFC 6265, Section 5.2 (how user agents parse it)", "https://www.rfc-editor.org/rfc/rfc6265#section-5.2"},
		},
		Keywords: []string{"samesite", "httponly", "secure cookie", "session", "cookie not set", "delete cookie", "__Host-"},
	},
}
