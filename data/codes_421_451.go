package data

// codes421to451 are the registered client errors from 421 to 451: the
// connection and protocol errors (421, 425, 426), the WebDAV codes that
// became general (422, 423, 424), the RFC 6585 additions (428, 429, 431)
// and 451 from RFC 7725.
var codes421to451 = []Code{
	{
		Number:  421,
		Name:    "Misdirected Request",
		Status:  Permanent,
		Summary: "The request reached a server that cannot answer for the host it names, usually because a reused TLS connection or a proxy's SNI points elsewhere.",
		Explanation: `The server received the request but is not the right one to answer it: the scheme and host in the target URI do not belong to an origin this server is configured for, or they do not fit the connection the request arrived on. The usual mismatch is between the TLS server name (SNI) chosen when the connection was opened and the Host header (or :authority) of a request sent over it later.

The code arrived with HTTP/2 (RFC 7540). HTTP/2 and HTTP/3 clients reuse one connection for several hostnames when the certificate covers them all and the address matches; a server that set up the connection for one name can answer 421 for another, and the client then opens a fresh connection for the right name. Since Apache httpd 2.4.64 (July 2025) tightened its SNI checks, 421 has also become the typical symptom of a reverse proxy that connects to an HTTPS backend without SNI, or with an SNI that differs from the Host header it forwards.

Only an origin server, or a gateway acting for it, may send 421; a proxy must not generate one of its own. RFC 9110 lets the client repeat the request on a different connection, even when the method is not idempotent. The code is not in RFC 9110's list of heuristically cacheable responses, and Retry-After plays no part in it.`,
		Causes: []string{
			"A browser reused an HTTP/2 or HTTP/3 connection for a second hostname that shares the certificate and IP address, but the server has different TLS settings (protocols, ciphers, client certificates) for that name.",
			"A reverse proxy (nginx, Caddy, a hosting panel's front end) connects to an HTTPS backend without sending SNI, or sends the backend's IP address as SNI, while forwarding the visitor's Host header; Apache 2.4.64 and later reject the mismatch.",
			"A test overrides the Host header on an HTTPS URL (curl -H \"Host: b.example\" https://a.example/), so the TLS handshake names one host and the request another.",
			"DNS for the hostname points at a server that has no virtual host for it and is set to reject unknown names instead of falling back to a default site.",
			"A load balancer hands an HTTP/2 connection opened for one service, under a shared wildcard certificate, to a backend that serves a different one.",
		},
		Fixes: []string{
			"Operator: when nginx proxies to an HTTPS upstream, send the visitor's hostname as SNI: `proxy_ssl_server_name on;` with `proxy_ssl_name $host;` alongside `proxy_set_header Host $host;`.",
			"Operator: in Caddy, set the upstream TLS name with `tls_server_name` in the `reverse_proxy` transport, or rewrite the Host header with `header_up Host {upstream_hostport}`, so Host and SNI agree.",
			"Server: search Apache's error log for AH02032 (\"Hostname ... provided via SNI and hostname ... provided via HTTP have no compatible SSL setup\") to see which two names collided.",
			"Server: give virtual hosts that share a certificate the same TLS settings, or separate certificates, so clients stop reusing one connection across them.",
			"Client: repeat the request on a new connection for the right hostname; when testing, use `curl --resolve b.example:443:203.0.113.10 https://b.example/` instead of overriding `Host`.",
		},
		Headers: []Header{
			{"Host", "Compared with the TLS server name (SNI) of the connection; a mismatch is the usual trigger."},
			{"Alt-Svc", "Points clients at alternative services; a client sent to the wrong one can retry against the origin itself."},
		},
		Example: `HTTP/1.1 421 Misdirected Request
Date: Tue, 14 Jul 2026 02:18:33 GMT
Server: Apache/2.4.65 (Debian)
Content-Length: 404
Content-Type: text/html; charset=iso-8859-1

<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>421 Misdirected Request</title>
</head><body>
<h1>Misdirected Request</h1>
<p>The client needs a new connection for this
request as the requested host name does not match
the Server Name Indication (SNI) in use for this
connection.</p>
<hr>
<address>Apache/2.4.65 (Debian) Server at shop.example.com Port 443</address>
</body></html>`,
		Related: []int{400, 403, 404, 502},
		Confusions: []Confusion{
			{404, "404 means this server has no such resource; 421 means this server (or this connection) is the wrong place to ask, and a new connection may succeed."},
			{502, "502 is a proxy reporting a broken upstream; a 421 seen through a proxy was produced by the backend and passed along, since proxies must not generate 421."},
			{400, "Some servers answer a Host/SNI mismatch with a generic 400; 421 names the problem and tells the client that retrying on another connection can work."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.20", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20"},
			{"RFC 9113, Section 9.1.1", "https://www.rfc-editor.org/rfc/rfc9113#section-9.1.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, on a new connection opened for the right host, even for non-idempotent methods; the same connection will fail again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusMisdirectedRequest",
		Keywords:   []string{"SNI mismatch", "connection coalescing", "connection reuse", "Apache update", "Plesk", "HestiaCP", "wrong vhost", "HTTP/2 reuse", "host does not match certificate"},
	},
	{
		Number:      422,
		Name:        "Unprocessable Content",
		FormerNames: []string{"Unprocessable Entity"},
		Status:      Permanent,
		Summary:     "The server parsed the request content without trouble, but the content fails validation or asks for something that cannot be done as written.",
		Explanation: `The request arrived intact, in a media type the server accepts, and its syntax is fine: the JSON parses, the XML is well-formed. What fails is the meaning. A required field is missing, a value has the wrong type or lies out of range, or two fields contradict each other. The server understood what was asked and declines to act on it as written.

WebDAV introduced the code in RFC 4918 as "Unprocessable Entity". RFC 9110 moved it into core HTTP in 2022 and renamed it "Unprocessable Content", following its switch from the word "entity" to "content". Libraries follow at their own pace: Go still calls the constant http.StatusUnprocessableEntity and http.StatusText(422) still returns the old phrase, while Rack 3.1 added the :unprocessable_content symbol and keeps :unprocessable_entity only as a deprecated alias.

APIs use 422 for validation errors (FastAPI, Laravel, GitHub's "Validation Failed", Rails scaffolds), usually with a body that lists the offending fields. Rails also answers 422 when a form post fails its CSRF check. A 422 is not cacheable by default, and sending the same content again fails the same way: the client must change the request first.`,
		Causes: []string{
			"A required field is missing, misspelt or in the wrong case (userId instead of user_id), or a value has the wrong type, such as a number sent as a string.",
			"Values break a rule that syntax alone cannot catch: an end date before the start date, an unknown enum value, a negative quantity.",
			"The body was sent with the wrong Content-Type (form-encoded to a JSON endpoint), so a framework such as FastAPI cannot read it as the expected object and rejects the whole body.",
			"In Rails, a form post failed CSRF verification; the log shows \"Can't verify CSRF token authenticity\" or \"HTTP Origin header (https://...) didn't match request.base_url (http://...)\".",
			"Client and server disagree about the API version, so fields the client sends were renamed or have become mandatory.",
		},
		Fixes: []string{
			"Client: read the response body; it usually names each failing field (FastAPI's `detail[].loc`, Laravel's `errors` object, GitHub's `errors[].code`).",
			"Client: send `Content-Type: application/json` with a body that matches the documented schema, and compare field names and types against it.",
			"Server: report validation failures as `application/problem+json` (RFC 9457) with one entry per field, so clients can fix them without guessing.",
			"Operator: behind a TLS-terminating proxy, pass the original scheme and host (`proxy_set_header X-Forwarded-Proto $scheme;` and `proxy_set_header Host $host;`) so Rails' origin check compares like with like.",
			"Server: in Rails, make sure layouts include `csrf_meta_tags` and that the session cookie survives (SameSite, domain, expiry); on Rack 3.1 or later, use `:unprocessable_content`.",
		},
		Headers: []Header{
			{"Content-Type", "On the request, tells the server how to parse the body; on the response, often application/problem+json carrying the field errors."},
		},
		Example: `HTTP/1.1 422 Unprocessable Content
Date: Wed, 11 Mar 2026 09:41:07 GMT
Content-Type: application/problem+json
Content-Length: 293

{
  "type": "https://api.example.com/problems/validation",
  "title": "The request contains invalid fields",
  "status": 422,
  "errors": [
    {"pointer": "/email", "detail": "must be a valid email address"},
    {"pointer": "/end_date", "detail": "must not be earlier than start_date"}
  ]
}`,
		Related: []int{400, 409, 415},
		Confusions: []Confusion{
			{400, "400: the server could not parse or frame the request at all (broken JSON, bad headers); 422: it parsed fine, but the content fails validation."},
			{415, "415 means the server does not accept that media type; 422 means it accepts the type but the content inside is invalid."},
			{409, "409 is a clash with the resource's current state (a duplicate, a stale version); 422 is content that is invalid whatever the state."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.21", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21"},
			{"RFC 4918, Section 11.2", "https://www.rfc-editor.org/rfc/rfc4918#section-11.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged; fix the content the response complains about, then send it again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUnprocessableEntity",
		Keywords:   []string{"semantic error", "unprocessable entity", "InvalidAuthenticityToken", "The change you wanted was rejected", "pydantic", "form validation", "schema validation", "bad payload", "invalid body"},
	},
	{
		Number:  423,
		Name:    "Locked",
		Status:  Permanent,
		Summary: "The resource is locked, usually by a WebDAV lock that another client holds, and the request did not present the lock token needed to change it.",
		Explanation: `423 comes from WebDAV (RFC 4918). A client can LOCK a resource to keep others from changing it while it works; the lock has an owner, a token and a timeout. Any request that would change the resource (PUT, DELETE, PROPPATCH, a MOVE of it or a COPY onto it, a conflicting LOCK) is refused with 423 unless it carries a matching lock token in the If header. The body should hold a precondition code, usually lock-token-submitted (a token was required and none was sent) or no-conflicting-lock (a LOCK request ran into an existing lock).

You meet it wherever WebDAV is in use: SharePoint and Office documents opened for editing, Nextcloud and ownCloud (whose own transactional file locking also answers 423), Apache mod_dav, and drives mounted in macOS Finder or Windows Explorer. A lock left behind by a client that crashed stays until its timeout runs out or someone removes it.

A 423 is not cacheable by default. Retrying achieves nothing until the lock is released or expires, or the request carries the token; there is no Retry-After convention for it.`,
		Causes: []string{
			"Another user has the document open for editing (Word, Excel or LibreOffice over WebDAV or SharePoint), which holds an exclusive write lock.",
			"The client took the lock itself but sent a PUT, MOVE or DELETE without the lock token in the If header.",
			"A stale lock remains after a client crashed or lost its connection, and its timeout (sometimes Infinite) has not yet run out.",
			"The request touches a collection while one of its members is locked, or moves a resource into a collection under a depth-infinity lock.",
			"Nextcloud's transactional file locking still holds a lock after an interrupted upload or sync, and its log shows a LockedException saying the file \"is locked\".",
		},
		Fixes: []string{
			"Client: send the token from the LOCK response's `Lock-Token` header back in `If: (<opaquelocktoken:...>)` on every write to the locked resource.",
			"Client: run a `PROPFIND` for the `lockdiscovery` property to see who owns the lock and when it expires, and ask them to close the file.",
			"Server: remove a stale lock with `UNLOCK` and its `Lock-Token` header, or let it expire; grant finite lock timeouts instead of Infinite.",
			"Operator: for Nextcloud, use Redis for `memcache.locking`; with the default database backend, stale rows in `oc_file_locks` can be cleared while the instance is in maintenance mode.",
		},
		Headers: []Header{
			{"If", "Carries the lock token, for example If: (<urn:uuid:...>), that lets the lock holder change the resource."},
			{"Lock-Token", "Returned by LOCK and required by UNLOCK; identifies the lock to release."},
			{"Timeout", "Sent with LOCK to request a lifetime such as Second-600; decides how long an abandoned lock lingers."},
		},
		Example: `HTTP/1.1 423 Locked
Date: Wed, 06 May 2026 14:02:51 GMT
Content-Type: application/xml; charset=utf-8
Content-Length: 179

<?xml version="1.0" encoding="utf-8"?>
<D:error xmlns:D="DAV:">
  <D:lock-token-submitted>
    <D:href>/team/reports/q3-budget.xlsx</D:href>
  </D:lock-token-submitted>
</D:error>`,
		Related: []int{207, 409, 412, 424},
		Confusions: []Confusion{
			{409, "409 is a conflict with the resource's state (a missing parent collection, a version clash); 423 means specifically that an active lock is in the way."},
			{412, "412: the If header you sent did not match (a wrong or expired token); 423: the resource is locked and you sent no token that unlocks it."},
		},
		Specs: []Spec{
			{"RFC 4918, Section 11.3", "https://www.rfc-editor.org/rfc/rfc4918#section-11.3"},
			{"RFC 4918, Section 6", "https://www.rfc-editor.org/rfc/rfc4918#section-6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the lock is released or expires, or with the lock token in the If header.",
			RetryAfter:  false,
		},
		GoConstant: "StatusLocked",
		Keywords:   []string{"file is locked", "locked by another user", "checked out", "Sabre", "file in use", "cannot save", "read-only copy", "document locked"},
	},
	{
		Number:  424,
		Name:    "Failed Dependency",
		Status:  Permanent,
		Summary: "The request was not carried out because it depended on another action that failed; the real error lies in that other action.",
		Explanation: `Defined by WebDAV (RFC 4918), 424 reports collateral damage. Some requests bundle several operations that stand or fall together; when one fails, the others are not performed, and they are reported with 424. The classic case is PROPPATCH: if one property cannot be set, none of them are, and the 207 Multi-Status response gives the culprit its own code (403, 409, 507) and every other property 424.

So a 424 is rarely the error to fix; look for the operation it depended on. Outside WebDAV the same idea appears in batch APIs: Microsoft Graph JSON batching answers every request whose dependsOn predecessor failed with 424. Some AWS services (Amazon Bedrock agents among them) map DependencyFailedException, a failure in a resource they call, to 424. Home-grown APIs sometimes return it when any downstream service fails, where 502 or 503 is the more usual choice.

A 424 is not cacheable by default. Retrying makes sense only once the failed dependency has been dealt with, and Retry-After has no defined role.`,
		Causes: []string{
			"One property in a PROPPATCH could not be set (protected or read-only, or an invalid value), so the whole set was abandoned and the other properties report 424.",
			"In a batch request, an earlier step that later steps depend on (Microsoft Graph's `dependsOn`) failed.",
			"A COPY or MOVE of a collection failed for one member, and the operations that relied on it were skipped.",
			"A service reported the failure of something it calls (a function, model or data source) as 424, as Amazon Bedrock agents do with DependencyFailedException.",
		},
		Fixes: []string{
			"Client: in a 207 Multi-Status body, find the entry whose status is not 424; that is the real failure, and fixing it clears the rest.",
			"Client: in a Graph batch, read the response of the request named in `dependsOn` and fix that one first.",
			"Operator: check the health and logs of the downstream service or resource named in the error before retrying.",
			"Server: for upstream failures outside WebDAV, prefer 502 or 503 so clients and monitors read them correctly, and name the failed dependency in the body.",
		},
		Headers: []Header{
			{"Content-Type", "WebDAV puts the details in an application/xml Multi-Status body; APIs usually send JSON naming the step that failed."},
		},
		Example: `HTTP/1.1 424 Failed Dependency
Date: Tue, 22 Sep 2026 03:07:19 GMT
Content-Type: application/json
Content-Length: 175

{
  "error": "failed_dependency",
  "message": "Step 'assign-license' was not run because step 'create-user' failed.",
  "failed_step": "create-user",
  "failed_status": 409
}`,
		Related: []int{207, 423, 502, 503},
		Confusions: []Confusion{
			{207, "207 is the container that reports one result per resource; 424 is the status given inside it to the items skipped because another item failed."},
			{502, "502 is a gateway reporting an unusable upstream response; 424 says the request depended on another action that failed, possibly inside the same server."},
		},
		Specs: []Spec{
			{"RFC 4918, Section 11.4", "https://www.rfc-editor.org/rfc/rfc4918#section-11.4"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the action it depended on has been fixed; resubmitting the same batch fails the same way.",
			RetryAfter:  false,
		},
		GoConstant: "StatusFailedDependency",
		Keywords:   []string{"dependency failed", "dependent request failed", "batch failure", "cascading failure", "$batch", "skipped operation", "upstream dependency"},
	},
	{
		Number:  425,
		Name:    "Too Early",
		Status:  Permanent,
		Summary: "The server will not process a request that arrived in TLS 1.3 early data (0-RTT), because it could be a replay; resend it after the handshake.",
		Explanation: `TLS 1.3 lets a client that has talked to a server before send its first request together with the handshake, as early data (0-RTT). That saves a round trip, but early data can be recorded and replayed by an attacker, and the server cannot tell a copy from the original until the handshake is complete. RFC 8470 defines 425 for a server that judges a request too risky to process under those conditions: a payment, a login, anything that must not happen twice.

A server should send 425 only for requests that really came in early data, either on its own TLS connection or, behind a proxy, when the proxy marks the forwarded request with Early-Data: 1. Proxies and CDNs that terminate TLS with 0-RTT enabled (nginx with ssl_early_data, HAProxy with allow-0rtt) are the usual source of such requests.

The client is expected to repeat the request once the handshake is done, and that retry must not itself go in early data; browsers that use 0-RTT do this without the user noticing. An intermediary that received the request already marked with Early-Data: 1 must pass the 425 on; one that received it in early data itself may instead wait for its own handshake to finish and retry on the client's behalf. Before RFC 8470 took the number, some libraries labelled 425 "Unordered Collection", a name from an abandoned WebDAV draft. A 425 is not cacheable by default.`,
		Causes: []string{
			"0-RTT is enabled at the TLS terminator (nginx `ssl_early_data on`, HAProxy `allow-0rtt`, a CDN's 0-RTT setting) and the application refuses unsafe requests that carry `Early-Data: 1`.",
			"A client resumed a TLS 1.3 session and sent a POST or another non-idempotent request in early data.",
			"The application treats every early-data request as too early, harmless GETs included, so ordinary page loads bounce once.",
			"A proxy sets `Early-Data: 1` on every request instead of only on those that really arrived in early data, so the backend rejects requests that were never at risk.",
			"A client library sends early data but does not understand 425, so the error surfaces instead of being retried silently.",
		},
		Fixes: []string{
			"Client: repeat the request after the TLS handshake has completed, without early data; HTTP stacks that send 0-RTT normally do this by themselves.",
			"Operator: in nginx, forward the real flag only: `proxy_set_header Early-Data $ssl_early_data;` (the variable is \"1\" only for requests received before the handshake finished).",
			"Operator: if the backend cannot judge replay risk, make the proxy wait for the handshake (HAProxy `http-request wait-for-handshake`) or turn 0-RTT off (`ssl_early_data off;`).",
			"Server: answer 425 only for requests with side effects that carry `Early-Data: 1`, and serve safe, idempotent requests normally.",
			"Client: in custom clients, do not send non-idempotent requests in early data at all rather than relying on the retry.",
		},
		Headers: []Header{
			{"Early-Data", "Request header set to 1 by an intermediary that forwarded the request before its client's handshake finished; it also tells the server that the intermediary understands 425."},
		},
		Example: `HTTP/1.1 425 Too Early
Date: Mon, 19 Jan 2026 11:25:40 GMT
Content-Type: text/plain; charset=utf-8
Content-Length: 108

This request arrived in TLS early data and could be a replay. Send it again once the handshake has finished.`,
		Related: []int{408, 421, 426},
		Confusions: []Confusion{
			{408, "408 means the client was too slow to finish sending its request; 425 means the request came too soon, before the TLS handshake was complete."},
			{421, "421 asks for a retry on a different connection; 425 asks for a retry on the same server once the handshake has finished."},
		},
		Specs: []Spec{
			{"RFC 8470, Section 5.2", "https://www.rfc-editor.org/rfc/rfc8470#section-5.2"},
			{"RFC 8470, Section 5.1", "https://www.rfc-editor.org/rfc/rfc8470#section-5.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, right away once the TLS handshake has completed, but never again in early data; browsers do it automatically.",
			RetryAfter:  false,
		},
		GoConstant: "StatusTooEarly",
		Keywords:   []string{"zero round trip", "replay attack", "session resumption", "replay protection", "early data rejected", "TLS resumption"},
	},
	{
		Number:  426,
		Name:    "Upgrade Required",
		Status:  Permanent,
		Summary: "The server refuses to handle the request over the current protocol and names, in the Upgrade header, the protocol the client must switch to.",
		Explanation: `With 426 the server says the request may be acceptable, but not over this protocol. It must name the protocol or protocols it wants in an Upgrade header, and because Upgrade is a hop-by-hop field, Connection lists it too. The client can then send the request again with an Upgrade handshake, and a server that agrees answers 101 Switching Protocols.

Today the most common sender is a WebSocket server that receives a plain HTTP request: someone opened the socket URL in a browser tab, a load balancer health check probed it, or a proxy dropped the Upgrade and Connection headers on the way. The Node.js ws library, for one, answers any non-WebSocket request on its own port with 426 and the text "Upgrade Required". RFC 6455 also suggests 426 when a client asks for a WebSocket version the server does not speak, with Sec-WebSocket-Version listing the versions it does. Some mobile and SDK backends borrow 426 to tell outdated app versions to update, with no protocol change involved.

A 426 is not cacheable by default, and repeating the request unchanged gets the same answer.`,
		Causes: []string{
			"A reverse proxy in front of a WebSocket service does not forward the upgrade: nginx passes no hop-by-hop headers on its own and needs `proxy_http_version 1.1` plus explicit `Upgrade` and `Connection` headers.",
			"A browser tab, curl or a monitoring probe sent an ordinary GET to a WebSocket-only URL.",
			"A load balancer health check targets the WebSocket port, receives 426 and marks the target unhealthy.",
			"The WebSocket client asked for a protocol version the server does not support (most servers accept only Sec-WebSocket-Version: 13).",
			"An API uses 426 to push clients onto a newer app or SDK release; non-standard, but common in mobile backends.",
		},
		Fixes: []string{
			"Operator: in nginx, add `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection \"upgrade\";` to the WebSocket location.",
			"Operator: point health checks at a plain HTTP path such as /healthz, or accept 426 as a healthy answer on the WebSocket port.",
			"Client: connect with a WebSocket client (`new WebSocket(\"wss://...\")`, `websocat`) rather than fetch or plain curl, and send `Sec-WebSocket-Version: 13`.",
			"Server: always include the `Upgrade` header naming the required protocol, as RFC 9110 requires, and explain in the body.",
			"Client: if the body says the app or SDK is too old, update it; no protocol change will help.",
		},
		Headers: []Header{
			{"Upgrade", "Required in a 426: names the protocol or protocols the server wants, such as websocket."},
			{"Connection", "Lists upgrade, because Upgrade is a hop-by-hop field that proxies otherwise drop."},
			{"Sec-WebSocket-Version", "In a WebSocket version mismatch, lists the versions the server supports (normally 13)."},
		},
		Example: `HTTP/1.1 426 Upgrade Required
Date: Thu, 08 Oct 2026 16:44:02 GMT
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Version: 13
Content-Type: text/plain; charset=utf-8
Content-Length: 94

This endpoint only accepts WebSocket connections. Repeat the request as a WebSocket handshake.`,
		Related: []int{101, 400, 505},
		Confusions: []Confusion{
			{101, "101 Switching Protocols is the success answer to an Upgrade request; 426 is the refusal that demands one."},
			{505, "505 rejects the HTTP version the client used; 426 asks the client to switch to the protocol named in Upgrade."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.22", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22"},
			{"RFC 9110, Section 7.8", "https://www.rfc-editor.org/rfc/rfc9110#section-7.8"},
			{"RFC 6455, Section 4.2.2", "https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after switching to the protocol named in Upgrade; the same request over the same protocol is refused again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUpgradeRequired",
		Keywords:   []string{"ws://", "protocol upgrade", "force update", "socket.io", "websocket connection failed", "upgrade header missing", "app version too old"},
	},
	{
		Number:  428,
		Name:    "Precondition Required",
		Status:  Permanent,
		Summary: "The server insists that this request be conditional, typically a write that must carry If-Match so it cannot overwrite someone else's change.",
		Explanation: `RFC 6585 added 428 against the lost update problem. Two clients read the same resource, both edit it, and the second PUT silently wipes out the first. If every write has to state which version it was based on, the server can spot the clash. So for such requests the server demands a precondition, usually If-Match with the ETag the client last saw, or If-Unmodified-Since with the Last-Modified date, and answers 428 when none is present.

The response should explain how to resubmit the request correctly, typically which header is expected. Once the client sends a condition, the server evaluates it: a match lets the write through, a mismatch gets 412 Precondition Failed.

RFC 6585 forbids caches from storing a 428 response. The client may resend as soon as it has added the condition.`,
		Causes: []string{
			"The client sent PUT, PATCH or DELETE without `If-Match` to an API that enforces optimistic concurrency.",
			"The client fetched the resource but never copied its `ETag` into the write request.",
			"A proxy or CDN stripped `ETag` from responses, so the client has no validator to send back.",
			"A new API version made conditional writes mandatory and older clients were not updated.",
		},
		Fixes: []string{
			"Client: GET the resource, keep its `ETag`, and send it back as `If-Match: \"<etag>\"` on the PUT, PATCH or DELETE.",
			"Client: if the server does not issue ETags, send `If-Unmodified-Since` with the resource's `Last-Modified` value.",
			"Client: when the conditional write then fails with 412, fetch the current version, reapply your change and try again.",
			"Operator: make sure proxies pass `ETag`, `If-Match` and `If-Unmodified-Since` through untouched.",
			"Server: send an `ETag` on every GET of a resource that requires conditional writes, and say in the 428 body which header is missing.",
		},
		Headers: []Header{
			{"If-Match", "The condition most servers expect: the ETag of the version the client based its change on."},
			{"If-Unmodified-Since", "Date-based alternative to If-Match, using the Last-Modified value."},
			{"ETag", "Sent by the server on reads; the client needs it to build the If-Match header."},
		},
		Example: `HTTP/1.1 428 Precondition Required
Date: Mon, 27 Apr 2026 08:15:09 GMT
Content-Type: application/problem+json
Cache-Control: no-store
Content-Length: 225

{
  "type": "https://api.example.com/problems/precondition-required",
  "title": "Conditional request required",
  "status": 428,
  "detail": "Updates to /articles/42 must include If-Match with the ETag from your last GET."
}`,
		Related: []int{412, 409, 304},
		Confusions: []Confusion{
			{412, "412 means the condition you sent was false (the resource changed); 428 means you sent no condition at all."},
			{409, "409 reports a conflict the server detected; 428 refuses the write up front until it carries a condition that makes conflicts detectable."},
		},
		Specs: []Spec{
			{"RFC 6585, Section 3", "https://www.rfc-editor.org/rfc/rfc6585#section-3"},
			{"RFC 9110, Section 13.1.1", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, once the request carries If-Match (or If-Unmodified-Since) with the current validator.",
			RetryAfter:  false,
		},
		GoConstant: "StatusPreconditionRequired",
		Keywords:   []string{"optimistic locking", "missing If-Match", "mid-air collision", "concurrent edit", "precondition missing", "etag required", "overwrite protection"},
	},
	{
		Number:  429,
		Name:    "Too Many Requests",
		Status:  Permanent,
		Summary: "The client sent more requests than the server's rate limit allows in a given time; slow down and retry after the delay given in Retry-After.",
		Explanation: `429 is how a server enforces a rate limit or quota: this client, counted by API key, user, token or IP address, has used up its allowance for the current window. RFC 6585 leaves open how the server counts and whom. The response should explain the limit and may carry Retry-After, either a number of seconds or an HTTP date, saying when to come back.

Many APIs also describe the limit on every response, so that clients can slow down before they reach it. The long-standing convention is X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset, with variations between vendors; the IETF httpapi working group is standardising RateLimit-Policy (the quota, such as "default";q=100;w=60) and RateLimit (what is left, such as "default";r=0;t=30). Not every limiter uses 429: nginx's limit_req answers 503 unless limit_req_status says otherwise, and GitHub reports some limits with 403.

Caches must not store a 429 (RFC 6585). Retrying is expected, but only after the advertised delay or with growing, randomised backoff; hammering a rate limiter tends to prolong the block.`,
		Causes: []string{
			"A script or integration loops without pauses, or retries failures immediately, and exceeds its per-key or per-IP quota.",
			"Many users share one public IP (an office NAT, carrier-grade NAT, a VPN exit) and exhaust a per-IP limit together.",
			"Behind a load balancer, the limiter sees the balancer's address on every request because the real client IP was not restored, so all users share one bucket.",
			"A CDN or WAF rate limiting rule fired; Cloudflare shows its error 1015 page, \"You are being rate limited\".",
			"An API gateway throttled the call; AWS API Gateway answers {\"message\":\"Too Many Requests\"} when a throttling limit is hit and {\"message\":\"Limit Exceeded\"} when a usage-plan quota runs out.",
			"Parallel workers each stay under the limit, but together they exceed the account-wide quota.",
		},
		Fixes: []string{
			"Client: wait for the `Retry-After` delay, then retry with exponential backoff and jitter, and cap the number of attempts.",
			"Client: watch `RateLimit` or `X-RateLimit-Remaining` on successful responses and throttle before the budget reaches zero; cache and batch where the API allows.",
			"Operator: key per-IP limits on the real client address; in nginx, `set_real_ip_from <balancer CIDR>;` with `real_ip_header X-Forwarded-For;`.",
			"Operator: in nginx, set `limit_req_status 429;` (the default is 503) and absorb short spikes with `limit_req zone=api burst=20 nodelay;`.",
			"Server: always send `Retry-After` and a body naming the limit that was hit, so clients can back off correctly.",
			"Client: if the limit is simply too low for the workload, ask the provider for a higher quota or a different plan.",
		},
		Headers: []Header{
			{"Retry-After", "Seconds to wait (Retry-After: 30) or an HTTP date; the main signal for when to try again."},
			{"RateLimit-Policy", "IETF draft field describing the quota, e.g. \"default\";q=100;w=60 for 100 requests per 60 seconds."},
			{"RateLimit", "IETF draft field with the budget left, e.g. \"default\";r=0;t=30: nothing left, window resets in 30 seconds."},
			{"X-RateLimit-Remaining", "De facto field, with X-RateLimit-Limit and X-RateLimit-Reset, used by GitHub and many other APIs; 0 means the budget is spent."},
		},
		Example: `HTTP/1.1 429 Too Many Requests
Date: Wed, 03 Jun 2026 21:33:48 GMT
Content-Type: application/problem+json
Retry-After: 30
RateLimit-Policy: "default";q=100;w=60
RateLimit: "default";r=0;t=30
Content-Length: 214

{
  "type": "https://api.example.com/problems/rate-limited",
  "title": "Too many requests",
  "status": 429,
  "detail": "This API key sent more than 100 requests in 60 seconds. Wait 30 seconds before retrying."
}`,
		Related: []int{503, 403, 420, 509},
		Confusions: []Confusion{
			{503, "503 says the server is overloaded or down for everyone; 429 says this client went over its own quota (note that nginx's limit_req sends 503 by default)."},
			{403, "403 is a refusal that waiting will not change; some APIs, GitHub among them, use 403 for rate limits too, so check whether X-RateLimit-Remaining is 0."},
			{420, "420 was Twitter's pre-standard rate-limit code (\"Enhance Your Calm\"); 429 is the registered code to use today."},
		},
		Specs: []Spec{
			{"RFC 6585, Section 4", "https://www.rfc-editor.org/rfc/rfc6585#section-4"},
			{"RFC 9110, Section 10.2.3 (Retry-After)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3"},
			{"IETF draft: RateLimit header fields for HTTP", "https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, after the Retry-After delay, or with exponential backoff and jitter if none is given.",
			RetryAfter:  true,
		},
		GoConstant: "StatusTooManyRequests",
		Keywords:   []string{"throttling", "quota exceeded", "API limit", "slow down", "requests per minute", "burst limit", "ratelimit exceeded", "usage limit"},
	},
	{
		Number:  431,
		Name:    "Request Header Fields Too Large",
		Status:  Permanent,
		Summary: "The server refuses the request because its header fields are too large, in total or one field alone; oversized cookies are the usual culprit.",
		Explanation: `Servers read the request line and header fields into a buffer of fixed size before doing anything else. When the headers exceed that budget, RFC 6585 gives them 431 to say so instead of a bare 400. The limit may apply to all header fields together or to a single one; in the second case the response should say which field was too big.

Limits vary widely: Go's net/http allows 1 MB by default (Server.MaxHeaderBytes), Node.js 16 KiB (--max-http-header-size), many proxies and Java servers around 8 KB per line or in total. Go and Node answer 431 and close the connection. nginx does not use 431: it answers 400 with the page "Request Header Or Cookie Too Large" (internally code 494, which error_page can catch).

The cause is nearly always on the client side: a cookie jar that has grown over time, a huge bearer token, or a bug that keeps appending to a header. Caches must not store a 431 (RFC 6585). Retrying helps only once the headers are smaller.`,
		Causes: []string{
			"Cookies for the domain have piled up: analytics, A/B tests, several sessions, or many development apps sharing localhost.",
			"A large JWT in the Authorization header or a cookie, often because it embeds every group or role the user has.",
			"A bug appends to a header on each redirect or retry, such as a cookie set again and again or an ever-growing X-Forwarded-For.",
			"A proxy in front adds many or large headers (tracing, forwarded identity, auth), pushing a borderline request over the backend's limit.",
			"The backend's limit is lower than the proxy's (Node.js at 16 KiB behind a proxy that accepts more), so the proxy forwards what the backend then rejects.",
		},
		Fixes: []string{
			"Client: clear the site's cookies or try a private window; on localhost, delete cookies left behind by other projects.",
			"Client: measure the request headers in the browser's network panel or with `curl -v` to find the oversized field.",
			"Server: keep tokens small (look up group lists instead of embedding them) and stop setting duplicate or unneeded cookies.",
			"Server: if large headers are legitimate, raise the limit on purpose: `node --max-http-header-size=32768`, `http.Server{MaxHeaderBytes: ...}` in Go, `server.max-http-request-header-size` in Spring Boot.",
			"Operator: align limits along the chain (nginx `large_client_header_buffers 4 16k;`) so proxy and backend agree and the error shows up at one predictable hop.",
		},
		Headers: []Header{
			{"Cookie", "The most frequent cause: every cookie matching the domain and path is sent on every request."},
			{"Authorization", "Bearer tokens (JWTs) with many claims can reach several kilobytes."},
			{"Connection", "Servers usually answer 431 with Connection: close, because they stopped reading the request part-way."},
		},
		Example: `HTTP/1.1 431 Request Header Fields Too Large
Content-Type: text/plain; charset=utf-8
Connection: close

431 Request Header Fields Too Large`,
		Related: []int{400, 413, 414, 494},
		Confusions: []Confusion{
			{413, "413 means the request body is too large; 431 means the header fields are."},
			{414, "414 is about an overlong target URI in the request line; 431 is about the header fields after it."},
			{400, "nginx reports oversized headers as 400 \"Request Header Or Cookie Too Large\"; 431 is the specific code that Go, Node.js and others send."},
		},
		Specs: []Spec{
			{"RFC 6585, Section 5", "https://www.rfc-editor.org/rfc/rfc6585#section-5"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the request headers have been trimmed, for example by clearing cookies; the same request fails again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusRequestHeaderFieldsTooLarge",
		Keywords:   []string{"header too large", "too many cookies", "HPE_HEADER_OVERFLOW", "header overflow", "JWT too big", "localhost cookies", "header size limit", "cookie overflow"},
	},
	{
		Number:  451,
		Name:    "Unavailable For Legal Reasons",
		Status:  Permanent,
		Summary: "Access to the resource is denied because of a legal demand, such as a court order, a takedown notice or a regulation tied to the client's location.",
		Explanation: `451 (RFC 7725) separates legal blocking from ordinary refusal. The server, or an intermediary such as an ISP or a national filter, would otherwise deliver the resource but has been made to withhold it: by a court order, a copyright takedown, sanctions, or a regulation the operator chooses not to take on in some region. The number is a nod to Ray Bradbury's Fahrenheit 451. The code says nothing about whether the resource exists.

The body should explain the block: who demanded it, under which law or regulation, and whom it affects. A Link header with rel="blocked-by" should identify the entity doing the blocking, which need not be the one that demanded it. GitHub uses 451 for repositories disabled after a DMCA notice, and several US news sites showed it to EU visitors when GDPR took effect in 2018.

Unlike most 4xx codes, 451 is cacheable by default, so a block that depends on the client's country needs Vary or Cache-Control to keep a shared cache from serving it elsewhere. Retrying does not help unless the legal situation or the client's location changes. Microsoft IIS has an unrelated 451 of its own, used by Exchange ActiveSync to redirect a mail client to another server; it is described in a separate entry.`,
		Causes: []string{
			"A court order or government demand requires the operator to withhold the content, everywhere or in certain countries.",
			"A copyright takedown (a DMCA notice) disabled the resource, as GitHub does for affected repositories.",
			"The operator geoblocks a region to stay out of a regulation (GDPR, sanctions, export rules) and serves 451 to visitors from there.",
			"An ISP or national filter intercepts the request and answers on the site's behalf.",
			"The client's IP is placed in a blocked country by mistake: a VPN exit, a cloud region, a corporate egress point or an outdated GeoIP database.",
		},
		Fixes: []string{
			"Client: read the body and the `Link: <...>; rel=\"blocked-by\"` header to learn who blocked the resource and under which rule; there is nothing technical to fix.",
			"Client: if your location is misdetected, check where your public IP geolocates and contact the site's operator.",
			"Server: describe the legal demand in the body and name the blocking entity with `Link: <https://...>; rel=\"blocked-by\"`.",
			"Server: because 451 is cacheable, add `Vary` on the header that carries the visitor's country (or send `Cache-Control: private`) when the block is regional.",
			"Operator: keep GeoIP data current (for example `geoipupdate` for MaxMind databases) so blocks hit only the intended regions.",
		},
		Headers: []Header{
			{"Link", "With rel=\"blocked-by\", identifies the entity that implements the block (RFC 7725, Section 4)."},
			{"Vary", "Needed when the block depends on a country header, so caches keep each region's answer apart."},
			{"Cache-Control", "451 is heuristically cacheable; set an explicit lifetime, or private, when the block is temporary or regional."},
		},
		Example: `HTTP/1.1 451 Unavailable For Legal Reasons
Date: Tue, 17 Feb 2026 13:50:26 GMT
Link: <https://video.example.com/legal/blocking-notices>; rel="blocked-by"
Vary: X-Country-Code
Cache-Control: private, max-age=3600
Content-Type: text/html; charset=utf-8
Content-Length: 377

<!DOCTYPE html>
<html>
<head><title>Unavailable For Legal Reasons</title></head>
<body>
<h1>Unavailable For Legal Reasons</h1>
<p>This video cannot be shown in your country. A court order issued under the national copyright act requires us to withhold it from visitors located there.</p>
<p>Notice reference: 2026-CV-0412. Questions: legal@video.example.com</p>
</body>
</html>`,
		Related: []int{403, 404, 410},
		Confusions: []Confusion{
			{403, "403 refuses under the server's own access rules (permissions, IP blocks); 451 refuses because a legal demand requires it."},
			{404, "404 says there is nothing there, or hides what is; 451 admits something is withheld for legal reasons without confirming it exists."},
			{410, "410 says the resource was removed for good; 451 says it is being kept from this client for legal reasons and may still exist."},
		},
		Specs: []Spec{
			{"RFC 7725, Section 3", "https://www.rfc-editor.org/rfc/rfc7725#section-3"},
			{"RFC 7725, Section 4", "https://www.rfc-editor.org/rfc/rfc7725#section-4"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "No; the same request gets the same answer until the legal situation or the client's location changes.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUnavailableForLegalReasons",
		Keywords:   []string{"censorship", "censored", "geoblocking", "not available in your country", "GDPR block", "blocked by government", "legal restriction", "region blocked", "content withheld"},
	},
}
