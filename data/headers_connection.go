package data

// headersConnection are the fields of the "Connections and protocols" group of the header index.
var headersConnection = []HeaderField{
	{
		Name:      "Connection",
		Group:     GroupConnection,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Control options for the current HTTP/1.1 connection, such as close or upgrade, and the names of hop-by-hop fields a proxy must not forward.",
		Explanation: `Connection carries options that concern only the connection between two hops, never the far end. close says the sender will close the connection after this message, so the next request needs a new one; keep-alive asks an HTTP/1.0 peer to keep it open, which HTTP/1.1 does by default; upgrade marks the Upgrade field as meant for this hop only.

Any other field name listed is declared hop-by-hop: an intermediary must remove that field, and Connection itself, before forwarding the message. HTTP/2 and HTTP/3 manage connections themselves and treat a message carrying Connection as malformed.`,
		Syntax: "A comma-separated list of case-insensitive tokens: connection options or names of hop-by-hop fields.",
		ABNF: `Connection        = #connection-option
connection-option = token`,
		Examples: []string{"Connection: close", "Connection: keep-alive", "Connection: Upgrade"},
		Handling: "Browsers manage connections themselves and forbid scripts from setting the field. Proxies strip it, and the fields it names, before forwarding, along with fields known to be hop-by-hop such as Keep-Alive, TE, Transfer-Encoding and Upgrade. Servers send close when they cannot trust the rest of the byte stream, after a malformed request or a timeout.",
		Mistakes: []string{
			"Listing an end-to-end field such as Cache-Control, which intermediaries then remove.",
			"Copying Connection or Keep-Alive from an HTTP/1.1 upstream response into an HTTP/2 or HTTP/3 response, which makes it malformed.",
			"Proxying WebSockets without passing Upgrade and Connection on explicitly, so the handshake reaches the backend as a plain GET (nginx needs proxy_set_header for both).",
		},
		Related: []string{"Upgrade", "Transfer-Encoding", "Via"},
		Specs: []Spec{
			{"RFC 9110, Section 7.6.1", "https://www.rfc-editor.org/rfc/rfc9110#section-7.6.1"},
			{"RFC 9112, Section 9.3 (persistence)", "https://www.rfc-editor.org/rfc/rfc9112#section-9.3"},
		},
		Keywords: []string{"persistent connection", "connection close", "connection reuse"},
	},
	{
		Name:      "Upgrade",
		Group:     GroupConnection,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Invites the server to switch an HTTP/1.1 connection to another protocol, such as websocket; the server names the one it chose in a 101.",
		Explanation: `A client lists in Upgrade the protocols it would like to switch to on the current connection, in order of preference; the server may ignore it. If it agrees, it answers 101 Switching Protocols with Upgrade naming the protocol it switched to, which must be one the client offered, and the connection carries that protocol from then on. A 426 Upgrade Required must include Upgrade to say which protocols the server insists on.

Upgrade is hop-by-hop, so every sender also lists upgrade in Connection. It exists only in HTTP/1.1: HTTP/2 dropped it, and WebSockets over HTTP/2 and HTTP/3 use an extended CONNECT request instead.`,
		Syntax: "A comma-separated list of protocol names, each with an optional /version.",
		ABNF: `Upgrade          = #protocol

protocol         = protocol-name ["/" protocol-version]
protocol-name    = token
protocol-version = token`,
		Examples: []string{"Upgrade: websocket", "Upgrade: h2c"},
		Handling: "Browsers use it only for the WebSocket handshake and do not let scripts set it. A server must ignore it in an HTTP/1.0 request. Proxies drop it unless configured to pass upgrades through, because it is hop-by-hop.",
		Mistakes: []string{
			"Sending Upgrade without Connection: upgrade, so proxies forward or discard it inconsistently.",
			"Expecting browsers to switch to TLS through Upgrade (RFC 2817); none implement it, so redirect to an https URL instead.",
			"Relying on Upgrade: h2c for HTTP/2; browsers never used it, and RFC 9113 deprecated it.",
		},
		Related: []string{"Connection", "Sec-WebSocket-Accept", "Sec-WebSocket-Version", "Alt-Svc"},
		Specs: []Spec{
			{"RFC 9110, Section 7.8", "https://www.rfc-editor.org/rfc/rfc9110#section-7.8"},
			{"RFC 6455, Section 4 (WebSocket handshake)", "https://www.rfc-editor.org/rfc/rfc6455#section-4"},
		},
		Keywords: []string{"protocol switch", "websocket proxy"},
	},
	{
		Name:      "Host",
		Group:     GroupConnection,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "The host name and port the request is for, which lets one server or IP address serve many sites; required in every HTTP/1.1 request.",
		Explanation: `Host carries the authority part of the target URI, the host name and optional port, so that a server with many virtual hosts on one address can tell which site is meant. An HTTP/1.1 request must include exactly one valid Host field; a server answers 400 to a request that lacks it, repeats it or gives an invalid value.

In HTTP/2 and HTTP/3 the :authority pseudo-header usually carries the same information instead. On HTTPS the name is also sent in TLS (SNI), and a server may answer 421 Misdirected Request when the two do not match a site it serves on that connection.`,
		Syntax:   "A host name or IP address (IPv6 in brackets), optionally followed by a colon and port number.",
		ABNF:     `Host = uri-host [ ":" port ] ; Section 4`,
		Examples: []string{"Host: www.example.com", "Host: api.example.com:8443", "Host: [2001:db8::1]:8080"},
		Handling: "Browsers set it from the URL and forbid scripts from changing it. Reverse proxies use it to pick the backend and the virtual host, and either pass it on or replace it with the backend's name (nginx sends its proxy_pass host unless told proxy_set_header Host $host). Shared caches include it in the cache key.",
		Mistakes: []string{
			"Building absolute URLs, password-reset links or redirects from the Host a client sent without checking it against the names you serve: Host header injection.",
			"Losing the original Host at a reverse proxy, so the application generates links to its internal name.",
			"Leaving a default virtual host that answers any Host, which serves the wrong site to mistyped or hostile requests.",
		},
		Related: []string{"Forwarded", "X-Forwarded-For", "Location", "Via"},
		Specs: []Spec{
			{"RFC 9110, Section 7.2", "https://www.rfc-editor.org/rfc/rfc9110#section-7.2"},
			{"RFC 9112, Section 3.2", "https://www.rfc-editor.org/rfc/rfc9112#section-3.2"},
		},
		Keywords: []string{"vhost", "server_name", "name-based virtual hosting"},
	},
	{
		Name:      "Expect",
		Group:     GroupConnection,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Behaviours a request needs from the server; in practice only 100-continue, which waits for a go-ahead before sending a large body.",
		Explanation: `Expect lists expectations the server must meet to handle the request. The only one defined is 100-continue: a client about to send a large body sends the header section first and waits for 100 Continue, so the server can refuse with a final status (401, 413, 417) before the data travels. A client must not send it on a request without content.

A client need not wait long for the 100: proxies and old servers may never send one, so it should send the body anyway after a short timeout. A server may answer 417 Expectation Failed to any other expectation.`,
		Syntax: "A comma-separated list of expectations, each a token with an optional =value; the only one defined is 100-continue.",
		ABNF: `Expect =      #expectation
expectation = token [ "=" ( token / quoted-string ) parameters ]`,
		Examples: []string{"Expect: 100-continue"},
		Handling: "curl adds Expect: 100-continue on its own to large POST and PUT uploads and waits about a second for the 100 before sending anyway. A server must ignore it in an HTTP/1.0 request, and a proxy that believes the next server speaks only HTTP/1.0 may send the 100 itself. Browsers never send it.",
		Mistakes: []string{
			"Treating a 417 as the final answer; retry the same request without Expect.",
			"Writing a server or proxy that never answers 100-continue, which delays every large upload by the client's timeout.",
			"Sending it on a request with no body.",
		},
		Related: []string{"Content-Length", "Upgrade", "Connection"},
		Specs: []Spec{
			{"RFC 9110, Section 10.1.1", "https://www.rfc-editor.org/rfc/rfc9110#section-10.1.1"},
		},
		Keywords: []string{"slow upload", "curl upload delay"},
	},
	{
		Name:      "Early-Data",
		Group:     GroupConnection,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Set to 1 by an intermediary that forwarded a request received in TLS 1.3 early data, before the client's handshake was complete (RFC 8470).",
		Explanation: `TLS 1.3 lets a client that resumes a session send a request in its first flight (0-RTT early data), before the handshake completes. Such data can be replayed by an attacker. A CDN or other gateway that forwards a request received this way must add Early-Data: 1, so the origin knows the request may be a replay and can answer 425 Too Early; the gateway, which understands 425, then waits for the handshake and retries.

The field is for intermediaries, not user agents: a browser that gets 425 for a request it sent in early data retries it by itself once the handshake is done.`,
		Syntax: "The single value 1; servers treat repeated or invalid instances as 1.",
		ABNF:   `Early-Data = "1"`,
		Examples: []string{
			"Early-Data: 1",
		},
		Handling: "Origins that accept it should process only requests that are safe to replay, typically GET without side effects, and answer 425 to the rest. An intermediary must not remove the field, and must send it whenever it may have forwarded a request before the handshake ended.",
		Mistakes: []string{
			"Enabling 0-RTT at the edge without passing Early-Data on or checking it at the origin, which lets replayed POSTs through.",
			"Answering 425 to a request that neither arrived in early data nor carried Early-Data: 1, where the client will not know to retry.",
		},
		Related: []string{"Connection", "Via"},
		Specs: []Spec{
			{"RFC 8470, Section 5.1", "https://www.rfc-editor.org/rfc/rfc8470#section-5.1"},
		},
		Keywords: []string{"replay attack", "zero round trip", "tls early data"},
	},
	{
		Name:      "Alt-Svc",
		Group:     GroupConnection,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Advertises other places or protocols to reach the same origin, such as HTTP/3 on UDP port 443, with how long the advertisement holds.",
		Explanation: `Alt-Svc lists alternative services: the same origin reachable with another protocol, on another port or at another host. The common case is a server on HTTP/1.1 or HTTP/2 announcing HTTP/3 with h3=":443", which browsers then try for later requests. Each entry may carry ma, how many seconds to remember it (24 hours by default), and persist=1 to keep it across network changes; the value clear withdraws every earlier advertisement.

The alternative must present a certificate valid for the origin, and the client sends Alt-Used to tell it which alternative it is using.`,
		Syntax: "Either clear, or a comma-separated list of protocol-id=\"[host]:port\" entries with optional ;ma= and ;persist= parameters.",
		ABNF: `Alt-Svc       = clear / 1#alt-value
clear         = %s"clear"; "clear", case-sensitive
alt-value     = alternative *( OWS ";" OWS parameter )
alternative   = protocol-id "=" alt-authority
protocol-id   = token ; percent-encoded ALPN protocol name
alt-authority = quoted-string ; containing [ uri-host ] ":" port
parameter     = token "=" ( token / quoted-string )`,
		Examples: []string{
			`Alt-Svc: h3=":443"; ma=86400`,
			`Alt-Svc: h3=":443"; ma=2592000, h2=":443"; ma=2592000`,
			"Alt-Svc: clear",
		},
		Handling: "Browsers cache the advertisement per origin and race or fall back to the old connection if the alternative fails, so a wrong Alt-Svc costs speed, not correctness. The DNS HTTPS record (RFC 9460) can announce HTTP/3 before the first connection. CDNs add the field themselves when HTTP/3 is enabled.",
		Mistakes: []string{
			"Advertising h3 while a firewall blocks UDP 443, which makes browsers try and time out before falling back.",
			"Quoting the protocol or leaving the authority unquoted; only the authority is a quoted string.",
			"Setting a long ma before HTTP/3 is known to work; send clear to withdraw it.",
		},
		Related: []string{"Upgrade", "Connection", "Strict-Transport-Security"},
		Specs: []Spec{
			{"RFC 7838, Section 3", "https://www.rfc-editor.org/rfc/rfc7838#section-3"},
			{"RFC 9114, Section 3.1.1 (HTTP/3 discovery)", "https://www.rfc-editor.org/rfc/rfc9114#section-3.1.1"},
		},
		Keywords: []string{"quic", "alpn", "http3"},
	},
	{
		Name:      "Sec-WebSocket-Accept",
		Group:     GroupConnection,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The server's proof in a 101 that it understood the client's WebSocket handshake, derived from the client's Sec-WebSocket-Key.",
		Explanation: `In the HTTP/1.1 WebSocket handshake the client sends a random Sec-WebSocket-Key, and the server answers 101 Switching Protocols with Sec-WebSocket-Accept: the base64 of the SHA-1 hash of that key followed by the fixed GUID 258EAFA5-E914-47DA-95CA-C5AB0DC85B11. The key dGhlIHNhbXBsZSBub25jZQ== thus yields s3pPLMBiTxaQ9kYGzzhZRbK+xOo=.

It is not authentication; it shows the server really speaks WebSocket rather than an HTTP server or cache that answered by accident. WebSockets over HTTP/2 and HTTP/3 (RFC 8441, RFC 9220) use an extended CONNECT answered by 200 and drop the key and this field.`,
		Syntax: "A base64 string: the 20-byte SHA-1 digest encoded as 28 characters.",
		ABNF: `Sec-WebSocket-Accept     = base64-value-non-empty

base64-value-non-empty = (1*base64-data [ base64-padding ]) |
                          base64-padding
base64-data      = 4base64-character
base64-padding   = (2base64-character "==") |
                   (3base64-character "=")
base64-character = ALPHA | DIGIT | "+" | "/"`,
		Examples: []string{"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", "Sec-WebSocket-Accept: HSmrc0sMlYUkAGmm5OPpG2HaGWk="},
		Handling: "Browsers fail the connection if the value is missing or wrong, or if the field appears more than once. It is a response field of one hop; a proxy that terminates WebSockets computes its own.",
		Mistakes: []string{
			"Hashing the decoded key bytes instead of the key string as sent.",
			"Encoding the hash as hex instead of base64.",
		},
		Related: []string{"Upgrade", "Sec-WebSocket-Protocol", "Sec-WebSocket-Version", "Connection"},
		Specs: []Spec{
			{"RFC 6455, Section 4.2.2", "https://www.rfc-editor.org/rfc/rfc6455#section-4.2.2"},
			{"RFC 6455, Section 11.3.3", "https://www.rfc-editor.org/rfc/rfc6455#section-11.3.3"},
		},
		Keywords: []string{"wss", "websocket accept key", "websocket guid"},
	},
	{
		Name:      "Sec-WebSocket-Protocol",
		Group:     GroupConnection,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The WebSocket subprotocols a client offers, such as graphql-transport-ws, and the single one the server selects in its handshake response.",
		Explanation: `A client lists the application-level subprotocols it can speak over the WebSocket, in order of preference; in browsers these come from the second argument of new WebSocket(url, protocols). The server picks one and echoes it in its handshake response, or leaves the field out if it supports none of them.

The server must answer with one of the offered values and with at most one field; the empty string is not a valid choice.`,
		Syntax: "In requests, a comma-separated list of tokens; in responses, exactly one token.",
		ABNF: `Sec-WebSocket-Protocol-Client = 1#token
Sec-WebSocket-Protocol-Server = token`,
		Examples: []string{
			"Sec-WebSocket-Protocol: graphql-transport-ws",
			"Sec-WebSocket-Protocol: v12.stomp, v11.stomp",
			"Sec-WebSocket-Protocol: mqtt",
		},
		Handling: "Browsers close the connection when the server picks a protocol the page did not offer, or picks none when the page offered some, and expose the choice as WebSocket.protocol.",
		Mistakes: []string{
			"Echoing the client's whole list back instead of choosing one entry.",
			"Passing an access token as a made-up subprotocol, which lands it in server logs, and then not echoing exactly one offered value.",
		},
		Related: []string{"Sec-WebSocket-Accept", "Sec-WebSocket-Version", "Upgrade"},
		Specs: []Spec{
			{"RFC 6455, Section 11.3.4", "https://www.rfc-editor.org/rfc/rfc6455#section-11.3.4"},
			{"RFC 6455, Section 4.3", "https://www.rfc-editor.org/rfc/rfc6455#section-4.3"},
		},
		Keywords: []string{"graphql-ws", "subprotocol negotiation"},
	},
	{
		Name:      "Sec-WebSocket-Version",
		Group:     GroupConnection,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "The WebSocket protocol version a client asks for, always 13 today, or in an error response the versions the server supports.",
		Explanation: `A client sends the version of the WebSocket protocol it wants to use; RFC 6455 is version 13 and every current client sends 13. A server that does not support the requested version aborts the handshake with an error such as 426 Upgrade Required and lists the versions it does support in Sec-WebSocket-Version, in one field or several.

Earlier numbers belong to drafts of the protocol that preceded RFC 6455.`,
		Syntax: "In requests, a single number from 0 to 255 without leading zeros; in responses, a comma-separated list of such numbers.",
		ABNF: `Sec-WebSocket-Version-Client = version
Sec-WebSocket-Version-Server = 1#version

NZDIGIT       =  "1" | "2" | "3" | "4" | "5" | "6" |
                 "7" | "8" | "9"
version = DIGIT | (NZDIGIT DIGIT) |
          ("1" DIGIT DIGIT) | ("2" DIGIT DIGIT)
          ; Limited to 0-255 range, with no leading zeros`,
		Examples: []string{"Sec-WebSocket-Version: 13", "Sec-WebSocket-Version: 13, 8, 7"},
		Handling: "Browsers set it themselves. Over HTTP/2 and HTTP/3 it still travels with the extended CONNECT request.",
		Mistakes: []string{
			"Answering a version mismatch with a bare 400 and no Sec-WebSocket-Version, so the client cannot tell what to retry with.",
		},
		Related: []string{"Sec-WebSocket-Accept", "Sec-WebSocket-Protocol", "Upgrade"},
		Specs: []Spec{
			{"RFC 6455, Section 11.3.5", "https://www.rfc-editor.org/rfc/rfc6455#section-11.3.5"},
			{"RFC 6455, Section 4.4", "https://www.rfc-editor.org/rfc/rfc6455#section-4.4"},
		},
		Keywords: []string{"websocket version", "websocket draft"},
	},
}
