package data

var codes406to418 = []Code{
	{
		Number:  406,
		Name:    "Not Acceptable",
		Status:  Permanent,
		Summary: "None of the representations the server has matches the Accept headers of the request, and the server chose not to send a default instead.",
		Explanation: `With proactive content negotiation the client says what it can use: media types in Accept, languages in Accept-Language, codings in Accept-Encoding. The server picks the best fit among the variants it has. A 406 means nothing fitted, and the server chose to refuse rather than send something the client did not ask for.

RFC 9110 leaves that choice to the server: it may honour the header with a 406, or ignore it and answer as if no negotiation took place. General-purpose web servers mostly do the latter, so in practice 406 comes from API frameworks that take Accept literally (asking a JSON-only endpoint for application/xml), from Apache's negotiation module when no variant matches, and from some web application firewalls that are configured to reject blocked requests with this code.

The server should include content listing the representations it does have, so a person or program can choose one. A 406 is not cacheable by default. Sending the same request again gives the same answer; change the Accept headers first. Retry-After has no meaning here.`,
		Causes: []string{
			"The client asks for a media type the endpoint cannot produce, for example `Accept: application/xml` on a JSON-only API, or a versioned vendor type such as `application/vnd.example.v3+json` that the server does not know.",
			"An HTTP library or a proxy sets a narrow Accept header by default, so the request asks for less than the caller intended.",
			"Spring MVC finds no message converter able to write the handler's return value in the requested type (`HttpMediaTypeNotAcceptableException`), often because Jackson is missing from the classpath or the mapping's `produces` excludes the type.",
			"Apache with MultiViews or a type map has no variant in any language or type the client listed, and no fallback is configured.",
			"A ModSecurity rule set on shared hosting is set up to deny suspicious requests with status 406 rather than 403.",
		},
		Fixes: []string{
			"Client: send an Accept header the endpoint supports, or add a low-priority wildcard as a fallback: `Accept: application/json, */*;q=0.1`.",
			"Client: look at the headers actually sent (`curl -v`, the browser's network tab) before blaming the server; defaults set by libraries and proxies are a frequent surprise.",
			"Server: in Spring, check the `produces` attribute of the mapping and that a converter for the type is registered; return the list of supported types in the 406 body.",
			"Server: in Apache, set `LanguagePriority` together with `ForceLanguagePriority Prefer Fallback` so a default variant is served instead of a 406.",
			"Operator: if a WAF sent the 406, find the rule id in its audit log (ModSecurity writes to the file set by `SecAuditLog`) and tune or exclude that rule.",
		},
		Headers: []Header{
			{"Accept", "The request field the server could not satisfy; compare it with the types the endpoint produces."},
			{"Accept-Language", "Strict language negotiation (Apache MultiViews) can fail on this field too, as can Accept-Encoding."},
			{"Vary", "A negotiated response should list the request fields it depends on, so caches do not hand one client's variant to another."},
		},
		Example: `HTTP/1.1 406 Not Acceptable
Date: Tue, 10 Mar 2026 09:41:07 GMT
Content-Type: application/problem+json
Vary: Accept
Content-Length: 184

{
  "type": "about:blank",
  "title": "Not Acceptable",
  "status": 406,
  "detail": "This endpoint produces application/json and text/csv; the request accepts only application/xml."
}`,
		Related:    []int{415, 300, 400},
		Confusions: []Confusion{{415, "415 rejects the format of what the client sent (Content-Type); 406 rejects the formats the client is willing to receive (Accept)."}, {300, "300 offers the client a list of variants to choose from; 406 says none of the variants is acceptable to it."}},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.7", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7"},
			{"RFC 9110, Section 12 (Content Negotiation)", "https://www.rfc-editor.org/rfc/rfc9110#section-12"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after changing the Accept headers; the same request gets the same refusal.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNotAcceptable",
		Keywords:   []string{"content negotiation", "could not find acceptable representation", "produces", "MultiViews", "mod_security", "wrong response format"},
	},
	{
		Number:  407,
		Name:    "Proxy Authentication Required",
		Status:  Permanent,
		Summary: "A proxy between the client and the destination wants credentials before it forwards the request; Proxy-Authenticate says which scheme to use.",
		Explanation: `This is 401 for proxies. The party asking for credentials is not the origin server but a proxy on the way to it, typically a corporate forward proxy. It must send a Proxy-Authenticate header with at least one challenge (Basic, Digest, NTLM, Negotiate), and the client answers by repeating the request with a Proxy-Authorization header.

For HTTPS through a proxy, the 407 answers the CONNECT request that would open the tunnel, so it arrives before any TLS handshake with the destination and the destination never sees the attempt. Proxy-Authorization is meant for the proxy that asked: in a chain, the first proxy expecting credentials consumes it, and only passes it on if the proxies are set up to authenticate together.

A 407 is not cacheable by default and carries content, usually the proxy's own error page. Repeating the request without credentials, or with the same wrong ones, returns another 407. Retry-After does not apply.`,
		Causes: []string{
			"A tool (npm, pip, git, Docker, curl, a JVM) is pointed at an authenticating proxy through `HTTPS_PROXY` or its own settings but has no proxy credentials configured.",
			"The credentials are wrong or expired, for example after a domain password change that was not copied into the proxy URL or the tool's config.",
			"The proxy only offers NTLM or Negotiate (Kerberos) and the client only speaks Basic, so its answer is never accepted.",
			"The password contains characters such as `@`, `:` or `#` that were not percent-encoded in the proxy URL, so the user name or password is cut short.",
			"Traffic goes to a proxy nobody meant to use: a stale `HTTP_PROXY` variable, a system-wide setting, or a PAC file that no longer matches the network.",
		},
		Fixes: []string{
			"Client: put the credentials in the proxy URL with reserved characters percent-encoded: `HTTPS_PROXY=http://alice:p%40ssw0rd@proxy.example.com:3128`.",
			"Client: read the challenge with `curl -v -x http://proxy.example.com:3128 https://example.org`, then use the matching option: `--proxy-user` with `--proxy-basic`, `--proxy-ntlm` or `--proxy-negotiate`.",
			"Client: for tools that cannot do NTLM or Kerberos, run a local authenticating relay such as Cntlm or px and point the tool at it without credentials.",
			"Client: if the destination should be reached directly, list it in `NO_PROXY` rather than authenticating to a proxy you do not need.",
			"Operator: in Squid, look for `TCP_DENIED/407` in access.log and check the `auth_param` and `http_access` rules; let service accounts or update hosts that cannot authenticate through by address.",
		},
		Headers: []Header{
			{"Proxy-Authenticate", "Required with 407: the challenge naming the scheme and realm the proxy accepts."},
			{"Proxy-Authorization", "Sent by the client on the retry, carrying credentials for that scheme."},
			{"Via", "Names the proxies on the path, which helps when several could be the one asking."},
		},
		Example: `HTTP/1.1 407 Proxy Authentication Required
Server: squid/6.10
Date: Tue, 10 Mar 2026 08:02:51 GMT
Content-Type: text/html;charset=utf-8
Content-Length: 181
Proxy-Authenticate: Basic realm="Squid proxy-caching web server"
X-Squid-Error: ERR_CACHE_ACCESS_DENIED 0
Connection: keep-alive

<html>
<head><title>Cache Access Denied</title></head>
<body>
<h1>Cache Access Denied</h1>
<p>Sign in to the proxy before requesting https://registry.npmjs.org/.</p>
</body>
</html>`,
		Related: []int{401, 403, 511},
		Confusions: []Confusion{
			{401, "401 comes from the origin server and uses WWW-Authenticate and Authorization; 407 comes from a proxy and uses Proxy-Authenticate and Proxy-Authorization."},
			{511, "511 is a captive portal asking you to log in to the network through a web page; 407 is an HTTP authentication challenge from a proxy."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.8", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8"},
			{"RFC 9110, Section 11.7.1 (Proxy-Authenticate)", "https://www.rfc-editor.org/rfc/rfc9110#section-11.7.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, once the request carries valid Proxy-Authorization credentials for a scheme the proxy offered.",
			RetryAfter:  false,
		},
		GoConstant: "StatusProxyAuthRequired",
		Keywords:   []string{"corporate proxy", "CONNECT tunnel failed, response 407", "Received HTTP code 407 from proxy after CONNECT", "Cache Access Denied", "NTLM", "proxy credentials"},
	},
	{
		Number: 408,
		Name:   "Request Timeout",
		// RFC 2616's status code list (Section 6.1.1) spells it so, and nginx still does.
		FormerNames: []string{"Request Time-out"},
		Status:      Permanent,
		Summary:     "The server stopped waiting for the client to finish sending its request and is closing the connection.",
		Explanation: `The timeout is on the receiving side of the server. It had a connection open, and the request line, the headers or the body did not arrive in full within the time it was prepared to wait. Nothing was processed.

Many 408s in access logs are harmless. Browsers open spare connections in advance in case they need them, and when the server's timer fires on one that never carried a request it logs a 408 with an empty request line (Apache writes "-" 408). The ones worth a look come with a real request line: uploads on slow networks, clients that announce a Content-Length and then send fewer bytes, or slow-sending attacks that hold connections open.

Because the server cannot tell where the unfinished request ends, it should send Connection: close and close the connection. The response may carry content, is not cacheable by default, and Retry-After is not defined for it. A client that still had a request in flight may send it again on a new connection.`,
		Causes: []string{
			"A browser opened a connection in advance (preconnect) and never used it; the server's header timeout fired and logged a 408 with no request.",
			"An upload over a slow or lossy network stalled between reads for longer than the body timeout (nginx `client_body_timeout`, 60 s by default, counts the gap between two reads).",
			"The client declared a `Content-Length` larger than the body it actually sent, so the server waited for bytes that never came.",
			"The server's limits are too tight for the traffic: Apache `RequestReadTimeout` (mod_reqtimeout), nginx `client_header_timeout`, Node.js `server.requestTimeout` (300 s by default since Node 18), HAProxy `timeout http-request`.",
			"A slowloris-style client trickles headers to tie up connections.",
		},
		Fixes: []string{
			"Operator: split 408s with an empty request line (idle preconnects, safe to ignore or filter out of alerts) from those with a real request line.",
			"Server: raise the body timeout on upload endpoints only (`client_body_timeout 120s;` in that nginx location, `RequestReadTimeout body=20,MinRate=500` in Apache, `server.requestTimeout` in Node.js).",
			"Client: let the HTTP library compute `Content-Length` instead of setting it by hand, so it always matches the bytes sent.",
			"Client: retry on a fresh connection; for large files on poor networks, use resumable or chunked uploads so one stall does not lose the whole transfer.",
			"Operator: keep the timeouts of a proxy or load balancer in front consistent with the server's, so the layer you expect is the one that gives up.",
		},
		Headers: []Header{
			{"Connection", "The server should send `close`, since it cannot reuse a connection in the middle of an unfinished request."},
			{"Content-Length", "On the request: if it promises more bytes than the client sends, the server waits until it times out."},
		},
		Example: `HTTP/1.1 408 Request Timeout
Date: Tue, 10 Mar 2026 11:27:03 GMT
Server: Apache
Connection: close
Content-Type: text/html; charset=iso-8859-1

<!DOCTYPE html>
<html>
<head><title>408 Request Timeout</title></head>
<body>
<h1>Request Timeout</h1>
<p>The request was not received in full in time; the connection will be closed.</p>
</body>
</html>`,
		Related: []int{504, 499, 400, 413},
		Confusions: []Confusion{
			{504, "504 is a proxy that waited too long for the upstream's response; 408 is a server that waited too long for the client's request."},
			{499, "nginx logs 499 when the client gives up waiting for the response; 408 is the server giving up waiting for the request."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.9", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, on a new connection; the request was never processed, so repeating it is safe.",
			RetryAfter:  false,
		},
		GoConstant: "StatusRequestTimeout",
		Keywords:   []string{"slow upload", "idle connection", "client timed out", "keep-alive timeout", "empty request line", "request time-out"},
	},
	{
		Number:  409,
		Name:    "Conflict",
		Status:  Permanent,
		Summary: "The request clashes with the current state of the resource, such as an edit based on an old version or creating something that already exists.",
		Explanation: `The request is well formed and permitted, but carrying it out would contradict the state the resource is in right now. RFC 9110 intends 409 for conflicts the user can plausibly resolve and then resubmit, and asks the server to describe the conflict in the content so the client can see what went wrong.

Typical sources: an update built on a version someone else has since changed (optimistic locking), a create that collides with an existing name or key, a state change that is not allowed from the current state (cancelling an order that has shipped), and WebDAV requests whose parent collection does not exist. Kubernetes, Docker, S3 and many REST APIs use it in exactly these ways.

A 409 is not cacheable by default. Sending the identical request again normally meets the same conflict: fetch the current state, merge or rename, and resend. Retry-After does not apply, though a conflict caused by a concurrent operation that is still running can clear up on a later attempt.`,
		Causes: []string{
			"Two clients edited the same resource; the second update was based on a stale version and would silently overwrite the first (a lost update).",
			"A create request uses a name, e-mail address or key that must be unique and is already taken, for example S3 `BucketAlreadyExists` or Docker's `Conflict. The container name \"/web\" is already in use`.",
			"Kubernetes rejected an update whose `resourceVersion` is out of date: `Operation cannot be fulfilled on deployments.apps \"web\": the object has been modified; please apply your changes to the latest version and try again`.",
			"The requested transition is invalid from the current state: deleting a non-empty bucket (`BucketNotEmpty`), cancelling an order that has already shipped, refunding a payment twice.",
			"WebDAV `MKCOL` or `PUT` targets a path whose parent collection does not exist yet.",
		},
		Fixes: []string{
			"Client: re-read the resource, apply your change on top of the current version and send it again, ideally with `If-Match` and the fresh ETag so the server can check it.",
			"Client: treat a 409 on create as \"already exists\": look up the existing resource, or make the create idempotent with a client-chosen key.",
			"Client: in Kubernetes controllers wrap updates in `retry.RetryOnConflict` (client-go), or use server-side apply so field ownership replaces whole-object overwrites.",
			"Server: say in the body which field or version conflicted and what the current value is, and return the current `ETag` so the client can recover without guessing.",
			"Server: when the client sent `If-Match` or `If-Unmodified-Since` and it failed, answer 412 instead; keep 409 for conflicts found without a precondition.",
		},
		Headers: []Header{
			{"ETag", "Lets the client know the current version it has to build on; send it back in If-Match on the retry."},
			{"Content-Type", "Usually application/problem+json or similar, describing which part of the state conflicts."},
		},
		Example: `HTTP/1.1 409 Conflict
Date: Tue, 10 Mar 2026 14:05:19 GMT
Content-Type: application/problem+json
ETag: "order-8812-v7"
Content-Length: 227

{
  "type": "https://api.example.com/problems/version-conflict",
  "title": "Version conflict",
  "status": 409,
  "detail": "Order 8812 was changed by another user; your update was based on version 6.",
  "currentVersion": 7
}`,
		Related: []int{412, 422, 423, 428},
		Confusions: []Confusion{
			{412, "412 means a condition the client stated in If-Match or If-Unmodified-Since was false; 409 reports a clash the server found on its own."},
			{422, "422 says the content is invalid in itself; 409 says it is valid but collides with the resource's current state."},
			{423, "423 (WebDAV) means the resource is locked against changes; 409 means the change contradicts its state."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.10", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10"},
			{"RFC 4918, Section 9.3.1 (MKCOL status codes)", "https://www.rfc-editor.org/rfc/rfc4918#section-9.3.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged: resolve the conflict (re-read, merge, rename) and send a new request.",
			RetryAfter:  false,
		},
		GoConstant: "StatusConflict",
		Keywords:   []string{"already exists", "duplicate", "optimistic locking", "concurrent modification", "object has been modified", "race condition"},
	},
	{
		Number:  410,
		Name:    "Gone",
		Status:  Permanent,
		Summary: "The resource was removed on purpose and is not coming back, and the server has no new address to send the client to.",
		Explanation: `410 is a deliberate statement where 404 is a shrug. It tells the client that something used to live at this URL, that it has been taken away intentionally, and that the server expects the situation to be permanent. RFC 9110 describes it as a maintenance aid: whoever links to the URL should remove the link. A server that does not know whether the removal is permanent should send 404 instead, and it is not obliged to remember removed resources forever.

It fits deleted posts and accounts, ended campaigns, expired one-time links, and API versions retired after an announced date. If the content moved, a redirect (301 or 308) is the right answer, not 410.

A 410 is heuristically cacheable: browsers, proxies and CDNs may keep it without explicit freshness information, so a resource that is later restored can stay gone for some clients until caches expire. The response carries content explaining the removal. Clients should not retry or poll, and Retry-After has no meaning.`,
		Causes: []string{
			"The owner or a moderator deleted the content, and the application reports deleted records as 410.",
			"An API version was switched off after its sunset date and every old route now answers 410.",
			"A time-limited resource expired: a signed download link, a password-reset or invitation link that was already used.",
			"A server rule sends 410 for removed paths (nginx `return 410;`, Apache `Redirect gone /old/`), and a pattern that is too broad also catches URLs that still exist.",
		},
		Fixes: []string{
			"Client: stop requesting the URL, remove it from bookmarks, sitemaps and links, and move to the replacement named in the body or the API's documentation.",
			"Server: if the content moved rather than disappeared, redirect with 301 or 308 and a `Location` header instead of 410.",
			"Server: if the removal might be undone or you cannot tell, answer 404 (or 503 for a temporary outage) rather than 410.",
			"Operator: after restoring a resource, purge it from the CDN and reverse-proxy caches, and give 410s an explicit `Cache-Control: max-age=...` so stale ones expire predictably.",
			"Server: announce planned removals ahead of time with a `Sunset` header and documentation, then switch the route to 410 on that date.",
		},
		Headers: []Header{
			{"Cache-Control", "410 is cacheable by default; set an explicit lifetime so a mistaken or reverted removal does not linger in caches."},
			{"Sunset", "RFC 8594 header announcing, before the removal, the date after which the URL is likely to stop responding."},
		},
		Example: `HTTP/1.1 410 Gone
Date: Tue, 10 Mar 2026 16:48:30 GMT
Content-Type: application/problem+json
Cache-Control: max-age=86400
Content-Length: 204

{
  "type": "https://api.example.com/problems/version-retired",
  "title": "API version retired",
  "status": 410,
  "detail": "API v1 was switched off on 1 March 2026. Use https://api.example.com/v2/."
}`,
		Related: []int{404, 301, 308, 451},
		Confusions: []Confusion{
			{404, "404 only says nothing is here now, possibly for a while; 410 says something was here and was removed for good."},
			{301, "301 removes a resource from its old URL and points to the new one; 410 removes it with no replacement address."},
			{451, "451 withholds a resource for legal reasons, which may change; 410 reports a deliberate, permanent removal."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.11", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "No; the server says the removal is permanent, so stop requesting the URL.",
			RetryAfter:  false,
		},
		GoConstant: "StatusGone",
		Keywords:   []string{"deleted", "permanently removed", "no longer available", "deprecated API", "deindex", "expired link"},
	},
	{
		Number:  411,
		Name:    "Length Required",
		Status:  Permanent,
		Summary: "The server refuses a request that does not state its body length in a Content-Length header.",
		Explanation: `In HTTP/1.1 a request body is framed either by Content-Length or by chunked Transfer-Encoding. A server answering 411 insists on the first: it wants to know the size before it reads anything, to apply size limits up front or because its storage needs the length in advance. HTTP/2 and HTTP/3 frame bodies themselves, but a server behind them can still demand the header.

The usual trigger is not a big upload but an empty one: a POST or PUT sent with no body and no Content-Length at all. The other common case is a streamed body of unknown length, sent chunked to a server or proxy that does not accept chunked requests; Amazon S3's PutObject, for example, answers MissingContentLength with 411.

The client may repeat the request once it adds a valid Content-Length. The response carries content, is not cacheable by default, and Retry-After does not apply.`,
		Causes: []string{
			"A POST or PUT with an empty body is sent without any `Content-Length` header (for example `curl -X POST` with no data), and the server or a front end requires one.",
			"The body is streamed from a pipe or a generator, so the library sends `Transfer-Encoding: chunked` instead of a length.",
			"An object store needs the size before accepting data: S3 `PutObject` returns `MissingContentLength` for a single upload of unknown length.",
			"A proxy or load balancer in the path rewrote the request, dropping `Content-Length` or converting the body to chunked.",
		},
		Fixes: []string{
			"Client: for an empty body send `Content-Length: 0` explicitly (with curl, `-d ''` or `-H 'Content-Length: 0'`).",
			"Client: give the library something with a known size (a file or a buffer rather than a stream) so it can set `Content-Length` itself.",
			"Client: for S3 and similar stores, upload data of unknown size with multipart upload (the SDKs' upload managers do this) instead of a single PutObject.",
			"Server: accept chunked request bodies where the software allows it, and enforce size limits while reading instead of demanding the length first.",
			"Operator: compare the request as the client sent it with what reaches the server (`curl -v` on both sides of the proxy) to find a hop that strips the length.",
		},
		Headers: []Header{
			{"Content-Length", "The field the server wants: the exact size of the request body in bytes, 0 for an empty one."},
			{"Transfer-Encoding", "If the request was sent `chunked`, that is usually why the server had no length."},
		},
		Example: `HTTP/1.1 411 Length Required
Date: Tue, 10 Mar 2026 10:15:42 GMT
Content-Type: text/html; charset=UTF-8
Connection: close

<!DOCTYPE html>
<html>
<head><title>411 Length Required</title></head>
<body>
<h1>Length Required</h1>
<p>POST requests to this server must include a Content-Length header.</p>
</body>
</html>`,
		Related: []int{400, 413, 417},
		Confusions: []Confusion{
			{413, "413 says the body's size is too big; 411 says the size was not stated at all."},
			{400, "400 covers malformed requests in general, including invalid Content-Length values; 411 is specifically a missing length."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.12", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12"},
			{"RFC 9110, Section 8.6 (Content-Length)", "https://www.rfc-editor.org/rfc/rfc9110#section-8.6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, after adding a valid Content-Length header to the request.",
			RetryAfter:  false,
		},
		GoConstant: "StatusLengthRequired",
		Keywords:   []string{"missing content length", "chunked upload", "MissingContentLength", "empty POST", "streaming upload", "Content-Length header required"},
	},
	{
		Number:  412,
		Name:    "Precondition Failed",
		Status:  Permanent,
		Summary: "A condition the client put in its request headers, such as If-Match or If-Unmodified-Since, was false on the server, so nothing was changed.",
		Explanation: `Conditional requests let a client say "only do this if the resource is still as I last saw it". The server evaluates the preconditions before performing the method; when one of them is false it does nothing and answers 412. The classic use is preventing lost updates: read a resource, remember its ETag, then send the change with If-Match so it fails if someone else got there first. If-None-Match: * works the other way round and creates a resource only if none exists yet.

For GET and HEAD a failed If-None-Match or If-Modified-Since is good news and yields 304 Not Modified, not 412. 412 is what state-changing methods get, and what any method gets when If-Match or If-Unmodified-Since fails. WebDAV adds its own cases: a lock token in the If header that does not match, or COPY and MOVE with Overwrite: F when the destination already exists.

A 412 is not cacheable by default. Repeating the request with the same condition fails the same way: fetch the current state and its validator, reconcile, and try again. Retry-After does not apply.`,
		Causes: []string{
			"Another client changed the resource after this client read it, so the ETag in `If-Match` no longer matches (the check did its job); Azure Blob Storage reports this as `ConditionNotMet`.",
			"The client sends an ETag it got from a different representation: servers that compress on the fly often alter the ETag (Apache's mod_deflate appends `-gzip`), and weak validators (`W/\"...\"`) never match under If-Match.",
			"ETags differ between servers behind a load balancer, for example when they are derived from inode numbers, so a validator from one node fails on another.",
			"A create-only request with `If-None-Match: *` finds the object already there; S3 conditional writes answer this with 412 `PreconditionFailed`.",
			"WebDAV `COPY` or `MOVE` with `Overwrite: F` finds the destination already there, or the `If` header names a lock token the server does not hold.",
		},
		Fixes: []string{
			"Client: GET the resource again, take the new `ETag`, reapply your change to the fresh state and resend it with that value in `If-Match`.",
			"Client: send validators back exactly as received, quotes included (`If-Match: \"a1b2c3\"`); never use a weak `W/` ETag with If-Match.",
			"Server: make ETags identical across all nodes (derive them from content or a version column, not inodes; for Apache files, `FileETag MTime Size`).",
			"Server: check that compression or other transformations do not change the ETag the client will send back, or compare validators before transforming.",
			"Client: when you used `If-None-Match: *` to create, treat 412 as \"already exists\" rather than as a failure to retry.",
		},
		Headers: []Header{
			{"If-Match", "The most common source of 412: the ETag the client expects the resource still to have."},
			{"If-Unmodified-Since", "Date-based version of the same check; it fails if the resource changed after that date."},
			{"If-None-Match", "With `*` it means \"only if nothing exists\"; on state-changing methods a match gives 412."},
			{"ETag", "The current validator; the client needs it to retry correctly."},
		},
		Example: `HTTP/1.1 412 Precondition Failed
Date: Tue, 10 Mar 2026 13:22:08 GMT
Content-Type: application/problem+json
ETag: "5f2c-18e1a7"
Content-Length: 171

{
  "type": "about:blank",
  "title": "Precondition Failed",
  "status": 412,
  "detail": "If-Match \"5f2c-18d0c3\" does not match the current version of /documents/42."
}`,
		Related: []int{428, 409, 304},
		Confusions: []Confusion{
			{428, "428 says the request should have carried a precondition and did not; 412 says the precondition it carried was false."},
			{409, "409 is a state conflict the server detected on its own; 412 is a condition the client stated that turned out false."},
			{304, "304 answers a GET whose If-None-Match or If-Modified-Since showed the cached copy is still good; 412 refuses a request whose condition failed."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.13", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13"},
			{"RFC 9110, Section 13 (Conditional Requests)", "https://www.rfc-editor.org/rfc/rfc9110#section-13"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not with the same condition; re-read the resource, reconcile, and send a new request with the fresh validator.",
			RetryAfter:  false,
		},
		GoConstant: "StatusPreconditionFailed",
		Keywords:   []string{"ETag mismatch", "optimistic concurrency", "conditional request", "lost update", "PreconditionFailed", "ConditionNotMet"},
	},
	{
		Number:      413,
		Name:        "Content Too Large",
		FormerNames: []string{"Payload Too Large", "Request Entity Too Large"},
		Status:      Permanent,
		Summary:     "The request body is bigger than the server, or a proxy or CDN in front of it, is willing to accept.",
		Explanation: `A 413 is a size limit on the request content. The limit is often not in the application at all but in whatever sits in front of it: nginx, an ingress controller, a CDN, an API gateway. The server may stop the client from sending the rest, by closing the connection in HTTP/1.1 or by ending the stream in HTTP/2 and HTTP/3, which is why some clients report a connection reset instead of the status.

RFC 2616 called it Request Entity Too Large, RFC 7231 Payload Too Large, and RFC 9110 Content Too Large. Many servers still send an older phrase in their status line and error page (nginx says Request Entity Too Large); the number is what counts.

The response is not cacheable by default and may carry content. Sending the same body again will fail the same way unless it gets smaller or the limit is raised. If the refusal is only temporary, the server should send Retry-After to say when to try again.`,
		Causes: []string{
			"nginx's `client_max_body_size` (1 MB by default) is smaller than the upload; error.log shows `client intended to send too large body: 5242880 bytes`.",
			"The application framework has its own limit: Express `body-parser` defaults to 100 kB (`PayloadTooLargeError: request entity too large`), Spring Boot multipart to 1 MB per file (`MaxUploadSizeExceededException`), Go code wrapping the body in `http.MaxBytesReader` (`http: request body too large`).",
			"A CDN caps uploads by plan: Cloudflare accepts 100 MB on Free and Pro, 200 MB on Business and 500 MB by default on Enterprise.",
			"Apache `LimitRequestBody` (1 GiB by default since 2.4.54) or a Kubernetes ingress setting such as `nginx.ingress.kubernetes.io/proxy-body-size` is lower than expected.",
			"The client sends far more than intended: base64-encoded files inside JSON, a whole dataset in one batch call, or an uncompressed export.",
		},
		Fixes: []string{
			"Operator: find which layer refused the request from the `Server` header and the style of the body (an nginx HTML page, a Cloudflare page, the application's JSON) before changing any limit.",
			"Operator: raise the proxy limit where the upload route is handled, e.g. `client_max_body_size 50m;` in the nginx `location` (then `nginx -s reload`) or the ingress `proxy-body-size` annotation.",
			"Server: raise the framework limit for that route only: `express.json({ limit: '10mb' })`, `spring.servlet.multipart.max-file-size` and `max-request-size`.",
			"Client: send less per request: compress, split batches, use chunked or resumable uploads, or upload straight to object storage with a presigned URL.",
			"Operator: for CDN plan limits, serve the upload endpoint from a hostname that bypasses the CDN proxy, or chunk uploads below the limit.",
		},
		Headers: []Header{
			{"Retry-After", "Sent when the limit is temporary (a quota, a full buffer); tells the client when the same size may be accepted."},
			{"Connection", "Often `close`: the server stops reading the oversized body and drops the connection."},
			{"Expect", "A client that sends `Expect: 100-continue` learns about the 413 before uploading the body at all."},
		},
		Example: `HTTP/1.1 413 Content Too Large
Date: Tue, 10 Mar 2026 15:33:12 GMT
Content-Type: application/problem+json
Connection: close
Content-Length: 168

{
  "type": "about:blank",
  "title": "Content Too Large",
  "status": 413,
  "detail": "Uploads are limited to 10485760 bytes; this request declared 52428800 bytes."
}`,
		Related: []int{414, 431, 411, 507},
		Confusions: []Confusion{
			{414, "414 is about the length of the URL; 413 is about the size of the request body."},
			{431, "431 rejects oversized header fields (often cookies); 413 rejects an oversized body."},
			{507, "507 means the server has run out of storage for the data; 413 means this request is larger than the server will take, however much room it has."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.14", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only with a smaller body, or after the time in Retry-After when the limit is temporary.",
			RetryAfter:  true,
		},
		GoConstant: "StatusRequestEntityTooLarge",
		Keywords:   []string{"upload limit", "file too big", "max upload size", "client_max_body_size", "PayloadTooLargeError", "body size limit"},
	},
	{
		Number: 414,
		Name:   "URI Too Long",
		// "Request-URI Too Large" is the spelling of RFC 2616's status code list (Section 6.1.1).
		FormerNames: []string{"Request-URI Too Long", "Request-URI Too Large"},
		Status:      Permanent,
		Summary:     "The request target, path and query string together, is longer than the server is willing to read.",
		Explanation: `Servers cap the length of the request line to protect their buffers, and a 414 means this one was over the cap. RFC 9110 names the usual reasons: a request that should have been a POST was turned into a GET carrying all its data in the query string, a redirect loop keeps adding to the URL, or a client is probing for overflow bugs. It recommends that software handle URIs of at least 8000 octets.

Each hop has its own limit. nginx answers 414 when the request line does not fit one of its large_client_header_buffers (8 kB each by default), Apache's LimitRequestLine defaults to 8190 bytes, and Cloudflare refuses URLs longer than 32 KB. A URL that passes the CDN can still fail at the origin.

A 414 is heuristically cacheable, so caches may keep it without explicit freshness information. The response carries content. Retrying the same URL is pointless; shorten it or move the data into a request body. Retry-After does not apply.`,
		Causes: []string{
			"A search form or API client sends large data with GET: hundreds of IDs, complex filters, serialized state or base64 content in the query string.",
			"A redirect loop grows the URL on each hop, typically a login redirect that wraps the current URL, already holding a `returnUrl`, inside another `returnUrl`.",
			"Tracking or session parameters get appended again and again by links or middleware.",
			"The origin or an intermediate proxy has a lower limit than the other hops (nginx `large_client_header_buffers`, Apache `LimitRequestLine`).",
			"Scanners and attack tools send oversized URLs on purpose.",
		},
		Fixes: []string{
			"Client: move the data into the body of a POST (for example a search endpoint that takes JSON), or send large ID lists in batches.",
			"Client: store complex state on the server and pass a short reference (a saved-search ID) in the URL instead.",
			"Server: trace the redirect chain with `curl -sIL URL | grep -i location` and fix the rule or login flow that keeps re-encoding the URL.",
			"Operator: if long URLs are legitimate, raise the limits on every hop: `large_client_header_buffers 4 32k;` in nginx, `LimitRequestLine 16384` in Apache, and the matching setting on load balancers.",
		},
		Headers: []Header{
			{"Location", "In the redirects leading up to the 414: watch it grow from hop to hop to spot a loop."},
			{"Cache-Control", "414 is cacheable by default; an explicit value controls how long caches keep it."},
		},
		Example: `HTTP/1.1 414 URI Too Long
Date: Tue, 10 Mar 2026 12:09:55 GMT
Content-Type: text/html; charset=utf-8
Connection: close

<!DOCTYPE html>
<html>
<head><title>414 URI Too Long</title></head>
<body>
<h1>URI Too Long</h1>
<p>The address is longer than this server accepts (8 KB). Send large queries in a POST body.</p>
</body>
</html>`,
		Related: []int{413, 431, 400},
		Confusions: []Confusion{
			{413, "413 is about the size of the request body; 414 is about the length of the URL."},
			{431, "431 rejects oversized header fields; 414 rejects an oversized request target, though both come from the same request-head buffers in many servers."},
			{400, "Some servers and proxies answer an over-long URL with a generic 400 instead of 414."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.15", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15"},
			{"RFC 9110, Section 4.1 (URI length)", "https://www.rfc-editor.org/rfc/rfc9110#section-4.1"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "No, not with the same URL; shorten it or move the data into a request body.",
			RetryAfter:  false,
		},
		GoConstant: "StatusRequestURITooLong",
		Keywords:   []string{"URL too long", "query string too long", "Request-URI Too Large", "large_client_header_buffers", "LimitRequestLine", "redirect loop"},
	},
	{
		Number:  415,
		Name:    "Unsupported Media Type",
		Status:  Permanent,
		Summary: "The server will not process the request body because of its format: its Content-Type or Content-Encoding is not one this endpoint accepts.",
		Explanation: `415 is about what the client sent, not what it wants back. The server looked at the request's Content-Type or Content-Encoding, or at the data itself, and found a format this method on this resource does not handle: form data where JSON was expected, text/plain from a fetch call with no explicit type, a gzip-compressed body the server will not decompress.

RFC 9110 suggests the server say what it would have accepted: an Accept-Encoding header in the response when the content coding was the problem, an Accept header when the media type was. For PATCH, RFC 5789 asks for an Accept-Patch header listing the patch formats the resource supports.

A 415 is not cacheable by default and carries content. Resending the same body with the same headers fails again; fix the Content-Type or the encoding first. Retry-After does not apply.`,
		Causes: []string{
			"The body is JSON but the Content-Type says otherwise: `curl -d` sends `application/x-www-form-urlencoded` by default, and `fetch()` with a string body sends `text/plain;charset=UTF-8`.",
			"The endpoint declares what it consumes and the request does not match: Spring's `consumes` (`HttpMediaTypeNotSupportedException`), ASP.NET Core `[ApiController]` actions with `[FromBody]` receiving form data.",
			"A PATCH uses `application/json` where the server expects `application/merge-patch+json` or `application/json-patch+json`.",
			"The request body is compressed (`Content-Encoding: gzip`) and the server does not decode compressed requests.",
			"A file upload endpoint only accepts certain types (images, PDF) and the file's type, declared or sniffed, is not among them.",
		},
		Fixes: []string{
			"Client: set a Content-Type that matches the body, e.g. `-H 'Content-Type: application/json'` with curl, or `curl --json '{...}'` (curl 7.82 and later) which sets it for you.",
			"Client: read the 415's `Accept`, `Accept-Patch` or `Accept-Encoding` header, if present, and send one of the listed formats.",
			"Client: do not compress request bodies unless the API documents that it accepts them.",
			"Server: return the accepted types in the 415 (`Accept`, or `Accept-Patch` for PATCH) and state in the body what was received, so callers can fix it themselves.",
			"Server: in ASP.NET Core, bind form posts with `[FromForm]`; in Spring, widen `consumes` if the endpoint really handles more types.",
		},
		Headers: []Header{
			{"Content-Type", "On the request: the declared format the server rejected."},
			{"Content-Encoding", "On the request: a coding such as gzip that the server may not decode."},
			{"Accept", "On the 415 response: the media types the server would have accepted."},
			{"Accept-Patch", "RFC 5789: on a 415 to PATCH, lists the supported patch document formats."},
			{"Accept-Encoding", "On the 415 response: the content codings the server would have accepted, if the coding was the problem."},
		},
		Example: `HTTP/1.1 415 Unsupported Media Type
Date: Tue, 10 Mar 2026 17:02:44 GMT
Content-Type: application/problem+json
Accept: application/json
Content-Length: 176

{
  "type": "about:blank",
  "title": "Unsupported Media Type",
  "status": 415,
  "detail": "Received Content-Type application/x-www-form-urlencoded; send application/json."
}`,
		Related: []int{406, 400, 422},
		Confusions: []Confusion{
			{406, "406 is about the format of the response the client will accept (Accept); 415 is about the format of the body the client sent (Content-Type)."},
			{422, "422 means the format is right but the content fails validation; 415 means the format itself is not accepted."},
			{400, "400 covers a body that cannot be parsed at all, such as broken JSON sent with the right type; 415 is a declared type the endpoint does not take."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.16", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16"},
			{"RFC 5789, Section 2.2 (PATCH error handling)", "https://www.rfc-editor.org/rfc/rfc5789#section-2.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after changing the body's format or its Content-Type or Content-Encoding header.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUnsupportedMediaType",
		Keywords:   []string{"wrong content type", "missing Content-Type", "application/json", "x-www-form-urlencoded", "HttpMediaTypeNotSupportedException", "content type not supported"},
	},
	{
		Number:      416,
		Name:        "Range Not Satisfiable",
		FormerNames: []string{"Requested Range Not Satisfiable"},
		Status:      Permanent,
		Summary:     "The byte ranges in the request's Range header fall outside the resource's current size, so no partial content can be sent.",
		Explanation: `A Range request asks for part of a representation (Range: bytes=1000-1999) and normally gets 206 Partial Content. The server answers 416 when none of the requested ranges overlaps the representation as it is now, for instance when the first byte asked for lies beyond the end or the file is empty, or when the client asked for so many small or overlapping ranges that the server refuses to serve them.

The server should send Content-Range: bytes */N, where N is the current length, so the client can see how big the resource actually is. The usual story behind a 416 is a resumed download: the file was already complete, or it was replaced by a shorter version since the first part was fetched. An If-Range header with the original ETag avoids that trap, because a changed file then comes back whole with 200.

Servers are free to ignore Range and send the full representation with 200, so clients cannot count on getting a 416. The response is not cacheable by default and may carry content. Repeating the same range fails again; Retry-After does not apply.`,
		Causes: []string{
			"A download is resumed (`Range: bytes=N-`) when the local copy is already complete, so N equals the file size; `curl -C -` and `wget -c` both do this on a finished file.",
			"The file on the server was replaced by a smaller one since the partial download began.",
			"An off-by-one error in the client: byte ranges are inclusive, so the last valid position is the length minus one.",
			"The object is empty, or a media player seeks past the end of a file whose length it guessed wrongly; S3 answers these with `InvalidRange`.",
			"A cache or CDN holds an older, different-sized copy than the origin, so ranges computed from one do not fit the other.",
		},
		Fixes: []string{
			"Client: read `Content-Range: bytes */N` and compare N with the local partial file; if the local file is as large or larger, it is complete or stale, so verify it or start over.",
			"Client: send `If-Range` with the ETag from the first response when resuming, so a changed file comes back complete with 200 instead of failing or corrupting.",
			"Client: compute ranges as inclusive (`bytes=0-1023` is the first 1024 bytes) and drop the Range header for empty files.",
			"Operator: purge the object from the CDN or proxy cache when the origin file changes size, and check that the origin's reported length matches the file on disk.",
		},
		Headers: []Header{
			{"Content-Range", "On a 416 the server should send `bytes */N`, giving the current length of the representation."},
			{"Range", "The request field that asked for the unsatisfiable ranges."},
			{"If-Range", "Makes a range request conditional on a validator, so a changed resource is sent in full instead."},
			{"Accept-Ranges", "`bytes` on earlier responses tells clients the server supports range requests at all."},
		},
		Example: `HTTP/1.1 416 Range Not Satisfiable
Date: Tue, 10 Mar 2026 07:55:21 GMT
Content-Range: bytes */1048576
Content-Type: text/plain; charset=utf-8
Content-Length: 80

Requested range bytes=2097152- starts after the end of the file (1048576 bytes).`,
		Related: []int{206, 200, 412},
		Confusions: []Confusion{
			{206, "206 is the success answer to a range request; 416 means none of the requested ranges could be served."},
			{200, "A server may ignore Range and answer 200 with the whole representation; 416 means it honoured the header and found the ranges impossible."},
			{412, "412 means a precondition such as If-Match failed; a failed If-Range does not give an error but a full 200 response."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.17", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17"},
			{"RFC 9110, Section 14.4 (Content-Range)", "https://www.rfc-editor.org/rfc/rfc9110#section-14.4"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not with the same range; use the length in Content-Range to fix the request, or drop the Range header.",
			RetryAfter:  false,
		},
		GoConstant: "StatusRequestedRangeNotSatisfiable",
		Keywords:   []string{"resume download", "partial download", "byte range", "InvalidRange", "seek past end", "download already complete"},
	},
	{
		Number:  417,
		Name:    "Expectation Failed",
		Status:  Permanent,
		Summary: "A server or proxy on the path cannot meet the expectation in the request's Expect header, almost always Expect: 100-continue.",
		Explanation: `The Expect header lets a client ask for a behaviour before the exchange goes on. The only expectation HTTP defines is 100-continue: the client sends the headers of a large upload, waits for a 100 Continue, and only then sends the body, so it does not push megabytes at a server that was going to refuse. A 417 says that some server in the chain, not necessarily the origin, cannot honour the expectation.

RFC 9110 allows a server to answer any expectation other than 100-continue with 417; Go's net/http server does exactly that. In practice most 417s in the wild come from old HTTP/1.0-era proxies and servers that did not understand 100-continue either, which is why Squid 2.7 had an ignore_expect_100 option and why clients learned to drop the header.

A client that gets 417 after sending Expect: 100-continue should repeat the request without the expectation: the code only means the path does not support it. The response is not cacheable by default, may carry content, and Retry-After does not apply.`,
		Causes: []string{
			"curl adds `Expect: 100-continue` by itself to larger POST and PUT uploads, and a hop on the way rejects it.",
			".NET Framework's HttpWebRequest sends `Expect: 100-continue` on POST by default (`ServicePointManager.Expect100Continue` is true), which older proxies refuse.",
			"An HTTP/1.0 proxy or an old web server in the path does not understand expectations at all.",
			"The client sends an expectation other than `100-continue` (a custom or misspelled value), which servers such as Go's net/http reject with 417.",
		},
		Fixes: []string{
			"Client: resend the request without the header; with curl, `-H 'Expect:'` removes it.",
			"Client: in .NET set `ServicePointManager.Expect100Continue = false` (HttpWebRequest) or `client.DefaultRequestHeaders.ExpectContinue = false` (HttpClient).",
			"Client: handle 417 automatically by repeating the request once without `Expect`, as RFC 9110 recommends.",
			"Operator: upgrade or reconfigure the proxy so it forwards `Expect: 100-continue` or answers it correctly; check the `Via` header or the proxy's logs to find the hop that sent 417.",
			"Server: answer `100-continue` with 100 Continue or a final status, and keep 417 for expectations you genuinely do not understand.",
		},
		Headers: []Header{
			{"Expect", "The request field the server could not satisfy; normally `100-continue`."},
			{"Via", "Lists the proxies on the path and helps identify which one refused the expectation."},
		},
		Example: `HTTP/1.1 417 Expectation Failed
Date: Tue, 10 Mar 2026 18:30:02 GMT
Content-Type: text/plain; charset=utf-8
Connection: close

Unsupported expectation "100-continu"; resend the request without the Expect header.`,
		Related: []int{100, 400, 413},
		Confusions: []Confusion{
			{100, "100 Continue is the success path of the same mechanism: the server is ready for the body; 417 says the expectation cannot be met at all."},
			{412, "412 concerns the conditional If-* headers; 417 concerns the Expect header."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.18", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18"},
			{"RFC 9110, Section 10.1.1 (Expect)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, straight away, without the Expect header.",
			RetryAfter:  false,
		},
		GoConstant: "StatusExpectationFailed",
		Keywords:   []string{"100-continue", "Expect100Continue", "ignore_expect_100", "curl Expect header", "HTTP/1.0 proxy", "upload fails through proxy"},
	},
	{
		Number:       418,
		Name:         "I'm a teapot",
		RegistryName: "(Unused)",
		Status:       Unused,
		Summary:      "A joke from the 1998 April Fools' coffee-pot protocol, in which a teapot refuses to brew coffee; HTTP reserves the number but gives it no meaning.",
		Explanation: `RFC 2324, published on 1 April 1998, defined the Hyper Text Coffee Pot Control Protocol (HTCPCP) to poke fun at the ways HTTP was being stretched. In it, a teapot asked to brew coffee answers "418 I'm a teapot". RFC 7168 (2014) extended the joke to tea. Neither document is part of HTTP.

The joke spread anyway: many frameworks and libraries know the code (Go's net/http has StatusTeapot), and sites serve it as an easter egg. When a 2017 proposal to remove it from libraries met strong resistance, the HTTP working group chose to reserve it instead. RFC 9110 Section 15.5.19 records that 418 cannot be assigned to anything else while it is so widely deployed as a joke, and the IANA registry lists it as "(Unused)". It could be reassigned only if the 4xx range ever ran out.

In real traffic you meet it in easter eggs, test servers, and on sites that use it to turn away bots and scrapers. Treat it like any other 4xx: it is not cacheable by default, it may carry content (RFC 2324 says it may be short and stout), repeating the request will not change the answer, and Retry-After means nothing here.`,
		Causes: []string{
			"An easter egg endpoint answers it on purpose (a /teapot page, an April Fools' feature).",
			"A site or bot-protection layer uses 418 to turn away requests that look automated, such as clients without a browser User-Agent or with a scraper's request pattern.",
			"A test or mock server was asked for it, for example httpbin's `/status/418`.",
			"Application code uses 418 as a placeholder or joke for a real error, and the placeholder shipped.",
		},
		Fixes: []string{
			"Client: if you are scraping or automating, read the site's terms and use its API; a 418 from a bot filter will not go away by retrying.",
			"Client: in tests, 418 is usually the expected answer; assert on it rather than treating it as a failure.",
			"Server: do not send 418 for real errors; pick a registered code (403 for refused clients, 429 for rate limits, 501 for unimplemented features).",
			"Server: search the codebase for `StatusTeapot` or `418` left over from experiments before a release.",
		},
		Headers: []Header{
			{"Content-Type", "RFC 2324 has coffee-pot commands sent as `message/coffeepot`; real 418 responses carry whatever the joke page or bot filter returns."},
			{"User-Agent", "On the request: bot filters that answer 418 often decide based on it."},
		},
		Example: `HTTP/1.1 418 I'm a teapot
Date: Wed, 01 Apr 2026 09:00:00 GMT
Content-Type: text/plain; charset=utf-8
Content-Length: 65

I'm a teapot: short and stout, and no coffee will be brewed here.`,
		Related: []int{403, 429, 501},
		Confusions: []Confusion{
			{403, "403 is the registered way to refuse a client; 418 is a reserved joke code with no defined meaning."},
			{429, "429 is the standard answer to a client sending too many requests; some sites send 418 to bots instead, but it tells the client nothing precise."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.19", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19"},
			{"RFC 2324, Section 2.3.2", "https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2"},
			{"RFC 7168 (HTCPCP-TEA)", "https://www.rfc-editor.org/rfc/rfc7168"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No; the answer will not change, and the code carries no defined meaning to act on.",
			RetryAfter:  false,
		},
		GoConstant: "StatusTeapot",
		Keywords:   []string{"teapot", "HTCPCP", "coffee pot", "April Fools", "easter egg", "bot blocked"},
	},
}
