package data

// headersContent are the fields of the "Content and message framing" group of the header index.
var headersContent = []HeaderField{
	{
		Name:      "Allow",
		Group:     GroupContent,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The request methods the target resource supports; required in every 405 response, allowed in any other.",
		Explanation: `Allow lists the methods the origin server supports for the target resource at the moment of the request. Its job is to inform: a client learns from it which methods are worth trying, for instance after a 405 Method Not Allowed, where RFC 9110 makes it mandatory.

Servers may also send it with a 200 answer to OPTIONS, or with any other response. An empty value is valid and means the resource accepts no method at all for now, which can happen when it is disabled by configuration.`,
		Syntax: "A comma-separated list of method names, case-sensitive (GET, not get); it may be empty.",
		ABNF:   `Allow = #method`,
		Examples: []string{
			"Allow: GET, HEAD",
			"Allow: GET, HEAD, PUT, DELETE",
			"Allow: GET, HEAD, OPTIONS",
		},
		Handling: "Browsers do not act on it; it is for developers and API clients. A proxy must pass it on unchanged, even when it does not know some of the methods listed. Frameworks usually build it from the routes they know: Spring, Django and Go's net/http 1.22+ ServeMux all send it with their automatic 405 answers.",
		Mistakes: []string{
			"Sending 405 without Allow, which RFC 9110 requires.",
			"Listing methods the resource would reject, so a client retries with one that also fails.",
			"Writing method names in lower case; method names are case-sensitive.",
		},
		Related: []string{"Access-Control-Allow-Methods", "Accept-Patch"},
		Specs: []Spec{
			{"RFC 9110, Section 10.2.1", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1"},
		},
		Keywords: []string{"allowed methods", "method not allowed", "options"},
	},
	{
		Name:      "Content-Type",
		Group:     GroupContent,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The media type of the content, with parameters such as charset or boundary, telling the recipient how to parse the body.",
		Explanation: `Content-Type names the format of the representation a message carries: text/html; charset=utf-8, application/json, multipart/form-data with its boundary. Servers send it on responses with content; clients send it on requests with a body (POST, PUT, PATCH) so the server knows how to parse what arrives.

Type and subtype are case-insensitive tokens, followed by parameters after semicolons. charset names the character encoding of text types; multipart types need a boundary. application/json defines no charset parameter at all, since JSON exchanged between systems is UTF-8.`,
		Syntax: "A type/subtype pair, then optional ;name=value parameters whose values may be quoted.",
		ABNF: `Content-Type = media-type

media-type = type "/" subtype parameters
type       = token
subtype    = token

parameters      = *( OWS ";" OWS [ parameter ] )
parameter       = parameter-name "=" parameter-value
parameter-name  = token
parameter-value = ( token / quoted-string )`,
		Examples: []string{
			"Content-Type: text/html; charset=utf-8",
			"Content-Type: application/problem+json",
			"Content-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
		},
		Handling: "Browsers choose how to render or execute a response from it. Without the field a recipient may assume application/octet-stream or inspect the data, which is how browsers end up sniffing; X-Content-Type-Options: nosniff stops them running scripts and stylesheets served with the wrong type. Caches store it with the response, and proxies leave it alone unless they transform the content.",
		Mistakes: []string{
			"Posting JSON with no type or the form default application/x-www-form-urlencoded, so the server cannot parse the body and answers 400 or 415.",
			"Setting multipart/form-data by hand without the boundary parameter; let the HTTP library write the field so the boundary matches the body.",
			"Serving text without a charset and leaving the browser to guess the encoding.",
			"Serving JavaScript or CSS as text/plain or text/html, which browsers refuse when nosniff is set.",
		},
		Related: []string{"X-Content-Type-Options", "Accept", "Content-Encoding", "Content-Length"},
		Specs: []Spec{
			{"RFC 9110, Section 8.3", "https://www.rfc-editor.org/rfc/rfc9110#section-8.3"},
			{"RFC 8259, Section 11 (application/json)", "https://www.rfc-editor.org/rfc/rfc8259#section-11"},
		},
		Keywords: []string{"mime type", "form data", "file type", "response format"},
	},
	{
		Name:      "Content-Length",
		Group:     GroupContent,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The size of the content in bytes, which frames an HTTP/1.1 body so the recipient knows where the message ends.",
		Explanation: `Content-Length is the decimal number of bytes of content, counted after any content coding such as gzip. In HTTP/1.1 it is one of two ways to mark the end of a body, the other being chunked Transfer-Encoding; servers that need a length before reading answer 411 to a request with neither.

In a response to HEAD, or a 304, it states the length the content would have had in a 200 to GET. HTTP/2 and HTTP/3 frame messages themselves, so there the field is informational, and a value that differs from the DATA actually received makes the message malformed.`,
		Syntax:   "One or more decimal digits: no sign, unit or spaces.",
		ABNF:     `Content-Length = 1*DIGIT`,
		Examples: []string{"Content-Length: 348", "Content-Length: 0"},
		Handling: "A message carrying both Transfer-Encoding and Content-Length is framed by Transfer-Encoding and may be a request smuggling attempt: a server may reject it and must close the connection after responding, and an intermediary must remove Content-Length before forwarding. An invalid value is an unrecoverable framing error: a server answers 400 and closes the connection, a proxy discards the response and sends 502.",
		Mistakes: []string{
			"Counting characters instead of bytes, which undercounts any non-ASCII text in UTF-8.",
			"Keeping the uncompressed size after compressing the body; the value counts the bytes actually sent.",
			"Sending it with a 1xx or 204 response, where RFC 9110 forbids it.",
			"Sending both Content-Length and Transfer-Encoding: chunked, the classic ingredient of request smuggling.",
		},
		Related: []string{"Transfer-Encoding", "Content-Encoding", "Expect", "Content-Range"},
		Specs: []Spec{
			{"RFC 9110, Section 8.6", "https://www.rfc-editor.org/rfc/rfc9110#section-8.6"},
			{"RFC 9112, Section 6.3", "https://www.rfc-editor.org/rfc/rfc9112#section-6.3"},
		},
		Keywords: []string{"body size", "file size", "payload size"},
	},
	{
		Name:      "Content-Encoding",
		Group:     GroupContent,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The codings, usually compression, applied to the content in order, which the recipient must undo to get the declared media type.",
		Explanation: `Content-Encoding lists the content codings applied to the representation, such as gzip, br (Brotli) or zstd, in the order they were applied. The coding belongs to the representation itself: Content-Length counts the encoded bytes and an ETag identifies them. Servers pick a coding the client listed in Accept-Encoding; a client may compress a request body too, but only for a server known to accept it, since a server may answer 415 to a coding it does not take.

Transfer-Encoding is different: it describes how one HTTP/1.1 message is delivered over one connection, while Content-Encoding stays with the data from end to end.`,
		Syntax: "A comma-separated list of content-coding names (case-insensitive tokens), in the order they were applied.",
		ABNF: `Content-Encoding = #content-coding

content-coding   = token`,
		Examples: []string{"Content-Encoding: gzip", "Content-Encoding: br", "Content-Encoding: zstd"},
		Handling: "Browsers decode the codings before a page or script sees the body. Caches store the encoded bytes and need Vary: Accept-Encoding to keep compressed and uncompressed variants apart. A proxy or CDN that compresses on the fly changes the bytes, so the origin's ETag and Content-Length no longer describe what it sends.",
		Mistakes: []string{
			"Compressing responses without Vary: Accept-Encoding, so a shared cache hands gzip to clients that did not ask for it.",
			"Labelling a .tar.gz download Content-Encoding: gzip, so the browser unpacks it and saves a file that no longer matches its name.",
			"Compressing twice, in the application and again in a proxy, while declaring only one coding.",
		},
		Related: []string{"Accept-Encoding", "Vary", "Transfer-Encoding", "Content-Type"},
		Specs: []Spec{
			{"RFC 9110, Section 8.4", "https://www.rfc-editor.org/rfc/rfc9110#section-8.4"},
		},
		Keywords: []string{"deflate", "http compression", "compressed response"},
	},
	{
		Name:      "Transfer-Encoding",
		Group:     GroupContent,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The HTTP/1.1 transfer codings applied to a message body for delivery, in practice chunked, which frames a body of unknown length.",
		Explanation: `Transfer-Encoding lists the codings applied to an HTTP/1.1 message body so it can be delivered over the connection. In practice the only one in use is chunked: the body travels as size-prefixed chunks ending with a zero-length chunk, so a sender can stream content whose length it does not know in advance. chunked must be the last coding and may be applied only once.

It is a property of the message, not of the data: any recipient may remove or add transfer codings, and HTTP/2 and HTTP/3, which frame messages themselves, treat the field as malformed. A server that receives a transfer coding it does not understand should answer 501.`,
		Syntax: "A comma-separated list of transfer-coding names with optional parameters, in the order applied; chunked comes last.",
		ABNF: `Transfer-Encoding = #transfer-coding
                     ; defined in [HTTP], Section 10.1.4

transfer-coding    = token *( OWS ";" OWS transfer-parameter )
transfer-parameter = token BWS "=" BWS ( token / quoted-string )`,
		Examples: []string{"Transfer-Encoding: chunked", "Transfer-Encoding: gzip, chunked"},
		Handling: "Clients and proxies strip the chunked framing as they read and may frame the body differently for the next hop, so the field rarely survives end to end. When a message also has Content-Length, Transfer-Encoding wins and RFC 9112 treats the pair as a possible smuggling attempt. A server must not send it in a response to an HTTP/1.0 request, or in a 1xx or 204 response.",
		Mistakes: []string{
			"Sending Transfer-Encoding: gzip on a request body, which many servers reject with 501; compress with Content-Encoding instead.",
			"Sending both Transfer-Encoding and Content-Length, so a proxy and the server behind it may disagree on where the request ends.",
			"Copying the field from an HTTP/1.1 upstream response into an HTTP/2 response, which makes the response malformed.",
		},
		Related: []string{"Content-Length", "Content-Encoding", "Connection"},
		Specs: []Spec{
			{"RFC 9112, Section 6.1", "https://www.rfc-editor.org/rfc/rfc9112#section-6.1"},
			{"RFC 9112, Section 7.1", "https://www.rfc-editor.org/rfc/rfc9112#section-7.1"},
		},
		Keywords: []string{"streaming", "request smuggling", "te.cl", "chunked encoding"},
	},
	{
		Name:      "Date",
		Group:     GroupContent,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The time the message was generated, as an HTTP-date in GMT, which caches use to work out a response's age.",
		Explanation: `Date records when the message was created, in the fixed IMF-fixdate form: Sun, 06 Nov 1994 08:49:37 GMT. An origin server with a clock must send it in 2xx, 3xx and 4xx responses and may send it in 1xx and 5xx; one without a clock must not send it. User agents may send it in requests but rarely do.

Caches combine it with Age, Expires and their own clock to decide how fresh a stored response is, and clients compare it with local time to spot clock skew, for instance before trusting a Retry-After date.`,
		Syntax: "An HTTP-date: day name, day, month, year, time and the letters GMT. Recipients must also accept two obsolete formats.",
		ABNF: `Date = HTTP-date

HTTP-date    = IMF-fixdate / obs-date
IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT`,
		Examples: []string{"Date: Tue, 24 Nov 2026 03:12:44 GMT", "Date: Mon, 30 Nov 2026 11:15:00 GMT"},
		Handling: "A cache or proxy with a clock that receives a response without Date must record when it arrived and add the field before storing or forwarding it. Browsers otherwise only show it in developer tools.",
		Mistakes: []string{
			"Writing a zone other than the literal GMT (UTC, +0000) or local time.",
			"Sending ISO 8601 (2026-11-24T03:12:44Z), which HTTP-date parsers reject.",
			"Running servers without clock synchronisation, which skews cache freshness and Retry-After dates.",
		},
		Related: []string{"Age", "Expires", "Last-Modified", "Retry-After"},
		Specs: []Spec{
			{"RFC 9110, Section 6.6.1", "https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1"},
			{"RFC 9110, Section 5.6.7", "https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7"},
		},
		Keywords: []string{"timestamp", "http date format", "server time"},
	},
}
