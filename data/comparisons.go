package data

// Sources the comparison rows were checked against.
var (
	rfc9110Redirection = Spec{"RFC 9110, Section 15.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4"}
	fetchRedirect      = Spec{"Fetch Standard, HTTP-redirect fetch", "https://fetch.spec.whatwg.org/#http-redirect-fetch"}
)

func rfc9110Section(section string) Spec {
	return Spec{"RFC 9110, Section " + section, "https://www.rfc-editor.org/rfc/rfc9110#section-" + section}
}

func rfc6585Section(section string) Spec {
	return Spec{"RFC 6585, Section " + section, "https://www.rfc-editor.org/rfc/rfc6585#section-" + section}
}

// comparisons are the groups of codes people confuse, in display order.
var comparisons = []Comparison{
	{
		Question: "Not signed in, or not allowed?",
		Sides: []ComparisonSide{
			{401, "The request has no credentials, or ones you cannot accept: no token, an expired session, a wrong password.",
				"Gets new credentials, by signing in or refreshing a token, and repeats the request with them in Authorization."},
			{403, "You know who the client is, or it does not matter, and it still may not do this.",
				"Gives up or asks for more access; sending the same credentials again will not help."},
		},
		Rows: []ComparisonRow{
			{"WWW-Authenticate", []string{
				"Required, with at least one challenge saying how to authenticate.",
				"Not required by HTTP, though RFC 6750 has bearer-token APIs send one with error=\"insufficient_scope\".",
			}, []Spec{rfc9110Section("15.5.2"), {"RFC 6750, Section 3.1", "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"}}},
			{"Login dialog in a browser", []string{
				"Possible: the Fetch Standard prompts for a username and password, except on cross-origin CORS requests.",
				"Never.",
			}, []Spec{{"Fetch Standard, HTTP-network-or-cache fetch", "https://fetch.spec.whatwg.org/#http-network-or-cache-fetch"}}},
			{"Repeat with the same credentials", []string{
				"Pointless: they were refused. New or corrected ones may work.",
				"Should not happen automatically; other credentials might be allowed.",
			}, []Spec{rfc9110Section("15.5.2"), rfc9110Section("15.5.4")}},
		},
		Verdict: "Use 401 when the client has not proved who it is, or its proof failed, and valid credentials would let it in; always send WWW-Authenticate with it. Use 403 when identity is settled or beside the point and the answer is still no. If even a refusal would reveal that a private resource exists, answer 404 instead.",
	},
	{
		Question: "Refuse openly, or act as if nothing is there?",
		Sides: []ComparisonSide{
			{403, "The resource exists and the client may know that it is not allowed to have it.",
				"Knows the URL is right and access is the problem; may ask for permission."},
			{404, "Nothing is there, or its existence is itself private, like another user's document.",
				"Treats the URL as missing; it cannot tell a hidden resource from an absent one."},
		},
		Rows: []ComparisonRow{
			{"Reveals that the resource exists", []string{
				"In effect, yes.",
				"No: RFC 9110 lets a server send 404 instead of 403 to hide it.",
			}, []Spec{rfc9110Section("15.5.4"), rfc9110Section("15.5.5")}},
		},
		Verdict: "Use 403 when the client may know the resource exists and just cannot have it. Use 404 when the existence of the resource is itself something this client should not learn, such as a private project or another customer's order.",
	},
	{
		Question: "Broken request, or invalid data?",
		Sides: []ComparisonSide{
			{400, "The request cannot be read: malformed JSON, bad framing, a header or query value that does not parse.",
				"Has to fix how it builds the request; usually a bug in client code rather than something a user can correct."},
			{422, "The body is well formed in a format you accept, but its values break your rules: a missing field, an impossible date, a negative amount.",
				"Shows the field errors to the user, or corrects the data, and submits again."},
		},
		Rows: []ComparisonRow{
			{"The server could parse the content", []string{
				"Not necessarily.",
				"Yes: its media type is supported and its syntax is correct.",
			}, []Spec{rfc9110Section("15.5.21")}},
			{"Origin", []string{
				"HTTP itself, since HTTP/1.0.",
				"WebDAV (RFC 2518 in 1999, then RFC 4918), until RFC 9110 made it part of core HTTP in 2022.",
			}, []Spec{rfc9110Section("15.5.21"), {"RFC 1945, Section 9.4", "https://www.rfc-editor.org/rfc/rfc1945#section-9.4"}, {"RFC 2518, Section 10.3", "https://www.rfc-editor.org/rfc/rfc2518#section-10.3"}}},
		},
		Verdict: "Use 400 when the request cannot be parsed or is malformed; it is also the safe default for a client error nothing else fits. Use 422 when the request parses but fails validation, and list the fields at fault. Many APIs use 400 for both, which is acceptable; what matters is a body that says what to fix.",
	},
	{
		Question: "Not here, or gone for good?",
		Sides: []ComparisonSide{
			{404, "There is nothing at the URL and you cannot, or will not, say whether that will last.",
				"Treats the URL as missing for now and may try again later, since the code promises nothing."},
			{410, "The resource was removed on purpose and will not come back, and there is no new URL to send clients to.",
				"Can forget the URL: remove links and bookmarks and stop asking for it."},
		},
		Rows: []ComparisonRow{
			{"Says the absence is permanent", []string{
				"No: it may be temporary or permanent.",
				"Yes, and the owner would like links to it removed.",
			}, []Spec{rfc9110Section("15.5.5"), rfc9110Section("15.5.11")}},
			{"Can hide a resource that exists", []string{
				"Yes.",
				"No: it admits the resource once existed.",
			}, []Spec{rfc9110Section("15.5.5")}},
		},
		Verdict: "Use 404 when something is missing and you will not promise it stays missing; it is the safe default. Use 410 when you removed the resource deliberately and want clients and crawlers to let it go. If the content moved, use neither: redirect with 301 or 308.",
	},
	{
		Question: "Which redirect?",
		Sides: []ComparisonSide{
			{301, "A page or file has a new permanent URL, and it is only ever fetched, never posted to.",
				"Follows Location, turning a POST into a GET, and may remember the new URL."},
			{302, "A page is elsewhere for now, such as a login page, and only fetching matters.",
				"Follows Location, turning a POST into a GET, and keeps using the original URL."},
			{303, "After a form post or other action, the result lives at another URL that should be fetched with GET.",
				"Fetches Location with GET (a HEAD stays a HEAD), so reloading the result does not repeat the action."},
			{307, "The resource is elsewhere for now and the request must arrive intact: API calls, uploads, form posts.",
				"Repeats the same method and body at Location, and keeps using the original URL."},
			{308, "The resource has moved for good and the request must arrive intact, as with an API endpoint.",
				"Repeats the same method and body at Location, and may remember the new URL."},
		},
		Rows: []ComparisonRow{
			{"The move is", []string{
				"Permanent.",
				"Temporary.",
				"Not a move: the answer is a different resource.",
				"Temporary.",
				"Permanent.",
			}, []Spec{rfc9110Redirection}},
			{"What a browser sends to Location", []string{
				"GET without a body if the request was a POST; any other method unchanged.",
				"GET without a body if the request was a POST; any other method unchanged.",
				"GET without a body, unless the request was a GET or HEAD.",
				"The same method and body.",
				"The same method and body.",
			}, []Spec{fetchRedirect}},
		},
		Verdict: "Moved for good: 301 for URLs that are only fetched, 308 when the method and body must survive the redirect. Elsewhere for now: 302 for URLs that are only fetched, 307 when the method and body must survive. After a form post or other action, send the client on to the result with 303.",
	},
	{
		Question: "Which failure behind the server?",
		Sides: []ComparisonSide{
			{502, "You are a proxy or gateway, and the upstream's answer was unusable or the connection to it failed.",
				"Retries idempotent requests after a short pause; the operator checks the hop between proxy and upstream."},
			{503, "The service will not take work now, because of maintenance, overload or no healthy upstream, and expects to recover.",
				"Waits as long as Retry-After says, or backs off, then tries again."},
			{504, "You are a proxy or gateway, and the upstream did not answer within your time limit.",
				"Retries only idempotent requests, or ones with an idempotency key, since the upstream may have done the work."},
		},
		Rows: []ComparisonRow{
			{"Sent by", []string{
				"A gateway or proxy.",
				"Any server, the origin included.",
				"A gateway or proxy.",
			}, []Spec{rfc9110Section("15.6.3"), rfc9110Section("15.6.4"), rfc9110Section("15.6.5")}},
			{"What came back from upstream", []string{
				"An invalid response; in practice proxies also use 502 for a refused or broken connection.",
				"Nothing needed: the server declines by itself.",
				"Nothing in time.",
			}, []Spec{rfc9110Section("15.6.3"), rfc9110Section("15.6.5")}},
		},
		Verdict: "Use 502 when the upstream answered badly or the connection to it broke, 504 when it did not answer in time, and 503 when you are refusing work on purpose for a while, with Retry-After if you know how long. Clients may retry all three, but after a 504 the upstream may already have done what was asked.",
	},
	{
		Question: "Conflict, failed condition, or missing condition?",
		Sides: []ComparisonSide{
			{409, "The request clashes with the resource's current state and no condition caught it: a duplicate, an edit to a stale version, a state change not allowed now.",
				"Reads the conflict details, fetches the current state, resolves or merges, and sends a new request."},
			{412, "The client made the request conditional with If-Match or If-Unmodified-Since, and the condition is false.",
				"Fetches the current version and its ETag, reapplies its change and retries with the new validator."},
			{428, "The request would change the resource without any condition, and your API requires one.",
				"Adds If-Match with the ETag it last saw, or If-Unmodified-Since, and sends the request again."},
		},
		Rows: []ComparisonRow{
			{"The request carried a condition", []string{
				"Not necessarily.",
				"Yes, and it evaluated to false.",
				"No, and one is required.",
			}, []Spec{rfc9110Section("15.5.13"), rfc6585Section("3")}},
		},
		Verdict: "Use 412 when a condition the client sent failed, 428 when it sent none and you require one, and 409 for any other clash with the resource's state. 412 and 428 guard against lost updates; 409 covers conflicts no condition can express, such as a name that is already taken.",
	},
	{
		Question: "Which success?",
		Sides: []ComparisonSide{
			{200, "You return a result: the resource, or what the action produced.",
				"Reads the body as the result."},
			{201, "The request created a resource, usually with POST, and Location names it.",
				"Takes the new resource's URL from Location and may show what the body describes."},
			{204, "The action succeeded and there is nothing to send back.",
				"Reads nothing after the header fields and keeps the current view."},
		},
		Rows: []ComparisonRow{
			{"Location header", []string{
				"No defined meaning.",
				"The URL of the new resource; without it, the request URL is the new resource.",
				"No defined meaning.",
			}, []Spec{rfc9110Section("15.3.2"), rfc9110Section("10.2.2")}},
			{"A browser that submitted a form or followed a link", []string{
				"Shows the body as the new page.",
				"Shows the body like a 200; it does not follow Location, which only redirects act on.",
				"Stays on the current page.",
			}, []Spec{rfc9110Section("15.3.5"), {"Fetch Standard, redirect status", "https://fetch.spec.whatwg.org/#redirect-status"}}},
		},
		Verdict: "Use 201 when the request created something, with Location pointing at it. Use 204 when it worked and there is nothing to return. Use 200 for everything else that worked and has a body to show.",
	},
	{
		Question: "Too many from you, or too many for us?",
		Sides: []ComparisonSide{
			{429, "One client, key or address has gone over its rate limit while others are still served.",
				"Slows down: waits as long as Retry-After says, then sends requests at a lower rate."},
			{503, "The whole service, or part of it, cannot take requests now because of overload or maintenance.",
				"Waits for Retry-After or backs off; its own request rate was not the problem."},
		},
		Rows: []ComparisonRow{
			{"What it blames", []string{
				"The client's request rate.",
				"The server's capacity or state.",
			}, []Spec{rfc6585Section("4"), rfc9110Section("15.6.4")}},
			{"Caches", []string{
				"Must never store it.",
				"May store it only when its header fields explicitly allow caching.",
			}, []Spec{rfc6585Section("4"), rfc9110Section("15.1")}},
		},
		Verdict: "Use 429 when a particular client exceeded its quota and should slow down. Use 503 when the service itself is overloaded or in maintenance, whoever is asking. Send Retry-After with either.",
	},
	{
		Question: "Our code, or the server behind the proxy?",
		Sides: []ComparisonSide{
			{500, "Your own application failed unexpectedly while handling the request.",
				"May retry an idempotent request once; otherwise reports the failure with the request ID."},
			{502, "You are a proxy or gateway, and the application behind you failed to give a valid answer.",
				"Retries idempotent requests after a short pause; the failure often clears by itself, as after a deploy."},
		},
		Rows: []ComparisonRow{
			{"Produced by", []string{
				"The server that ran the application code.",
				"A proxy, gateway or load balancer in front of it.",
			}, []Spec{rfc9110Section("15.6.1"), rfc9110Section("15.6.3")}},
			{"Where to look first", []string{
				"The application's log and stack trace.",
				"The proxy's error log, then whether the upstream is running.",
			}, nil},
		},
		Verdict: "Use 500 from the application when your own code failed. Use 502 from a proxy or gateway when the server behind it failed or answered with something unusable. A proxy that receives a well-formed 500 from upstream passes it on unchanged rather than turning it into a 502.",
	},
	{
		Question: "Not on this URL, or not on this server?",
		Sides: []ComparisonSide{
			{405, "The server knows the method, but this URL does not accept it, such as DELETE on a read-only resource.",
				"Switches to a method listed in Allow."},
			{501, "The server does not support the method, or another feature the request needs, for any URL.",
				"Stops using that method with this server; retrying will not help until the server changes."},
		},
		Rows: []ComparisonRow{
			{"Allow header", []string{
				"Required: lists the methods the URL accepts.",
				"Not required.",
			}, []Spec{rfc9110Section("15.5.6")}},
			{"Applies to", []string{
				"This URL.",
				"The whole server.",
			}, []Spec{rfc9110Section("15.5.6"), rfc9110Section("15.6.2")}},
		},
		Verdict: "Use 405, with an Allow header, when the method works elsewhere but not on this URL. Use 501 when the server does not implement the method at all. Caches may keep either without being told, so send Cache-Control if the answer will change soon.",
	},
	{
		Question: "Which part is too large?",
		Sides: []ComparisonSide{
			{413, "The body is bigger than you accept, such as an upload over the size limit.",
				"Sends a smaller body or splits it, or waits for Retry-After when the limit is temporary."},
			{414, "The URL, path and query together, is longer than you will read.",
				"Shortens the URL or moves the data into a POST body."},
			{431, "The header section, or one field in it, is too large; usually cookies.",
				"Trims its header fields, often by clearing the site's cookies, and sends again."},
		},
		Rows: []ComparisonRow{
			{"The part that is too large", []string{
				"The content (body).",
				"The target URI.",
				"The header fields, in total or one alone.",
			}, []Spec{rfc9110Section("15.5.14"), rfc9110Section("15.5.15"), rfc6585Section("5")}},
		},
		Verdict: "Match the code to the part: 413 for the body, 414 for the URL, 431 for the header fields. Of the three, only 413 calls for Retry-After, when the limit is temporary.",
	},
}
