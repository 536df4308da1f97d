package data

// codes1xx are the informational codes: interim answers sent before the
// final response to the same request.
var codes1xx = []Code{
	{
		Number:  100,
		Name:    "Continue",
		Status:  Permanent,
		Summary: "The server has looked at the request headers and is ready for the body: the client should go ahead and send it.",
		Explanation: `A client that is about to upload a large body can first send only the headers, with Expect: 100-continue, and hold the body back. The server checks what it can from the headers alone (credentials, Content-Length, Content-Type) and then either answers 100 to say "send it" or gives a final status such as 401, 413 or 417 straight away, so that megabytes are not transferred only to be refused.

A 100 is only a go-ahead. The real answer to the request follows once the body has been received, on the same connection. The client does not have to wait for the 100 indefinitely: RFC 9110 lets it start sending the body after a reasonable pause (curl waits one second). Servers must not send 100 to an HTTP/1.0 client, and a reverse proxy in front of the application often sends the 100 itself as soon as it starts reading the body, so the application never sees the expectation.

Like every 1xx response, a 100 has no content and is never cached. Retrying does not apply to it. If an access log shows 100 as the final status of a request, the exchange ended after the go-ahead: the client stopped sending, or the connection was cut before a final response was written.`,
		Causes: []string{
			"The client sent `Expect: 100-continue`: curl does so by itself for larger uploads, .NET Framework's HttpWebRequest does by default for POST, and the AWS SDKs do for S3 uploads.",
			"A reverse proxy such as nginx answered the expectation on the application's behalf when it began reading the request body.",
			"The server framework sends 100 automatically the first time the handler reads the body (Go's net/http does this).",
			"Uploads pause for about a second before the body goes out because the client is waiting for a 100 that the server or a middlebox never sends.",
			"The logged status is 100 because the connection closed after the go-ahead: the client gave up, or a body read timeout fired before the final response.",
		},
		Fixes: []string{
			"Client: if every upload stalls for a second first, stop asking for the go-ahead: `curl -H 'Expect:'`, `ServicePointManager.Expect100Continue = false` or `HttpClient.DefaultRequestHeaders.ExpectContinue = false` in .NET.",
			"Client: treat 100 as interim and keep reading until a final status arrives; hand-written HTTP code often stops at the first status line.",
			"Server: reject doomed uploads from the headers alone (401, 413, 415) instead of sending 100 and then failing after the whole body has arrived.",
			"Server: answer an expectation other than `100-continue` that you cannot meet with 417 Expectation Failed.",
			"Operator: when the final status is missing after a 100, check the proxy's body read timeout (nginx `client_body_timeout`) and its error log for a client that stopped sending.",
		},
		Headers: []Header{
			{"Expect", "Request header; the value 100-continue is what asks the server for this go-ahead."},
			{"Content-Length", "Lets the server judge the upload size before agreeing to receive it."},
			{"Date", "May appear in a 100, though most servers send the bare status line."},
		},
		Example: `HTTP/1.1 100 Continue
Date: Tue, 24 Nov 2026 03:12:44 GMT`,
		Related: []int{417, 413, 101, 103},
		Confusions: []Confusion{
			{417, "417 refuses the Expect header; 100 accepts it and invites the body."},
			{102, "102 is sent after the whole request has arrived, while a slow operation runs; 100 is sent before the body, to invite it."},
			{200, "200 is a final answer to the request; 100 only says the body may be sent and the real answer is still to come."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.2.1", "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1"},
			{"RFC 9110, Section 10.1.1 (Expect)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable: 100 is an interim response; send the body and wait for the final status that follows.",
			RetryAfter:  false,
		},
		GoConstant: "StatusContinue",
		Keywords:   []string{"expect continue", "upload waits one second", "large POST", "PUT upload", "ExpectContinueTimeout", "interim status"},
	},
	{
		Number:  101,
		Name:    "Switching Protocols",
		Status:  Permanent,
		Summary: "The server accepts the client's Upgrade request and, right after this response, speaks the new protocol on the same connection.",
		Explanation: `A client asks to change protocols by sending Upgrade (with Connection: Upgrade) on an HTTP/1.1 request. A server that agrees answers 101, names the protocol it is switching to in its own Upgrade header, and from the blank line ending the 101 onwards the connection carries that protocol instead of HTTP. By far the most common case today is the WebSocket opening handshake (RFC 6455), where the 101 also carries Sec-WebSocket-Accept, a hash of the key the client sent. Older uses include h2c, cleartext HTTP/2 by upgrade, which RFC 9113 has since deprecated.

The server may only switch to a protocol the client offered, and it is free to ignore Upgrade and answer normally. 101 exists only in HTTP/1.1: HTTP/2 (RFC 9113, Section 8.6) and HTTP/3 do not support it, and WebSockets over those versions use extended CONNECT (RFC 8441, RFC 9220), which succeeds with 200. Upgrade and Connection are hop-by-hop headers, so every proxy on the way has to be told to pass them on.

A 101 has no content and is never cached. Because the log entry for an upgraded request is usually written when the connection finally closes, an access-log line showing 101 with a duration of minutes or hours and a large byte count is a normal WebSocket session, not a slow request.`,
		Causes: []string{
			"A browser or client opened a WebSocket: `new WebSocket('wss://...')`, Socket.IO, SignalR, GraphQL subscriptions, or a dev server's hot reload channel.",
			"A client asked for cleartext HTTP/2 by upgrade (`curl --http2` on an http:// URL sends `Upgrade: h2c`).",
			"The handshake got 200, 400 or 426 instead of 101 because a proxy dropped the hop-by-hop Upgrade and Connection headers, so the application saw a plain GET.",
			"Established sockets close after about a minute of silence: the proxy's idle or read timeout (nginx `proxy_read_timeout`, an AWS ALB's idle timeout, both 60 seconds by default) ends the connection.",
			"The server answered 101 with a missing or wrong `Sec-WebSocket-Accept`, and the browser aborted the handshake.",
		},
		Fixes: []string{
			"Operator: pass the upgrade through the proxy: in nginx `proxy_http_version 1.1;`, `proxy_set_header Upgrade $http_upgrade;` and `proxy_set_header Connection \"upgrade\";` in the WebSocket location.",
			"Operator: raise the idle timeout on the WebSocket path (`proxy_read_timeout 1h;`, the load balancer's idle timeout) or have the application send ping frames more often than the timeout.",
			"Operator: on a CDN, make sure WebSockets are allowed for the hostname (Cloudflare has a WebSockets switch in its network settings).",
			"Server: return the exact protocol token the client requested and a correct `Sec-WebSocket-Accept` (base64 of the SHA-1 of the client key plus the fixed GUID); a mismatch makes Chrome log \"Error during WebSocket handshake\".",
			"Client: when the handshake fails, read the status and body of the non-101 response: it usually names the real problem (authentication, wrong path, origin not allowed).",
		},
		Headers: []Header{
			{"Upgrade", "Names the protocol the server switches to; it must be one the client offered."},
			{"Connection", "Must list upgrade, marking Upgrade as a hop-by-hop header for this connection."},
			{"Sec-WebSocket-Accept", "WebSocket only: proves the server read the client's Sec-WebSocket-Key; browsers reject a wrong value."},
			{"Sec-WebSocket-Protocol", "WebSocket only: the subprotocol the server picked from the client's list, if any."},
		},
		Example: `HTTP/1.1 101 Switching Protocols
Upgrade: websocket
Connection: Upgrade
Sec-WebSocket-Accept: kJ9fx90Ewkn1tEQA5OtqAo91IZQ=`,
		Related: []int{426, 400, 502, 100},
		Confusions: []Confusion{
			{426, "426 is the server refusing to go on until the client upgrades; 101 is the server agreeing to an upgrade the client asked for."},
			{200, "A 200 to a WebSocket handshake over HTTP/1.1 means the Upgrade header never reached the application, usually because a proxy dropped it; over HTTP/2 and HTTP/3, 200 is the normal success of an extended CONNECT."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.2.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2"},
			{"RFC 9110, Section 7.8 (Upgrade)", "https://www.rfc-editor.org/rfc/rfc9110#section-7.8"},
			{"RFC 6455, Section 4.2.2", "https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2"},
			{"RFC 9113, Section 8.6", "https://www.rfc-editor.org/rfc/rfc9113#section-8.6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable: after a 101 the connection speaks the new protocol; if the upgrade failed, fix the handshake, then reconnect with backoff.",
			RetryAfter:  false,
		},
		GoConstant: "StatusSwitchingProtocols",
		Keywords:   []string{"websocket handshake failed", "ws://", "socket.io", "signalr", "hot module reload", "long-lived connection", "connection upgrade"},
	},
	{
		Number:  102,
		Name:    "Processing",
		Status:  Permanent,
		Summary: "An interim WebDAV response: the server has received the whole request and is still working on it, so the client should keep waiting.",
		Explanation: `102 comes from RFC 2518, the first WebDAV specification (1999). WebDAV methods can act on whole trees of resources, for example a COPY, MOVE or DELETE of a large collection with Depth: infinity, and such work may outlast a client's patience. RFC 2518 lets the server send 102 to say "the request arrived and I am on it"; its guidance is to do so when a method has been running for more than about 20 seconds. The final response follows on the same connection when the work is done.

RFC 4918, which replaced RFC 2518 in 2007, dropped the definition of 102. The code was not withdrawn, though: the IANA registry still lists it, with RFC 2518 as its reference, so servers may send it and clients must accept it like any other 1xx. In practice few servers send it, browsers ignore it, and some client libraries mishandle it.

A 102 has no content and is never cached. It keeps a patient client waiting, but it is not a reliable way to stop a proxy's read timeout from firing: that depends on the proxy. For work that takes minutes, 202 Accepted with a status resource the client can poll is the sturdier design.`,
		Causes: []string{
			"A WebDAV server is carrying out a slow COPY, MOVE, DELETE or PROPFIND over a large collection.",
			"An application sends 102 deliberately as a keep-alive during a long computation (Go handlers can since Go 1.19, with `w.WriteHeader(http.StatusProcessing)`).",
			"A client library that skips only 100 took the 102 as the final response and returned an empty result (Python's http.client, used by requests and urllib3, behaves this way).",
			"A log shows 102 as the final status because the connection ended before the final response: a timeout or a disconnected client.",
		},
		Fixes: []string{
			"Client: use an HTTP client that skips every 1xx before the final response; if you are stuck with one that does not, ask the server not to send 102.",
			"Client: set the read timeout longer than the time between the server's 102s, and never treat a 102 as success.",
			"Server: send 102 only after the complete request has been received and only for work that really takes long, and always finish with a final status.",
			"Server: for jobs that run for minutes, answer 202 Accepted with a status URL instead, which survives proxies and dropped connections.",
			"Operator: if 102 appears as the final status in logs, raise the proxy's read timeout for that path (nginx `proxy_read_timeout`) or move the work to a background job.",
		},
		Headers: []Header{
			{"Depth", "Request header; Depth: infinity on a collection is what usually makes a WebDAV method slow enough to need 102."},
			{"Status-URI", "Defined in RFC 2518 for use alongside 102 to point at progress information; also dropped by RFC 4918 and almost never implemented."},
		},
		Example: `HTTP/1.1 102 Processing
Date: Tue, 24 Nov 2026 03:14:05 GMT`,
		Related: []int{202, 207, 100, 504},
		Confusions: []Confusion{
			{202, "202 is a final response that ends the exchange while the work continues elsewhere; 102 is interim and the final status still arrives on the same connection."},
			{100, "100 comes before the body and invites it; 102 comes after the whole request has arrived."},
			{103, "103 carries header hints the client can act on; 102 only says the server is still busy."},
		},
		Specs: []Spec{
			{"RFC 2518, Section 10.1", "https://www.rfc-editor.org/rfc/rfc2518#section-10.1"},
			{"RFC 9110, Section 15.2 (1xx handling)", "https://www.rfc-editor.org/rfc/rfc9110#section-15.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable: keep waiting for the final status; resending a long WebDAV operation may repeat work that is already under way.",
			RetryAfter:  false,
		},
		GoConstant: "StatusProcessing",
		Keywords:   []string{"webdav", "long-running request", "keepalive response", "slow MOVE", "request still running", "RFC 2518"},
	},
	{
		Number:  103,
		Name:    "Early Hints",
		Status:  Permanent,
		Summary: "An interim response carrying header hints, usually Link preload or preconnect, sent while the server is still preparing the final response.",
		Explanation: `RFC 8297 defines 103 so that a server can use its own thinking time. While the application is still rendering a page or waiting on a database, the server or a CDN in front of it sends a 103 with Link headers (rel=preload for stylesheets, fonts and scripts, rel=preconnect for other origins). The browser starts those fetches and connections at once; the final response, usually a 200, follows when it is ready. A server may send more than one 103 before the final response.

The hints are only hints. The header fields of a 103 do not belong to the final response, which carries its own, and a client may ignore them. Browsers act on Early Hints only for top-level page navigations, and Chromium only over HTTP/2 and HTTP/3; over HTTP/1.1 the benefit is small and some older clients and proxies stumble over an unexpected 1xx. Early Hints took over the job of HTTP/2 server push, which Chrome and Firefox have removed.

A 103 has no content and is never cached. CDNs commonly generate it: Cloudflare can replay the Link headers it saw on earlier responses from the origin, Fastly offers an early_hints() function in VCL (for HTTP/2 and HTTP/3 clients only), Akamai has an Early Hints behavior, and nginx 1.29 and later forwards an upstream 103 only where its early_hints directive allows.`,
		Causes: []string{
			"Early Hints is switched on at the CDN (a Cloudflare zone setting, an Akamai behavior, Fastly VCL) and the origin's pages carry `Link: rel=preload` headers.",
			"The application sends them itself: Rails `request.send_early_hints` behind Puma with `early_hints true`, Node.js `response.writeEarlyHints()`, or Go's `w.WriteHeader(http.StatusEarlyHints)` after setting Link.",
			"A client that skips only 100 returned the 103 as the final response, with no body (Python's http.client, and so requests and urllib3, behaves this way).",
			"A script that reads the first status line of the raw response, instead of the last, reports 103.",
			"A hint was sent before the application knew the outcome, so the browser preloaded files for a page that turned out to be a redirect or an error.",
		},
		Fixes: []string{
			"Client: if your HTTP client hands you a 103 with an empty body, upgrade it or use one that skips unknown 1xx responses (browsers, curl and Go's client do).",
			"Operator: limit Early Hints to HTML page routes at the CDN; API hostnames and machine clients gain nothing from them.",
			"Operator: behind nginx, pass upstream hints only to clients that use them, for example `early_hints $http2$http3;`.",
			"Server: hint only resources that every likely final response needs, and watch the browser console for \"preloaded using link preload but not used\" warnings.",
			"Server: repeat the Link headers on the final 200, so clients that ignore the 103 still get the preload.",
		},
		Headers: []Header{
			{"Link", "The hints themselves: rel=preload with an as= type, or rel=preconnect for another origin."},
			{"Sec-Fetch-Mode", "Request header; navigate marks a page load, the only kind of request for which browsers use Early Hints, so servers and CDNs can limit hints to those."},
		},
		Example: `HTTP/1.1 103 Early Hints
Link: </assets/app.9f3c1e.css>; rel=preload; as=style
Link: </assets/inter-var.woff2>; rel=preload; as=font; crossorigin
Link: <https://images.example-cdn.com>; rel=preconnect`,
		Related: []int{200, 100, 102, 101},
		Confusions: []Confusion{
			{100, "100 answers an Expect: 100-continue and invites the request body; 103 can precede any response and carries hints about it."},
			{102, "102 only says the server is still working; 103 gives the client header fields it can act on in the meantime."},
		},
		Specs: []Spec{
			{"RFC 8297, Section 2", "https://www.rfc-editor.org/rfc/rfc8297#section-2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable: 103 is interim; wait for the final response that follows it.",
			RetryAfter:  false,
		},
		GoConstant: "StatusEarlyHints",
		Keywords:   []string{"resource hints", "largest contentful paint", "page speed", "server push replacement", "server think time", "103 not working"},
	},
	{
		Number:       104,
		Name:         "Upload Resumption Supported",
		Status:       Temporary,
		Summary:      "Interim response from the IETF resumable-uploads draft: this upload can be resumed, here is its upload URL, or here is how far it has got.",
		Registration: &Registration{Registered: "2024-11-13", Extended: "2025-09-15", Expires: "2026-11-13"},
		Explanation: `104 belongs to draft-ietf-httpbis-resumable-upload, an HTTP working group Internet-Draft that grew out of the tus protocol and is not yet an RFC. Its registration is temporary: IANA registered it on 13 November 2024 and extended it on 15 September 2025, until 13 November 2026. A temporary registration lapses at the end of its term unless it is extended again or made permanent when the specification is published, so check the current entry in the IANA HTTP Status Code Registry (iana.org/assignments/http-status-codes) before relying on it. Details can still change between draft revisions.

A client starts an ordinary upload (POST, PUT or PATCH) and adds Upload-Complete, set to ?1 when the request carries the whole file. A server that supports resumption replies early with a 104 whose Location names a temporary upload resource, plus Upload-Limit if limits apply. If the connection then breaks, the client sends HEAD to that resource to learn the Upload-Offset the server has stored, and sends the rest with PATCH (Content-Type: application/partial-upload). While data is flowing the server may send further 104s carrying Upload-Offset, to report progress. The final response is whatever the target resource would have answered for a single, uninterrupted upload.

Like any 1xx it has no content, is never cached and is followed by a final status; clients that do not know it must skip it. Apple's URLSession upload tasks (iOS 17, macOS 14 and later) speak the draft and add Upload-Complete and Upload-Draft-Interop-Version to requests by themselves. Go's net/http has no constant for 104.`,
		Causes: []string{
			"The client asked for a resumable upload (sent `Upload-Complete`, as URLSession upload tasks on iOS 17 and macOS 14 do) and the server implements the draft.",
			"The server is reporting progress during a long upload with 104 responses that carry `Upload-Offset`.",
			"A client that skips only 100 took the 104 as the final response, so the upload seemed to end with an empty answer (Python's http.client behaves this way).",
			"Client and server implement different draft revisions (`Upload-Draft-Interop-Version` differs), so resumption is not offered or a later PATCH is refused.",
			"The upload resource expired (the `max-age` in `Upload-Limit` passed) before the client came back, so resuming gets 404 or 410.",
		},
		Fixes: []string{
			"Client: store the `Location` from the first 104 at once; after a failure send HEAD to it, read `Upload-Offset`, then PATCH the rest with `Content-Type: application/partial-upload` and a matching `Upload-Offset`.",
			"Client: on a 409 Conflict while resuming, your offset is stale: send HEAD again and continue from the offset the server reports.",
			"Server: put `Location`, and `Upload-Limit` if limits apply, in the first 104, and keep the same Location in every later response for that upload.",
			"Server: check which draft revision clients announce in `Upload-Draft-Interop-Version`; if you do not support it, ignore `Upload-Complete` and handle the request as a plain upload.",
			"Operator: make sure every proxy on the path streams the request body and forwards interim responses; nginx buffers the whole body first unless `proxy_request_buffering off;` is set, so the 104 would arrive too late to help.",
		},
		Headers: []Header{
			{"Location", "The upload resource to resume at; sent in the first 104 and kept identical for the rest of the upload."},
			{"Upload-Offset", "How many bytes the server has stored; in a 104 it reports progress, in a HEAD response it says where to resume."},
			{"Upload-Limit", "Limits on the upload, such as max-size and max-age (how long the upload resource will be kept)."},
			{"Upload-Complete", "Request header; ?1 when this request carries the end of the data, ?0 when more will follow."},
			{"Upload-Draft-Interop-Version", "Sent by implementations of the draft to say which revision they follow."},
		},
		Example: `HTTP/1.1 104 Upload Resumption Supported
Location: https://uploads.example.com/uploads/7f3a9c2e51
Upload-Limit: max-size=10737418240, max-age=86400`,
		Related: []int{100, 201, 409, 413},
		Confusions: []Confusion{
			{100, "100 only invites the client to send the body; 104 also hands over a URL from which an interrupted upload can be resumed."},
			{308, "Google's resumable upload APIs report an incomplete upload with a final 308 and a Range header; 104 is an interim response from the IETF draft and the upload continues on the same request."},
		},
		Specs: []Spec{
			{"draft-ietf-httpbis-resumable-upload (Internet-Draft), Status Code 104", "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/"},
			{"IANA HTTP Status Code Registry (temporary registration)", "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable to the 104 itself; if the upload is cut off later, resume it at the URL the 104 gave instead of starting over.",
			RetryAfter:  false,
		},
		GoConstant: "",
		Keywords:   []string{"resumable upload", "tus protocol", "interrupted upload", "pause and resume upload", "background upload", "flaky network upload"},
	},
}
