package data

var codes3xx = []Code{
	{
		Number:  300,
		Name:    "Multiple Choices",
		Status:  Permanent,
		Summary: "The resource exists in several forms, each at its own URL, and the server leaves the choice to the client or the user.",
		Explanation: `The target resource has more than one representation (other languages, formats or encodings), each with its own URI, and instead of picking one the server hands the choice back. RFC 9110 calls this reactive negotiation. The content of the response lists the alternatives; no standard format exists for that list, so in practice it is a small HTML page of links or a JSON array.

If the server has a favourite it should name it in Location, and a user agent may then follow it as if it were a redirect. Without one, a browser simply shows the page and a program has to read the list itself. The code is rare: most servers negotiate up front with Accept and Accept-Language and answer 200, or redirect to one variant with 302.

A 300 is heuristically cacheable, so caches may store it without explicit freshness information, and it carries a body. Sending the same request again returns the same list; the client should request one of the alternatives instead. RFC 9110 lets any 3xx carry Retry-After to ask for a minimum wait before the follow-up request, but it is almost never sent here.`,
		Causes: []string{
			"Apache's mod_speling (`CheckSpelling On`) found several files whose names nearly match a mistyped URL and offers them as a list.",
			"Apache content negotiation (`Options +MultiViews` or a type map) found several equally good variants and `ForceLanguagePriority` is set to `None`, so it does not pick one.",
			"An API publishes the same document in several formats or versions at separate URLs and deliberately lets the caller choose.",
			"An application sends 300 by mistake where it meant an ordinary redirect to one URL.",
		},
		Fixes: []string{
			"Client: read the list in the body (or the `Location` header, if present) and request the alternative you want directly.",
			"Client: send precise `Accept` and `Accept-Language` headers so the server can choose for you and answer 200.",
			"Server: with Apache MultiViews, set `ForceLanguagePriority Prefer Fallback` and a `LanguagePriority` order so one variant always wins.",
			"Server: if a single target is meant, send 302, 303 or 301 to it instead of 300.",
			"Server: when 300 is intended, include `Location` for the preferred choice so automatic clients can proceed.",
		},
		Headers: []Header{
			{"Location", "Names the server's preferred alternative, if it has one; user agents may follow it automatically."},
			{"Content-Type", "Says how to read the list of alternatives in the body (HTML for people, JSON for programs); no format is standardised."},
			{"Alternates", "Lists the variants in Transparent Content Negotiation (RFC 2295), which Apache's mod_negotiation can send; few clients read it."},
		},
		Example: `HTTP/1.1 300 Multiple Choices
Date: Thu, 14 May 2026 09:30:12 GMT
Server: Apache/2.4.62 (Debian)
Location: https://docs.example.com/report.en.html
Content-Type: text/html; charset=utf-8
Content-Length: 302

<!DOCTYPE html>
<html>
<head><title>300 Multiple Choices</title></head>
<body>
<p>This report is available in several versions:</p>
<ul>
<li><a href="/report.en.html">HTML, English</a></li>
<li><a href="/report.de.html">HTML, German</a></li>
<li><a href="/report.pdf">PDF</a></li>
</ul>
</body>
</html>`,
		Related: []int{301, 302, 406, 506},
		Confusions: []Confusion{
			{406, "406 says none of the variants suits the client's Accept headers; 300 says several do and someone has to choose."},
			{302, "302 sends the client to one other URL; 300 offers a list and at most suggests a favourite in Location."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.1", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1"},
			{"RFC 9110, Section 12.2 (Reactive Negotiation)", "https://www.rfc-editor.org/rfc/rfc9110#section-12.2"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "No point repeating it: request one of the listed alternatives instead.",
			RetryAfter:  true,
		},
		GoConstant: "StatusMultipleChoices",
		Keywords:   []string{"Spelling fix", "agent-driven negotiation", "choose a variant", "language versions", "format selection"},
	},
	{
		Number:  301,
		Name:    "Moved Permanently",
		Status:  Permanent,
		Summary: "The resource has a new permanent URL, given in Location; clients should go there and update their links and bookmarks.",
		Explanation: `The target now lives at the URL in the Location header, and the move is meant to last. Browsers follow it at once, search engines replace the old URL with the new one in their index, and clients that store links are expected to update them. The usual jobs are HTTP to HTTPS, the bare domain to www (or back), adding a trailing slash, and renamed pages.

The method is not guaranteed to survive. For historical reasons RFC 9110 lets a user agent turn a POST into a GET when it follows a 301, and browsers, curl -L and Go's http.Client all do so, dropping the body. When a POST or PUT has to arrive intact at the new URL, use 308 instead.

A 301 is heuristically cacheable: with no Cache-Control or Expires, browsers and CDNs may keep it for a long time (Cloudflare's default edge lifetime for a cached 301 without such headers is two hours), so a mistaken 301 goes on redirecting visitors after the server is fixed. It may carry a short body with a link for clients that do not follow redirects. Retry-After, if sent, asks for a minimum wait before the redirected request.`,
		Causes: []string{
			"A rule forcing HTTPS or one canonical host name, such as nginx `return 301 https://$host$request_uri;` or Apache `Redirect permanent / https://www.example.com/`.",
			"A directory was requested without its trailing slash (`/docs`), and nginx, Apache's mod_dir or the framework redirects to `/docs/`.",
			"A page, product or endpoint was renamed, and the old URL is kept alive as a redirect.",
			"A redirect loop: a CDN or load balancer talks plain HTTP to the origin, which redirects every request to HTTPS again (browsers stop with ERR_TOO_MANY_REDIRECTS).",
			"Apache's mod_speling corrected a mistyped or wrongly capitalised URL to the one file that matches.",
		},
		Fixes: []string{
			"Client: follow the `Location` header (`curl -L`) and update stored links; add `--post301` to curl if a POST must stay a POST.",
			"Server: answer with 308 when the redirected request has to keep its method and body (form posts, API writes).",
			"Server: try a new permanent redirect with `Cache-Control: max-age=3600` first; browsers remember an uncached 301 and keep applying it after you remove it.",
			"Operator: to break an HTTPS loop behind a TLS-terminating proxy, have the origin trust `X-Forwarded-Proto` instead of redirecting everything it sees on plain HTTP (with Cloudflare, use SSL mode Full rather than Flexible).",
			"Client: clear the browser cache or test in a private window to get rid of a stale 301.",
			"Server: point every redirect straight at the final URL; chains of several hops slow each visit.",
		},
		Headers: []Header{
			{"Location", "The new permanent URL. A relative value is resolved against the request URL, and a fragment in the original URL carries over if Location has none."},
			{"Cache-Control", "Bounds how long browsers and CDNs reuse the redirect; without it they may keep it almost indefinitely."},
		},
		Example: `HTTP/1.1 301 Moved Permanently
Server: nginx
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 154
Connection: keep-alive
Location: https://www.example.com/pricing

<html>
<head><title>301 Moved Permanently</title></head>
<body>
<center><h1>301 Moved Permanently</h1></center>
<hr><center>nginx</center>
</body>
</html>`,
		Related: []int{308, 302, 307, 410},
		Confusions: []Confusion{
			{308, "308 is also permanent and cacheable but requires the same method and body; after a 301 a POST may turn into a GET."},
			{302, "302 is temporary and not cached by default, so clients keep using the old URL; 301 is permanent and cacheable."},
			{307, "307 is temporary and keeps the method and body; 301 is permanent and lets a POST become a GET."},
			{303, "303 sends the client to GET a different resource, typically the result of a POST, and is not cached by default; 301 says the resource itself moved for good."},
			{410, "410 says the resource is gone with no replacement; 301 gives its new address."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2"},
			{"RFC 9110, Section 10.2.2 (Location)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Don't repeat it at the old URL: follow Location, and use the new URL from now on.",
			RetryAfter:  true,
		},
		GoConstant: "StatusMovedPermanently",
		Keywords:   []string{"301 redirect", "infinite redirect", "force https", "canonical URL", "www redirect", "SEO redirect", "too many redirects"},
	},
	{
		Number:      302,
		Name:        "Found",
		FormerNames: []string{"Moved Temporarily"},
		Status:      Permanent,
		Summary:     "The resource is temporarily at another URL, given in Location; clients should follow it now but keep using the original URL.",
		Explanation: `For now the target is served from the URL in Location, but the original URL stays the one to use later: search engines keep it in their index and clients should not update their links. It is what most redirect helpers send unless told otherwise, and the classic login redirect: a visitor without a session is sent to /login and back.

HTTP/1.0 called it Moved Temporarily and meant the method to be kept, but browsers turned POSTs into GETs anyway, so RFC 9110 now allows that change for historical reasons. Browsers, curl -L and Go's http.Client all follow a 302 after a POST with a GET and no body. HTTP/1.1 added 307, which keeps the method, and 303, which makes the switch to GET explicit.

A 302 is not heuristically cacheable: caches store it only when Cache-Control or Expires allow it. It usually carries a short body with a link. Retry-After, though rarely sent, would set a minimum wait before the redirected request.`,
		Causes: []string{
			"A framework's default redirect: Express `res.redirect()`, Django `redirect()` without `permanent=True`, a Spring `redirect:` view name.",
			"PHP code sent a `Location` header; PHP then sets the status to 302 unless a 201 or another 3xx was already set.",
			"An expired session or missing cookie made an authentication filter send the user to the login page (for an API client this looks like a 302 to an HTML form instead of a 401).",
			"Web server rules without an explicit status: nginx `rewrite ... redirect`, Apache `Redirect` (temporary by default) or `RewriteRule ... [R]` (302 by default).",
			"A single sign-on layer (oauth2-proxy, an AWS ALB `authenticate-oidc` action) sends unauthenticated requests to the identity provider.",
		},
		Fixes: []string{
			"Client: for an API call that gets a 302 to a login page, check that the token or session cookie is sent instead of following the redirect.",
			"Server: send 303 after a successful POST (Post/Redirect/Get) and 307 when the method and body must be kept; a 302 leaves that choice to the client.",
			"Server: use 301 or 308 when the move is permanent, so search engines move the old URL's standing to the new one.",
			"Server: make API routes answer 401 instead of redirecting to an HTML login page (in Spring Security, an `HttpStatusEntryPoint` for the API paths).",
			"Operator: trace redirect chains and loops with `curl -sIL https://example.com/path`, comparing each `Location` and `Set-Cookie`.",
		},
		Headers: []Header{
			{"Location", "Where to go this time. The original URL stays valid for future requests."},
			{"Set-Cookie", "Often sent with a login redirect; if the browser rejects the cookie (wrong Domain, SameSite, Secure over HTTP) the user bounces back and forth."},
			{"Cache-Control", "A 302 is cached only if this (or Expires) says so; set it deliberately if the redirect may be reused."},
		},
		Example: `HTTP/1.1 302 Found
X-Powered-By: Express
Location: /login?next=%2Fdashboard
Vary: Accept
Content-Type: text/plain; charset=utf-8
Content-Length: 46
Date: Thu, 02 Jul 2026 14:05:51 GMT
Connection: keep-alive

Found. Redirecting to /login?next=%2Fdashboard`,
		Related: []int{301, 303, 307, 401},
		Confusions: []Confusion{
			{301, "301 is permanent and cacheable by default; 302 is temporary, so clients keep requesting the original URL."},
			{307, "307 is the same temporary redirect but forbids changing the method; after a 302 clients may turn a POST into a GET."},
			{303, "303 tells the client to GET a different resource and requires the switch to GET; 302 only says the resource is elsewhere for now and merely tolerates the switch."},
			{308, "308 is permanent, cacheable and keeps the method; 302 is temporary, not cacheable by default, and may lose a POST's method."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.3", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3"},
			{"RFC 1945, Section 9.3 (as Moved Temporarily)", "https://www.rfc-editor.org/rfc/rfc1945#section-9.3"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Follow Location rather than repeating the request; keep using the original URL next time.",
			RetryAfter:  true,
		},
		GoConstant: "StatusFound",
		Keywords:   []string{"302 redirect", "redirect to login", "login loop", "header('Location')", "HttpResponseRedirect", "POST becomes GET"},
	},
	{
		Number:  303,
		Name:    "See Other",
		Status:  Permanent,
		Summary: "The result is at another URL, given in Location, which the client should fetch with GET whatever method it used.",
		Explanation: `A 303 points away from the target to a different resource that holds the answer, and whatever the original method was, the follow-up is a GET (or HEAD). Its classic job is the Post/Redirect/Get pattern: after a form POST succeeds the server sends a 303 to a page showing the outcome, so reloading that page repeats a harmless GET instead of submitting the form again.

It applies to any method: a DELETE or PUT can be answered with a 303 to a status page, and an asynchronous job can send clients on to the resource holding its result. In answer to a GET it means the server has no representation of the target itself but can point to one that describes it, which Linked Data uses for URIs that name people, places or other things.

A 303 is not heuristically cacheable. It may carry a short note with the link. The client should not repeat the original request; it fetches Location with GET, after the minimum wait given by Retry-After if there is one.`,
		Causes: []string{
			"A form POST succeeded and the application redirects to the result page, for example Rails `redirect_to order_path(order), status: :see_other` or Go `http.Redirect(w, r, \"/orders/8841\", http.StatusSeeOther)`.",
			"A delete or update from a page (Rails with Turbo expects 303 after non-GET form submissions, because fetch keeps DELETE and PUT when it follows a 302).",
			"An API finished an asynchronous job and points the client at the finished resource.",
			"A Linked Data server answers a GET for a URI naming a real-world thing with a pointer to a document about it.",
		},
		Fixes: []string{
			"Client: follow `Location` with a GET and no request body; do not resend the original POST.",
			"Server: send 303 rather than 302 after a POST, PUT or DELETE when the next step is to show a page; fetch follows a 302 with the original PUT or DELETE but always switches to GET after a 303.",
			"Client: if your HTTP client does not follow redirects automatically (curl without `-L`, a Go client with a custom `CheckRedirect`), read `Location` and issue the GET yourself.",
			"Server: if the result is not ready yet, answer 202 with a status URL first and send the 303 once the result exists; add `Retry-After` to pace the polling.",
		},
		Headers: []Header{
			{"Location", "The resource to fetch with GET: the outcome of the request, or a description of the target."},
			{"Retry-After", "Minimum wait before that GET; useful when Location points to the result of a job still being prepared."},
		},
		Example: `HTTP/1.1 303 See Other
Date: Thu, 02 Jul 2026 14:05:51 GMT
Location: /orders/8841
Content-Type: text/html; charset=utf-8
Content-Length: 66

<p>Order received. <a href="/orders/8841">View your order</a>.</p>`,
		Related: []int{302, 307, 201, 202},
		Confusions: []Confusion{
			{302, "302 says the resource is temporarily elsewhere and only tolerates turning a POST into a GET; 303 means \"GET this other resource\" for any method."},
			{307, "307 repeats the original method and body at the new URL; 303 always follows up with GET."},
			{301, "301 says the resource moved for good and is cacheable; 303 points to a different resource, usually the outcome of the request, and is not cacheable by default."},
			{308, "308 is a permanent move that keeps the method; 303 is a one-off pointer that always becomes a GET."},
			{201, "201 reports a newly created resource directly, with its URL in Location; 303 sends the client off to fetch a page about it."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Don't repeat the original request; fetch the Location with GET instead.",
			RetryAfter:  true,
		},
		GoConstant: "StatusSeeOther",
		Keywords:   []string{"PRG pattern", "double form submission", "Confirm Form Resubmission", "redirect after POST", "form resubmitted on refresh"},
	},
	{
		Number:  304,
		Name:    "Not Modified",
		Status:  Permanent,
		Summary: "The client's cached copy is still valid, so the server sends no content and the client reuses what it already has.",
		Explanation: `A 304 answers a conditional GET or HEAD. The client sent a validator saved from an earlier response, an entity tag in If-None-Match or a date in If-Modified-Since, and the resource has not changed since. Rather than send the representation again, the server confirms the stored one and saves the transfer. When both conditions are present, If-None-Match wins and If-Modified-Since is ignored.

Despite its class it is not a redirect, and it never has content: the response ends with its header section. The server must still send whichever of Cache-Control, Content-Location, Date, ETag, Expires and Vary a 200 would have carried, and caches use them to update and re-freshen the stored response (RFC 9111, Section 4.3.4).

Only a client that made a conditional request should see a 304; browsers then show the page from their cache, while devtools list the request as 304. Retry does not apply, since the client already holds the content. A client that gets a 304 without a matching stored copy (its cache was cleared in between) has to send the request again without the conditional headers.`,
		Causes: []string{
			"A browser revalidated a cached file with `If-None-Match` and the `ETag` still matches, as on an ordinary reload.",
			"The request carried `If-Modified-Since` and the file's modification time is not newer.",
			"A CDN or reverse proxy revalidated its copy with the origin (nginx `proxy_cache_revalidate on`, Varnish) or answered a client's conditional request from its own cache.",
			"The content changed but the validator did not (an ETag built from size and modification time after a deploy that kept timestamps, or a weak ETag), so clients keep getting 304 for stale files.",
		},
		Fixes: []string{
			"Client: treat 304 as success and use the cached body; if a library reports it as an error, enable its cache or stop sending conditional headers.",
			"Client: to force a fresh copy, send `Cache-Control: no-cache` without `If-None-Match` or `If-Modified-Since` (a hard reload, Ctrl+Shift+R, does this in browsers).",
			"Server: make the validator change whenever the content does: derive `ETag` from a content hash, or use fingerprinted file names (`app.3f9c2e.js`) with a long `max-age`.",
			"Server: send the same `Cache-Control`, `ETag` and `Vary` with the 304 as with the 200, or caches refresh the stored response with missing or wrong metadata.",
			"Operator: if users see stale pages, check whether a proxy or CDN answers 304 from an outdated copy; compare `curl -sI -H 'If-None-Match: \"etag\"' URL` at the edge and at the origin, and purge.",
		},
		Headers: []Header{
			{"ETag", "The validator of the stored representation; the server sends it again so the cache can match and update its copy."},
			{"If-None-Match", "Request header carrying the ETags the client holds; the server answers 304 when one still matches."},
			{"If-Modified-Since", "Request header with the Last-Modified date the client holds; ignored when If-None-Match is present."},
			{"Cache-Control", "Renews the freshness of the stored copy, so the client can skip the next few revalidations."},
		},
		Example: `HTTP/1.1 304 Not Modified
Server: nginx
Date: Mon, 09 Mar 2026 10:22:03 GMT
Last-Modified: Fri, 06 Mar 2026 16:40:08 GMT
Connection: keep-alive
ETag: "69ab0368-2b1d"
Cache-Control: max-age=600`,
		Related: []int{200, 412, 206},
		Confusions: []Confusion{
			{200, "A 200 carries the full representation; a 304 carries none and tells the client to reuse its copy."},
			{412, "412 answers a failed If-Match or If-Unmodified-Since, usually on a write; 304 answers a GET whose If-None-Match or If-Modified-Since shows nothing changed."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5"},
			{"RFC 9110, Section 13.1.2 (If-None-Match)", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2"},
			{"RFC 9111, Section 4.3.4 (Freshening Stored Responses upon Validation)", "https://www.rfc-editor.org/rfc/rfc9111#section-4.3.4"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "No need: the client already has the content. Without a matching cached copy, repeat the request without conditional headers.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNotModified",
		Keywords:   []string{"cache validation", "cache revalidation", "browser cache", "stale content", "old version after deploy", "etag mismatch"},
	},
	{
		Number:  305,
		Name:    "Use Proxy",
		Status:  Permanent,
		Summary: "Deprecated: it once told the client to repeat the request through the proxy named in Location; clients ignore it for security reasons.",
		Explanation: `HTTP/1.1 (RFC 2068, then RFC 2616) defined 305 to say that the target could only be reached through a proxy, whose URI went in the Location header; the client was to repeat that one request through the proxy, and only origin servers were allowed to send it.

Letting a response choose a proxy for the client is a gift to attackers: a single forged response could route a user's traffic through a machine of their choosing. RFC 7231 deprecated the code for that reason (Appendix B), and RFC 9110 keeps only a note that it is deprecated. The number stays in the registry so it is never reused, but current browsers do not switch proxies because of it.

Nothing should send 305 today. It is not cacheable by default and may have a body. A client that receives one should treat it as an unexpected response, leave its proxy settings alone, and not retry through the host named in Location.`,
		Causes: []string{
			"Very old server software or an embedded device still following RFC 2616.",
			"An application that picked 305 to mean \"go through the proxy\" without knowing it is deprecated.",
			"A misconfigured or malicious intermediary trying to steer clients through another proxy.",
			"A test suite or fuzzer that cycles through every registered code.",
		},
		Fixes: []string{
			"Client: never reconfigure a proxy because of a 305; treat it as an error and log the `Location` value for investigation.",
			"Server: stop sending 305; if access really requires a proxy, configure it on the clients (a PAC file, the `HTTPS_PROXY` variable, group policy) and refuse direct access with 403.",
			"Operator: when 305s appear unexpectedly, find the hop that generated them from the `Via` and `Server` headers, and treat an unknown proxy in `Location` as a possible attack.",
		},
		Headers: []Header{
			{"Location", "Held the proxy's URI under the old definition; never use it to change proxy settings."},
			{"Via", "Lists the intermediaries the response passed through, which helps find the one that produced the 305."},
		},
		Example: `HTTP/1.1 305 Use Proxy
Date: Thu, 08 Oct 2026 17:20:33 GMT
Location: http://proxy.corp.example:3128/
Content-Type: text/plain
Content-Length: 76

This resource must be accessed through the proxy at proxy.corp.example:3128.`,
		Related: []int{306, 407, 302},
		Confusions: []Confusion{
			{407, "407 is a proxy asking the client to authenticate to it; 305 was an origin server telling the client to use a proxy at all."},
			{306, "306 was never defined by any RFC and is only reserved; 305 was a defined code, now deprecated."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.6", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6"},
			{"RFC 7231, Appendix B (deprecation)", "https://www.rfc-editor.org/rfc/rfc7231#appendix-B"},
			{"RFC 2616, Section 10.3.6 (original definition)", "https://www.rfc-editor.org/rfc/rfc2616#section-10.3.6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not through the named proxy; treat the response as an error.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUseProxy",
		Keywords:   []string{"deprecated status code", "proxy redirect", "switch to proxy", "security risk"},
	},
	{
		Number:       306,
		Name:         "Switch Proxy",
		RegistryName: "(Unused)",
		Status:       Unused,
		Summary:      "A reserved number: the IANA registry lists 306 as unused; an expired 1997 draft proposed it as Switch Proxy, and nothing should send it.",
		Explanation: `306 has no meaning in any current specification. RFC 2616 noted that it had been used in a previous version of the specification and reserved it, RFC 9110 says the same, and the IANA registry lists the number as "(Unused)". It stays reserved so that no new code is given the number and collides with old software.

The name Switch Proxy comes from an Internet-Draft by J. Cohen (draft-cohen-http-305-306-responses, 1997). It proposed that a proxy already in use could tell the client to send later requests through a different one, named in a Set-Proxy header together with the URLs covered and how long the instruction lasted. Like 305, it would have let a response reroute a client's traffic, and the draft expired without being adopted.

No client or server implements it. A 306 seen in the wild is a bug or a test. RFC 9110 asks clients to treat an unrecognised code like the x00 code of its class, so a client handles it like 300 and must not change its proxy settings. It is not cacheable by default.`,
		Causes: []string{
			"A test suite or fuzzer cycling through every number in the 3xx range.",
			"Custom application code that picked an unassigned-looking number for its own purposes.",
			"Old documentation listing 306 as Switch Proxy, taken as something to implement.",
		},
		Fixes: []string{
			"Server: send a registered code instead: 307 or 308 to redirect, 503 to shed load; set proxies on the client side, never through a response.",
			"Client: handle 306 as an unknown redirection-class response (like 300) and never switch proxies because of it.",
			"Operator: if 306 appears in logs, find the component that produced it from the `Server` and `Via` headers; it is almost certainly a bug.",
		},
		Headers: []Header{
			{"Set-Proxy", "The header the expired draft proposed for naming the new proxy, its scope and lifetime; never standardised and ignored by every client."},
		},
		Example: `HTTP/1.1 306 Switch Proxy
Date: Tue, 20 Jan 2026 08:41:17 GMT
Set-Proxy: SET; proxyURI="http://proxy2.example.net:8080/" scope="http://", seconds=300
Content-Type: text/plain
Content-Length: 54

306 is a reserved status code with no defined meaning.`,
		Related: []int{305, 300, 307},
		Confusions: []Confusion{
			{305, "305 Use Proxy was a defined code, now deprecated, telling the client to use a proxy; 306 was never defined by an RFC and is only reserved."},
			{307, "307 Temporary Redirect is the real redirect next to it; 306 has no defined behaviour at all."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.7", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7"},
			{"RFC 2616, Section 10.3.7", "https://www.rfc-editor.org/rfc/rfc2616#section-10.3.7"},
			{"IANA HTTP Status Code Registry", "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not applicable: the code has no defined meaning; treat it as an error.",
			RetryAfter:  false,
		},
		Keywords: []string{"306 reserved", "HttpStatusCode.Unused", "HTTP_RESERVED", "unassigned redirect code"},
	},
	{
		Number:  307,
		Name:    "Temporary Redirect",
		Status:  Permanent,
		Summary: "The resource is temporarily at the URL in Location, and the client must repeat the same request there, with its method and body unchanged.",
		Explanation: `Like 302, a 307 says the target is served from another URL for the time being and the original URL stays valid for later requests. Unlike 302, it forbids changing the method: a POST is sent again as a POST with the same body, a DELETE as a DELETE. HTTP/1.1 (RFC 2616) introduced it for exactly that reason, since browsers had turned 302 into a "switch to GET" code.

Some 307s are never sent by a server. When HSTS tells Chrome that a site is HTTPS-only, it rewrites http:// URLs itself before any request leaves the browser and shows the step in devtools as "307 Internal Redirect" with a Non-Authoritative-Reason: HSTS header. Load balancers, storage services and clustered systems such as HashiCorp Vault use real 307s to move a write to another node without losing its body.

A 307 is not heuristically cacheable; caches keep it only with explicit freshness. It may carry a short body. The client follows Location rather than repeating the request at the original URL, and because the body has to travel again it must still have it: Go's http.Client follows a 307 for a request with a body only when Request.GetBody is set. Retry-After may set a minimum wait before the redirected request.`,
		Causes: []string{
			"HSTS: the browser already knows the site is HTTPS-only and upgrades the URL itself, reporting a synthetic 307.",
			"Framework defaults: Next.js `redirects` with `permanent: false`, FastAPI and Starlette `RedirectResponse`, and Starlette's automatic trailing-slash redirect all send 307.",
			"Amazon S3 answers requests for a newly created bucket with a 307 `TemporaryRedirect` to its regional endpoint while DNS catches up.",
			"A cluster forwards writes to the leader or the right shard, such as a HashiCorp Vault standby node with request forwarding disabled, which redirects clients to the active node.",
			"A temporary HTTP to HTTPS or maintenance redirect configured with `return 307` in nginx, chosen so form posts keep working.",
		},
		Fixes: []string{
			"Client: resend the same method, headers and body to `Location`; make the body replayable (Go: `http.NewRequest` sets `GetBody` for bytes and strings readers; curl `-L` keeps the method on a 307).",
			"Client: if devtools shows \"307 Internal Redirect\", the server was never asked; fix the http:// links, or clear the site's entry at `chrome://net-internals/#hsts` while testing.",
			"Server: use 308 when the move is permanent, so clients and caches stop asking the old URL.",
			"Server: avoid FastAPI and Starlette trailing-slash redirects by calling routes exactly as declared, or pass `redirect_slashes=False` to the router.",
			"Operator: behind a TLS-terminating proxy, make sure the `Location` of generated redirects uses the public scheme and host (`X-Forwarded-Proto`, `X-Forwarded-Host`, Uvicorn `--proxy-headers`), not an internal http:// address.",
		},
		Headers: []Header{
			{"Location", "Where to resend the same request this time; the original URL remains the one to use later."},
			{"Non-Authoritative-Reason", "Set by Chrome on its synthetic HSTS redirect; when present, no server sent the 307."},
			{"Retry-After", "Minimum wait before the redirected request, if the server needs one."},
		},
		Example: `HTTP/1.1 307 Temporary Redirect
Date: Tue, 20 Jan 2026 08:41:17 GMT
Location: https://eu-west.api.example.com/v2/uploads
Content-Type: application/json
Content-Length: 86

{"detail":"Writes for this account are served by the eu-west region until 06:00 UTC."}`,
		Related: []int{302, 308, 303, 301},
		Confusions: []Confusion{
			{302, "302 allows clients to turn a POST into a GET, and most do; 307 forbids it. Both are temporary and not cached by default."},
			{308, "308 is the permanent, cacheable counterpart; after a 307 clients keep using the original URL."},
			{301, "301 is permanent and lets a POST become a GET; 307 is temporary and keeps the method and body."},
			{303, "303 always switches to GET to fetch another resource; 307 repeats the exact request at the new URL."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.8", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Send the same request to Location now; keep using the original URL for later requests.",
			RetryAfter:  true,
		},
		GoConstant: "StatusTemporaryRedirect",
		Keywords:   []string{"HSTS preload", "http to https upgrade", "redirect keeps POST", "body lost on redirect", "trailing slash"},
	},
	{
		Number:  308,
		Name:    "Permanent Redirect",
		Status:  Permanent,
		Summary: "The resource has moved for good to the URL in Location; clients must repeat the same method and body there and may cache the redirect.",
		Explanation: `308 is the permanent counterpart of 307 and the method-keeping counterpart of 301. The target has a new permanent URL; clients follow it with the same method and body, update stored links, and search engines treat it like a 301.

It arrived long after its siblings: first as an experimental code in RFC 7238 (2014), then on the standards track in RFC 7538 (2015), and now in RFC 9110. Current browsers and HTTP libraries follow it, but some old clients, Internet Explorer on Windows 7 and 8.1 among them, do not. Google's resumable upload protocol reuses the number with another meaning: a 308 carrying a Range header and no Location says the upload is incomplete and should continue.

A 308 is heuristically cacheable, so browsers and CDNs may keep it without explicit freshness information, which makes a mistaken 308 as sticky as a mistaken 301. Clients follow Location rather than repeating the request and must be able to send the body again. Retry-After, if sent, sets a minimum wait before the redirected request.`,
		Causes: []string{
			"A permanent move of an API or a site that has to keep POST, PUT and PATCH intact, such as an HTTP to HTTPS redirect in front of an API.",
			"Framework defaults: Next.js `redirects` with `permanent: true` and its trailing-slash normalisation answer 308.",
			"An explicit rule such as nginx `return 308 https://api.example.com$request_uri;`.",
			"A Google Cloud Storage or Google Drive resumable upload that is not finished yet (not a redirect at all: the `Range` header says which bytes arrived).",
		},
		Fixes: []string{
			"Client: follow with the same method and body (`curl -L` does this for 308; Go's client needs `GetBody` for requests with a body) and update stored URLs.",
			"Server: where only GET and HEAD reach the redirect and very old clients matter, a 301 works everywhere; keep 308 for cases where the method must survive.",
			"Server: bound the cache lifetime with `Cache-Control: max-age=...` while a new permanent redirect is being tested.",
			"Operator: after removing a 308, purge CDN caches that may still hold it under heuristic freshness.",
			"Client: in Google resumable uploads, treat a 308 as \"resume after the last byte in `Range`\", not as a redirect.",
		},
		Headers: []Header{
			{"Location", "The new permanent URL, to be requested with the same method and body."},
			{"Cache-Control", "Limits how long clients and CDNs reuse the redirect; without it they may keep it for a long time."},
			{"Range", "Only in Google's resumable uploads: the bytes received so far. A 308 with Range and no Location is not a redirect."},
		},
		Example: `HTTP/1.1 308 Permanent Redirect
Date: Thu, 08 Oct 2026 17:20:33 GMT
Location: https://api.example.com/v2/invoices
Cache-Control: max-age=86400
Content-Type: text/plain; charset=utf-8
Content-Length: 33

Redirecting to /v2/invoices (308)`,
		Related: []int{301, 307, 302},
		Confusions: []Confusion{
			{301, "301 lets clients turn a POST into a GET; 308 requires the same method and body. Both are permanent and cacheable by default."},
			{307, "307 is temporary and not cached by default; 308 is permanent and cacheable. Both keep the method."},
			{302, "302 is temporary, not cacheable by default and may lose a POST's method; 308 is permanent, cacheable and keeps it."},
			{303, "303 always makes the client GET another resource; 308 resends the same request to the new permanent URL."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.4.9", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9"},
			{"RFC 7538", "https://www.rfc-editor.org/rfc/rfc7538"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Send the same request to Location, and use the new URL from then on.",
			RetryAfter:  true,
		},
		GoConstant: "StatusPermanentRedirect",
		Keywords:   []string{"Resume Incomplete", "moved permanently keep method", "POST redirect", "API endpoint moved", "308 not supported"},
	},
}
