package data

// codes2xx are the successful codes: the request was received, understood
// and accepted.
var codes2xx = []Code{
	{
		Number:  200,
		Name:    "OK",
		Status:  Permanent,
		Summary: "The request succeeded; the content is its result, which for a GET is the requested resource itself.",
		Explanation: `200 is the general-purpose success code, and what its content means depends on the method. For GET it is a representation of the target resource; for HEAD it is the same header fields with no body; for POST it is usually the outcome of the action or the state of the thing acted on; for PUT, PATCH and DELETE it describes the result; for OPTIONS it lists what the resource supports. A server that succeeds and has nothing to send should prefer 204.

A 200 is heuristically cacheable: a browser or shared cache may store it and reuse it even when the response carries no Cache-Control or Expires, guessing a freshness lifetime itself (often a fraction of the time since Last-Modified). Responses that are personal or change on every request therefore need explicit Cache-Control.

200 only reports success at the HTTP level. Plenty of things that are not the page you wanted also arrive as 200: a login page after a session expired, a single-page app's index.html served for any unknown path, a captive portal, or an API that puts its errors in the body (GraphQL does this by design). When the content looks wrong, check the Content-Type and body, not just the status.`,
		Causes: []string{
			"The request worked and the server returned the result.",
			"A single-page app fallback (nginx `try_files $uri /index.html;`) answers every unknown path, including missing API routes and assets, with index.html and 200.",
			"An API reports failure inside a 200 body, as GraphQL does with its `errors` array.",
			"A CDN or browser reused a stored 200 that had no `Cache-Control`, so a stale or even another user's response was served.",
			"A captive portal, expired session or corporate proxy returned its own HTML page with 200 instead of the resource.",
		},
		Fixes: []string{
			"Client: check `Content-Type` and parse defensively; HTML arriving where JSON was expected usually means a login page or an SPA fallback.",
			"Client: for GraphQL and similar APIs, check the `errors` field even when the status is 200.",
			"Server: return real error codes (404 for missing routes, 401 or 403 for authentication) and keep the SPA fallback away from `/api/` and static asset paths.",
			"Server: send `Cache-Control: private, no-store` or a deliberate `max-age` on personal or fast-changing responses so no shared cache keeps them.",
			"Operator: if a dynamic page is served stale, look for `Age` and a cache HIT header on the response, fix the CDN cache rule and purge the stored copy.",
		},
		Headers: []Header{
			{"Content-Type", "Says what the content is; the first thing to check when a 200 looks wrong."},
			{"Cache-Control", "Without it a 200 may be cached heuristically; set it on every dynamic response."},
			{"ETag", "Validator that lets the client revalidate later with If-None-Match and get a 304."},
			{"Last-Modified", "Second validator; also the basis caches use for heuristic freshness."},
		},
		Example: `HTTP/1.1 200 OK
Date: Tue, 24 Nov 2026 03:18:09 GMT
Content-Type: application/json
Content-Length: 89
Cache-Control: private, no-cache
ETag: "u4182-v17"

{"id": 4182, "name": "Ada Lovelace", "plan": "pro", "updated_at": "2026-11-20T14:02:51Z"}`,
		Related: []int{201, 204, 206, 304},
		Confusions: []Confusion{
			{204, "204 reports success with nothing to send; 200 carries content."},
			{201, "For a request that created a resource, 201 with Location says so explicitly; 200 only says the request worked."},
			{304, "304 answers a conditional request and tells the client to reuse its cached copy; 200 sends the content again."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.1", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Nothing to retry; repeating a safe request such as GET is harmless, repeating a POST may repeat its effect.",
			RetryAfter:  false,
		},
		GoConstant: "StatusOK",
		Keywords:   []string{"success", "HTTP 200", "status 200 but error", "soft 404", "request succeeded", "ok response"},
	},
	{
		Number:  201,
		Name:    "Created",
		Status:  Permanent,
		Summary: "The request succeeded and created one or more new resources; the Location header points at the main one.",
		Explanation: `201 is the answer to a request that brought something new into existence: typically a POST to a collection (/orders) or a PUT to a URL where nothing existed yet. RFC 9110 requires a 201 in that PUT case. The new resource is identified by the Location header, or by the request's own URL when there is no Location; the content usually describes the new resource or links to it.

Validator fields such as ETag and Last-Modified in a 201 describe the newly created resource, so a client can later update it conditionally with If-Match. A 201 is not heuristically cacheable.

Creating is rarely idempotent. If a POST times out after the server created the record, sending it again creates a second one; that is why many APIs accept an idempotency key and replay the original 201 for a repeated key.`,
		Causes: []string{
			"A POST to a collection created a new item (an order, a user, a comment).",
			"A PUT to a URL that did not exist yet created the resource there.",
			"An upload API created a session or upload resource and returned its URL in `Location` (tus and the IETF resumable-upload draft both do this).",
			"A retried POST after a timeout produced a second 201 and a duplicate record.",
			"The API returned 201 without `Location` or an id, leaving the client no way to find what it created.",
		},
		Fixes: []string{
			"Server: send `Location` with the new resource's URL and return its id or representation in the body.",
			"Server: accept an idempotency key on creating requests (an `Idempotency-Key` header, as Stripe does) and answer a repeated key with the original 201 instead of creating again.",
			"Client: follow `Location` rather than building the URL yourself; a relative value resolves against the request URL.",
			"Client: after a timeout on a POST, check whether the resource was created before sending it again.",
			"Operator: if `Location` shows an internal host or http instead of https, the application does not see the original scheme and host; forward them (`X-Forwarded-Proto`, `X-Forwarded-Host`) and configure the framework to trust the proxy.",
		},
		Headers: []Header{
			{"Location", "URL of the new resource; clients should use it instead of guessing."},
			{"ETag", "Validator of the new resource, usable with If-Match for later updates."},
			{"Content-Type", "Describes the body, which usually holds the new resource or a summary of it."},
		},
		Example: `HTTP/1.1 201 Created
Date: Tue, 24 Nov 2026 03:20:11 GMT
Location: /api/v1/orders/ord_8Kq2ZP
Content-Type: application/json
ETag: "1"
Content-Length: 79

{"id": "ord_8Kq2ZP", "status": "pending", "created_at": "2026-11-24T03:20:11Z"}`,
		Related: []int{200, 202, 409, 303},
		Confusions: []Confusion{
			{200, "200 says the request worked; 201 also says a new resource now exists and where it is."},
			{202, "202 means the request was queued and nothing may exist yet; 201 means the resource exists now."},
			{409, "409 refuses a creation that clashes with existing state, such as a duplicate unique name; 201 reports one that succeeded."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Do not resend blindly: a repeated POST usually creates a duplicate unless the API supports idempotency keys.",
			RetryAfter:  false,
		},
		GoConstant: "StatusCreated",
		Keywords:   []string{"resource created", "POST success", "new record", "REST create", "insert", "duplicate orders"},
	},
	{
		Number:  202,
		Name:    "Accepted",
		Status:  Permanent,
		Summary: "The request was accepted for processing, but the work has not finished and may still fail; this response is not the result.",
		Explanation: `202 is deliberately non-committal. The server has taken the request, put the work in a queue or handed it to another system, and ends the exchange without waiting. HTTP has no way to deliver the outcome later on the same exchange, so a useful 202 tells the client where to look: a status resource, usually given in Location or in the body, and perhaps an estimate of when the work will be done.

Accepted does not mean succeeded. A 202 for an export, a transcoding job or a bulk import says nothing about whether that job will work. The client polls the status resource, which should eventually report success (often with a 303 See Other to the result) or failure with details. Retry-After on the 202 or on the status responses is a common way to pace the polling; Azure Resource Manager's long-running operations, for instance, return 202 with Location and Retry-After.

A 202 is not heuristically cacheable. Do not resubmit the original request because the work seems slow: that queues a second job.`,
		Causes: []string{
			"The server queued a long-running job: report generation, video transcoding, a bulk import, an email batch.",
			"A cloud control plane started an asynchronous operation (Azure Resource Manager answers 202 with `Location` and `Retry-After`).",
			"An ingestion or webhook endpoint stores the payload and processes it later, acknowledging quickly with 202.",
			"The job failed later, but the client looked only at the 202 and reported success.",
			"Jobs sit in \"pending\" long after the 202 because workers are down or the queue is backed up.",
		},
		Fixes: []string{
			"Client: poll the status URL from `Location` (or the body) until it reports a final state, waiting as long as `Retry-After` says between polls.",
			"Client: report the job's final state to the user, not the 202.",
			"Server: give every accepted job a status resource that ends in succeeded or failed with details, and point to the result with 303 See Other once it exists.",
			"Server: make submission idempotent with a client-supplied key, so a resend after a network error does not queue a duplicate job.",
			"Operator: alert on queue depth, consumer lag and worker health; a backlog shows up as jobs that stay pending after their 202.",
		},
		Headers: []Header{
			{"Location", "Usually the status resource the client should poll."},
			{"Retry-After", "Seconds to wait before polling; not defined by RFC 9110 for 202 but widely used this way."},
			{"Content-Type", "The body typically holds a job id, its state and the status URL."},
		},
		Example: `HTTP/1.1 202 Accepted
Date: Tue, 24 Nov 2026 03:21:37 GMT
Location: /api/v1/exports/jobs/9d41c7
Retry-After: 10
Content-Type: application/json
Content-Length: 84

{"job_id": "9d41c7", "state": "queued", "status_url": "/api/v1/exports/jobs/9d41c7"}`,
		Related: []int{201, 303, 102, 204},
		Confusions: []Confusion{
			{201, "201 says the resource exists now; 202 says work has been queued and may not have produced anything yet."},
			{102, "102 is an interim response on the same connection and a final status follows; 202 is itself the final status and the work continues elsewhere."},
			{204, "A webhook receiver answering 204 has finished handling the event; one answering 202 has only stored it for later."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.3", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Do not resubmit: the work is already queued. Poll the status resource instead, at the pace Retry-After suggests.",
			RetryAfter:  true,
		},
		GoConstant: "StatusAccepted",
		Keywords:   []string{"async", "asynchronous API", "long-running operation", "background job", "job queue", "polling"},
	},
	{
		Number:  203,
		Name:    "Non-Authoritative Information",
		Status:  Permanent,
		Summary: "The request succeeded, but a transforming proxy changed the content from what the origin server's 200 response contained.",
		Explanation: `203 is a proxy's honest label. The origin answered 200, and an intermediary between it and the client then modified the content (recompressed images, minified scripts, translated text, inserted a banner) and changed the status so the client knows it is not looking at exactly what the origin sent. RFC 9110 Section 7.7 describes such transformations; a sender can forbid them with Cache-Control: no-transform.

In practice 203 is rare. Most transforming proxies, such as mobile data savers and filtering gateways, change content without saying so, and HTTPS keeps on-path proxies out altogether unless they intercept TLS. When you do see 203, it is either such a proxy or an application that borrows the code for its own purposes, for instance to flag data merged from a secondary source; that second use is a local convention, not what the specification means.

Like 200, a 203 is heuristically cacheable and carries content. Clients should treat it as success; code that tests for status == 200 instead of the 2xx range will wrongly treat it as a failure.`,
		Causes: []string{
			"A transforming proxy (mobile carrier data saver, corporate filter, image-optimising CDN feature) altered the body and said so.",
			"An ISP or hotspot injected content, such as a banner or script, into a plain-HTTP page.",
			"An application or API gateway returns 203 by its own convention, for example for data served from a cache or third party.",
			"A test or mock server (httpbin's /status/203) was asked for it.",
		},
		Fixes: []string{
			"Client: look at `Via` to find the proxy that changed the content, and compare with the response fetched over a different network or over HTTPS.",
			"Client: treat any 2xx as success; a check for exactly 200 breaks on 203.",
			"Server: send `Cache-Control: no-transform` on responses that must arrive byte for byte, such as scripts checked with Subresource Integrity or signed files.",
			"Server: serve everything over HTTPS so that on-path proxies cannot rewrite it.",
			"Operator: if your own CDN or proxy is doing the transforming (image optimisation, minification), turn it off for paths where exact bytes matter.",
		},
		Headers: []Header{
			{"Via", "Names the intermediaries on the path, which points to the one that changed the content."},
			{"Cache-Control", "The no-transform directive forbids intermediaries from modifying the content."},
			{"Content-Type", "May differ from the origin's if the proxy transcoded the content."},
		},
		Example: `HTTP/1.1 203 Non-Authoritative Information
Date: Tue, 24 Nov 2026 03:23:02 GMT
Via: 1.1 optimizer.carrier-proxy.example
Content-Type: text/html; charset=utf-8
Content-Length: 180

<!doctype html>
<html><head><title>Trail conditions</title></head>
<body><img src="/img/ridge.webp?q=30" alt="Ridge trail">
<p>Trail open, some ice above 2,000 m.</p></body></html>`,
		Related: []int{200, 206, 304},
		Confusions: []Confusion{
			{200, "200 is the content as the origin produced it; 203 says an intermediary has changed it."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4"},
			{"RFC 9110, Section 7.7 (Message Transformations)", "https://www.rfc-editor.org/rfc/rfc9110#section-7.7"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Not needed: the request succeeded; fetch over HTTPS or another network if you need the unmodified content.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNonAuthoritativeInfo",
		Keywords:   []string{"proxy rewrote page", "isp injection", "data saver", "image recompression", "modified response", "transcoded content"},
	},
	{
		Number:  204,
		Name:    "No Content",
		Status:  Permanent,
		Summary: "The request succeeded and there is deliberately nothing to send back; the response ends with its header section.",
		Explanation: `204 says "done, and there is nothing to show you". It is the usual answer to a PUT, PATCH or DELETE that needs no reply, to beacon and analytics endpoints, and to CORS preflight (OPTIONS) requests. The header fields can still carry metadata, such as the new ETag of a resource that was just updated. A browser that gets 204 for a navigation or form submission stays on the current page.

A 204 cannot contain content: the message ends at the blank line after the headers, and a server must not send Content-Length with it (RFC 9110, Section 8.6). A server that writes bytes after a 204 anyway corrupts the next response on a keep-alive connection, which is why Go's net/http refuses with "http: request method or response status code does not allow body". On the client side, calling a JSON parser on a 204 fails with errors like "Unexpected end of JSON input".

A 204 is heuristically cacheable. Repeating an idempotent request that got 204, such as a PUT or DELETE, is safe.`,
		Causes: []string{
			"A PUT, PATCH or DELETE succeeded and the API returns no body.",
			"A CORS preflight was answered with 204, the default of many CORS middlewares (Express's `cors` uses it for `optionsSuccessStatus`).",
			"A beacon, tracking-pixel or health-check endpoint acknowledges with no content.",
			"A client tried to parse JSON from the empty body and crashed.",
			"Handler code tried to write a body after setting 204, and the framework refused or silently dropped it.",
		},
		Fixes: []string{
			"Client: check for 204 before parsing, for example `const data = res.status === 204 ? null : await res.json();`.",
			"Server: if clients need the updated resource, return 200 with it (or honour `Prefer: return=representation`, RFC 7240) instead of 204.",
			"Server: never write content with 204 and do not set `Content-Length` on it.",
			"Operator: answer preflight OPTIONS requests with 204 and the `Access-Control-Allow-*` headers at the proxy or application, rather than letting them fall through to a 404 or 405.",
		},
		Headers: []Header{
			{"ETag", "May carry the new validator of a resource that was just modified."},
			{"Content-Length", "Must not be sent with 204 (RFC 9110, Section 8.6); the response has no content by definition."},
			{"Access-Control-Allow-Methods", "Present when the 204 answers a CORS preflight; lists the methods the browser may use."},
		},
		Example: `HTTP/1.1 204 No Content
Date: Tue, 24 Nov 2026 03:25:40 GMT
Access-Control-Allow-Origin: https://app.example.com
Access-Control-Allow-Methods: GET, POST, PUT, DELETE
Access-Control-Allow-Headers: Authorization, Content-Type
Access-Control-Max-Age: 600
Vary: Origin`,
		Related: []int{200, 205, 304, 202},
		Confusions: []Confusion{
			{200, "200 carries content; 204 is success with nothing to send."},
			{205, "205 also has no content but additionally asks the client to reset the form or view that sent the request."},
			{304, "304 also has no content, but it answers a conditional request and means \"use your cached copy\"."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: false,
			Retry:       "Safe to repeat for idempotent methods (PUT, DELETE); there is nothing to retry otherwise.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNoContent",
		Keywords:   []string{"empty response", "no body", "JSON parse error empty", "preflight", "DELETE success", "res.json fails"},
	},
	{
		Number:  205,
		Name:    "Reset Content",
		Status:  Permanent,
		Summary: "The request succeeded and the client should reset the view that sent it, such as clearing a form, without loading anything new.",
		Explanation: `205 was designed for data entry: after a form submission succeeds, the user agent clears the form so the next record can be typed in, without navigating anywhere. The server reports success and asks for that reset; it sends nothing else.

RFC 9110 says a server must not generate content in a 205. Unlike 204, though, a 205 is not defined as ending at the header section, so an HTTP/1.1 server still has to frame the empty content: Content-Length: 0 (what the example shows), chunked transfer coding with nothing but the final zero-length chunk, or closing the connection. The Fetch standard treats 205 as a null-body status, so fetch() gives it no body.

Browsers do not actually clear forms on a 205: for navigations they treat it like 204 and stay on the page. If the reset matters, the page's own script has to do it. A 205 is not heuristically cacheable.`,
		Causes: []string{
			"A form handler follows the specification and answers a successful data-entry POST with 205.",
			"An API uses 205 to tell its client to reload or clear local state after a change.",
			"A client expected JSON and failed on the empty body.",
			"Handler code wrote a body with 205, which some frameworks allow (Go's net/http permits it), breaking the rule and confusing clients.",
		},
		Fixes: []string{
			"Client: clear the form or view in your own code (`form.reset()`); browsers only stay on the page.",
			"Client: do not parse a body from a 205; `fetch()` exposes none.",
			"Server: send no content with 205: `Content-Length: 0` or an empty chunked body.",
			"Server: if the client needs data back, answer 200 (or 204 if it does not) instead of 205.",
		},
		Headers: []Header{
			{"Content-Length", "If present it must be 0, since no content may be generated."},
			{"Transfer-Encoding", "chunked with only the zero-length last chunk is the other way to frame the empty content."},
		},
		Example: `HTTP/1.1 205 Reset Content
Date: Tue, 24 Nov 2026 03:27:15 GMT
Content-Length: 0`,
		Related: []int{204, 200, 303},
		Confusions: []Confusion{
			{204, "Both have no content; 205 additionally asks the client to reset the view that made the request."},
			{303, "303 sends the browser to another page after a form post; 205 keeps it on the same page and clears the form."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.6", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not needed: the request succeeded, and resubmitting the form would enter the data twice.",
			RetryAfter:  false,
		},
		GoConstant: "StatusResetContent",
		Keywords:   []string{"clear form", "form reset", "data entry", "null body status", "empty response"},
	},
	{
		Number:  206,
		Name:    "Partial Content",
		Status:  Permanent,
		Summary: "The server is sending only the byte ranges the client asked for with a Range header, not the whole representation.",
		Explanation: `206 answers a range request. A client sends Range: bytes=... to get part of a file: a video player seeking, a download manager resuming or splitting a download, a PDF viewer or data tool reading just the pieces it needs. For a single range the response carries Content-Range: bytes first-last/total and only that slice. For several ranges it uses Content-Type: multipart/byteranges, and each part has its own Content-Range.

A server may ignore Range and send the full representation with 200, so clients must check which they got. With If-Range the client makes the range conditional: if the ETag or date no longer matches, the server sends the whole, current file with 200 instead of a slice of a different version. A range that cannot be served at all gets 416. RFC 9110 also requires a 206 to repeat the Date, Cache-Control, ETag, Expires, Content-Location and Vary fields a 200 would have carried.

A 206 is heuristically cacheable, but caches may only store and combine partial responses under the rules of RFC 9111 (Sections 3.3 and 3.4). A ranged GET is idempotent, so a client can always ask again for the bytes it is missing.`,
		Causes: []string{
			"A browser or media player requested audio or video with `Range: bytes=0-` and then seeks with further ranges.",
			"A download was resumed (`curl -C -`, `wget -c`, a browser download) or split into parallel segments by a download manager.",
			"A client reads only parts of a large file: PDF viewers, or tools reading Parquet and ZIP files from object storage with ranged GETs.",
			"Videos will not play in Safari or cannot be seeked because the server answers range requests with 200 instead of 206.",
			"Ranges came back misaligned because on-the-fly compression or a transforming proxy changed the bytes the offsets refer to.",
		},
		Fixes: []string{
			"Server: support ranges for media and large downloads: advertise `Accept-Ranges: bytes` and send an exact `Content-Range` and `Content-Length` for each part; for files served by application code use a helper that handles ranges (Go's `http.ServeContent`, Express `res.sendFile`).",
			"Server: send a strong `ETag` or a `Last-Modified` date so clients can resume safely with `If-Range`.",
			"Operator: let the CDN or proxy forward `Range` upstream or serve ranges from its cache, and keep on-the-fly compression off for video and binary downloads.",
			"Client: check that the 206's `Content-Range` matches what you asked for; a 200 means the range was ignored and the body is the whole file.",
			"Client: when resuming, send `If-Range` with the original ETag so that a changed file gives you a fresh 200 rather than a corrupt splice.",
		},
		Headers: []Header{
			{"Content-Range", "Which bytes this response (or each multipart part) holds and the total length: bytes 2048-2177/24363."},
			{"Accept-Ranges", "bytes tells clients the server supports range requests on this resource."},
			{"ETag", "Validator the client repeats in If-Range when resuming, so it never splices two versions together."},
			{"Content-Type", "The file's type for a single range; multipart/byteranges with a boundary for several."},
		},
		Example: `HTTP/1.1 206 Partial Content
Date: Tue, 24 Nov 2026 03:29:52 GMT
Last-Modified: Tue, 24 Nov 2026 02:58:14 GMT
ETag: "5f2b-61a0c3d9e2b40"
Accept-Ranges: bytes
Content-Range: bytes 2048-2177/24363
Content-Type: text/plain; charset=utf-8
Content-Length: 130

2026-11-24T02:58:13Z INFO worker-3 job=export-9d41c7 state=done
2026-11-24T02:58:14Z WARN worker-1 queue depth 412 above limit 400`,
		Related: []int{416, 200, 304, 412},
		Confusions: []Confusion{
			{416, "416 says the requested range cannot be served at all; 206 delivers it."},
			{200, "A 200 to a request with Range means the server ignored the range and sent the whole representation."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.3.7", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7"},
			{"RFC 9110, Section 14 (Range Requests)", "https://www.rfc-editor.org/rfc/rfc9110#section-14"},
			{"RFC 9111, Section 3.4 (Combining Partial Content)", "https://www.rfc-editor.org/rfc/rfc9111#section-3.4"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Yes: a ranged GET is idempotent; request the missing bytes again, with If-Range so a changed file is detected.",
			RetryAfter:  false,
		},
		GoConstant: "StatusPartialContent",
		Keywords:   []string{"byte range", "resume download", "video seeking", "video scrubbing", "segmented download", "mp4 streaming"},
	},
	{
		Number:  207,
		Name:    "Multi-Status",
		Status:  Permanent,
		Summary: "A WebDAV response whose XML body reports a separate status for each resource or property the request touched.",
		Explanation: `207 comes from WebDAV (RFC 4918). Some methods act on many resources or properties at once: PROPFIND lists a folder, PROPPATCH sets several properties, and COPY, MOVE, DELETE or LOCK on a collection affect every member. One status line cannot describe all of those outcomes, so the server answers 207 with a DAV:multistatus XML document. Each DAV:response element holds an href and either a status or, for property requests, propstat groups that each carry their own status.

The 207 itself only says "read the body". Inside it, some entries may be failures: a DELETE of a folder can report 423 Locked or 403 for individual members, and a PROPPATCH that fails on one property reports 424 Failed Dependency for the others because it is all-or-nothing. A client that stops at the 207 misses them. CalDAV and CardDAV clients see 207 on every sync, since they are built on PROPFIND and REPORT.

A 207 is not heuristically cacheable. Some non-WebDAV APIs have borrowed the code for batch endpoints with a JSON body listing per-item results; the idea is the same, but the format is their own.`,
		Causes: []string{
			"A PROPFIND listed a folder (Depth: 1): file managers, rclone, Nextcloud and ownCloud clients, CalDAV and CardDAV sync.",
			"A PROPPATCH set several properties; if one failed, the others are reported as 424 Failed Dependency.",
			"A COPY, MOVE or DELETE on a collection partly failed: some members were locked (423), forbidden (403) or out of space (507).",
			"A batch API returned per-item outcomes with 207 and a JSON body.",
			"A client treated the 207 as complete success and never looked at the failures inside.",
		},
		Fixes: []string{
			"Client: parse every `DAV:response` and act on its status; treat the request as partly failed if any inner status is not 2xx.",
			"Client: list large trees with `Depth: 1` and walk them; many servers refuse `Depth: infinity` PROPFIND with 403.",
			"Server: report the exact href of every failed member with a precise status, and add `DAV:error` or `DAV:responsedescription` so clients can say why.",
			"Operator: make sure the proxy passes WebDAV methods (PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK) and the `Depth` and `Destination` headers untouched; behind TLS termination, Apache mod_dav rejects COPY and MOVE whose `Destination` scheme or host does not match, so rewrite that header at the proxy.",
		},
		Headers: []Header{
			{"Content-Type", "application/xml (or text/xml): the body is the DAV:multistatus document."},
			{"Depth", "Request header: how far down a collection the method reaches (0, 1 or infinity)."},
			{"DAV", "Advertises the WebDAV compliance classes a server or client supports."},
		},
		Example: `HTTP/1.1 207 Multi-Status
Date: Tue, 24 Nov 2026 03:31:08 GMT
Content-Type: application/xml; charset=utf-8
Content-Length: 653

<?xml version="1.0" encoding="utf-8"?>
<d:multistatus xmlns:d="DAV:">
  <d:response>
    <d:href>/dav/reports/</d:href>
    <d:propstat>
      <d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop>
      <d:status>HTTP/1.1 200 OK</d:status>
    </d:propstat>
  </d:response>
  <d:response>
    <d:href>/dav/reports/q3.xlsx</d:href>
    <d:propstat>
      <d:prop><d:getcontentlength>48213</d:getcontentlength></d:prop>
      <d:status>HTTP/1.1 200 OK</d:status>
    </d:propstat>
    <d:propstat>
      <d:prop><d:quota-used-bytes/></d:prop>
      <d:status>HTTP/1.1 404 Not Found</d:status>
    </d:propstat>
  </d:response>
</d:multistatus>`,
		Related: []int{208, 423, 424, 507},
		Confusions: []Confusion{
			{200, "200 reports one outcome for one resource; 207 bundles many, and some of them may be errors."},
			{208, "208 never stands alone in WebDAV: it appears inside a 207 body to mark a collection already listed under another binding."},
		},
		Specs: []Spec{
			{"RFC 4918, Section 11.1", "https://www.rfc-editor.org/rfc/rfc4918#section-11.1"},
			{"RFC 4918, Section 13 (Multi-Status Response)", "https://www.rfc-editor.org/rfc/rfc4918#section-13"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only for the members whose inner status failed, after fixing the cause; repeating the whole request may redo work that succeeded.",
			RetryAfter:  false,
		},
		GoConstant: "StatusMultiStatus",
		Keywords:   []string{"webdav", "caldav", "carddav", "propfind", "partial failure", "batch response"},
	},
	{
		Number:  208,
		Name:    "Already Reported",
		Status:  Permanent,
		Summary: "Used inside a WebDAV 207 body: this collection was already listed through another binding, so its members are not repeated.",
		Explanation: `208 comes from the WebDAV binding extension (RFC 5842), which lets one collection be reachable through several URLs, called bindings, and even appear inside itself. A PROPFIND with Depth: infinity over such a tree would list the same members again and again, or loop forever. With 208 the server reports the first binding of a collection normally and marks every later binding as Already Reported, without listing its members again.

The code is meant for the status elements inside a 207 Multi-Status body, not for the status line. RFC 5842 allows it only for Depth: infinity requests and only when the client has said, in its DAV request header, that it supports bindings; for other clients the server should stop at a loop with 508 Loop Detected instead. A client can ask for the DAV:resource-id property to work out which bindings point to the same resource.

If a 208 shows up as the status line of an API response, as in the example, the application is using it by its own convention, most often to say "duplicate: this request was already processed". That is not the RFC's meaning. Clients that do not know 208 treat it as a generic success, like 200. It is not heuristically cacheable.`,
		Causes: []string{
			"A Depth: infinity PROPFIND crossed a collection reachable through several bindings, on a server that implements RFC 5842.",
			"The client announced binding support in its `DAV` request header, allowing the server to use 208 instead of 508.",
			"An application returns 208 at the top level to report a duplicate submission, such as a repeated payment or transaction id it has already handled.",
		},
		Fixes: []string{
			"Client: when a 207 body contains 208, do not descend into that href; request `DAV:resource-id` to map it to the collection already listed.",
			"Client: if you cannot handle 208, do not announce binding support in the `DAV` header; the server will then answer a loop with 508.",
			"Client: for an API that uses 208 for duplicates, treat it as success and fetch the original result instead of submitting again.",
			"Server: for duplicate requests, prefer documented behaviour: replay the original response for a repeated idempotency key, or use 409 Conflict for a genuine clash.",
		},
		Headers: []Header{
			{"DAV", "Request header in which the client signals support for bindings, which permits 208 in the response body."},
			{"Depth", "208 only occurs for Depth: infinity requests."},
			{"Content-Type", "application/xml for a WebDAV multistatus body; whatever the API uses for the duplicate convention."},
		},
		Example: `HTTP/1.1 208 Already Reported
Date: Tue, 24 Nov 2026 03:33:26 GMT
Content-Type: application/json
Content-Length: 128

{"status": "duplicate", "transaction_id": "txn_51c2e0", "original_status": 201, "detail": "This payment was already processed."}`,
		Related: []int{207, 508, 409, 200},
		Confusions: []Confusion{
			{207, "207 is the multistatus response itself; 208 is one of the statuses that can appear inside its body."},
			{508, "508 aborts an operation that ran into a binding loop; 208 lets the server report the loop gracefully inside a 207."},
		},
		Specs: []Spec{
			{"RFC 5842, Section 7.1", "https://www.rfc-editor.org/rfc/rfc5842#section-7.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not needed: the members were already reported (WebDAV), or the request was already processed (API convention).",
			RetryAfter:  false,
		},
		GoConstant: "StatusAlreadyReported",
		Keywords:   []string{"webdav bind", "bind loop", "duplicate request", "idempotent replay", "depth infinity"},
	},
	{
		Number:  226,
		Name:    "IM Used",
		Status:  Permanent,
		Summary: "The server answered a GET with the result of instance manipulations, typically a delta against a version the client already holds (RFC 3229).",
		Explanation: `226 belongs to delta encoding (RFC 3229). The client names the version it already has, by sending its ETag in If-None-Match, and lists in A-IM the instance manipulations it can apply (vcdiff, diffe, gzip). Instead of the full representation, the server returns only what is needed to get from that version to the current one, with status 226, an IM header naming the manipulations it used and a new ETag. The client applies the result to its stored copy. Delta-Base names the version the delta was computed from, which matters when the client offered more than one ETag.

The one place 226 is still met is feeds. The "RFC 3229 with feed" convention (A-IM: feed) makes the server return only the entries newer than the client's copy; feed readers such as Python's feedparser send A-IM: feed by default. Browsers never use 226. Newer dictionary-based compression (Available-Dictionary with Content-Encoding dcb or dcz) also sends data relative to an earlier response, but in ordinary 200 responses.

A 226 is not heuristically cacheable. A cache that does not understand deltas must never hand a delta to a client expecting the whole resource, which is why servers send Cache-Control: no-store, im with it; im is a cache directive defined by RFC 3229 that lets delta-aware caches store the response.`,
		Causes: []string{
			"A feed reader sent `A-IM: feed` with the ETag of its last copy, and the blog or feed plugin supports RFC 3229 deltas.",
			"A client asked for a vcdiff or diffe delta and the server implements RFC 3229.",
			"A tool built on feedparser stored the partial feed as if it were complete, so older entries seemed to vanish.",
			"A cache that ignores the `im` directive served a delta to a client that expected the full document.",
		},
		Fixes: []string{
			"Client: merge the returned entries into your stored copy instead of replacing it, and send the 226's ETag in `If-None-Match` next time.",
			"Client: if your code cannot apply deltas, remove the `A-IM` header from its requests (feedparser adds it for you) to get the full feed with 200.",
			"Server: answer 226 only when the request's `A-IM` lists the manipulation you applied, name it in `IM`, and otherwise send the full 200.",
			"Server: send `Cache-Control: no-store, im` with every 226 so caches that do not understand deltas keep their hands off.",
			"Operator: make the cache bypass requests carrying `A-IM`, or confirm that it never stores 226 responses.",
		},
		Headers: []Header{
			{"IM", "Names the instance manipulations applied to produce this response, such as feed or vcdiff."},
			{"A-IM", "Request header listing the manipulations the client accepts."},
			{"Delta-Base", "Identifies the base version a delta was computed against."},
			{"ETag", "The version the client will hold after applying the delta; send it back in If-None-Match next time."},
			{"Cache-Control", "no-store, im keeps caches that do not understand deltas from storing the response."},
		},
		Example: `HTTP/1.1 226 IM Used
Date: Tue, 24 Nov 2026 03:35:49 GMT
Content-Type: application/rss+xml; charset=utf-8
ETag: "entry-1093"
IM: feed
Cache-Control: no-store, im
Content-Length: 297

<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ops Notes</title>
<item><title>Rotating TLS keys without downtime</title>
<link>https://blog.example.com/2026/11/tls-key-rotation</link>
<guid>https://blog.example.com/2026/11/tls-key-rotation</guid></item>
</channel></rss>`,
		Related: []int{200, 304, 206},
		Confusions: []Confusion{
			{200, "200 carries the full representation; 226 carries only the changes against the version the client named."},
			{304, "304 says nothing has changed since the client's version; 226 sends just what changed."},
			{206, "206 returns byte ranges of the current representation; 226 returns the result of manipulations such as a diff."},
		},
		Specs: []Spec{
			{"RFC 3229, Section 10.4.1", "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, it is a GET; if you cannot apply the delta, repeat the request without A-IM to get the full representation.",
			RetryAfter:  false,
		},
		GoConstant: "StatusIMUsed",
		Keywords:   []string{"delta encoding", "rss delta", "feed delta", "instance manipulation", "rfc3229+feed", "partial feed"},
	},
}
