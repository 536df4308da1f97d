package data

// vendorWebServers holds informal codes that status-code lists attribute
// to a web server although the server itself does not define them.
var vendorWebServers = []Code{
	{
		Number:  218,
		Name:    "This is fine",
		Vendor:  "Apache HTTP Server",
		Status:  Unofficial,
		Summary: "An informal code attributed to Apache httpd for passing a backend's error body through; httpd itself defines no 218.",
		Explanation: `Status-code lists describe 218 "This is fine" as an Apache catch-all that lets an error's body pass through a reverse proxy set up with ProxyErrorOverride On, in place of a 4xx or 5xx. The name is a joke from the "This is fine" meme. Apache httpd does not define it: the table of status lines in its source leaves 218 empty, and a handler inside httpd that sets 218 gets the generic status line "218 Status 218".

The idea behind the story is real, though. ProxyErrorOverride replaces the body of a backend's 4xx and 5xx responses with httpd's own error page and leaves 1xx, 2xx and 3xx alone, so a backend that wants its body to reach the client untouched can send a 2xx. Any 2xx does that; 218 has no special handling anywhere.

A client that does not know 218 treats it as 200, as RFC 9110 prescribes for unknown codes of a class, while the body may describe an error: that is the risk of using it. It is not cacheable by default.`,
		Causes: []string{
			"An application behind an httpd reverse proxy answers 218 so that ProxyErrorOverride passes its body on unchanged.",
			"A developer copied the code from a status-code list, believing httpd sends it.",
			"A test or mock server (httpbin-style /status/218 endpoints) returning it on request.",
		},
		Fixes: []string{
			"Server: send the real error status (400, 404, 500...) and let clients see the failure; hiding it in a 2xx breaks caches, retries and monitoring.",
			"Operator: to let a backend's own error bodies through, list only the codes httpd should replace (`ProxyErrorOverride On 502 503 504` on versions that accept a list) or leave ProxyErrorOverride off.",
			"Client: do not rely on 218; check the body or a field in it if a service is known to send errors this way.",
		},
		Headers: []Header{
			{"Content-Type", "The passed-through body is usually the backend's JSON error, which a client only notices if it looks inside."},
		},
		Example: `HTTP/1.1 218 This is fine
Date: Wed, 25 Nov 2026 03:12:44 GMT
Server: Apache/2.4.62 (Debian)
Content-Type: application/json
Content-Length: 46

{"error":"upstream failed","detail":"timeout"}`,
		Related: []int{200, 502, 500},
		Confusions: []Confusion{
			{200, "Both reach the client as success; 218 only adds a joke name and no behaviour of its own."},
			{502, "A 502 from the proxy reports the backend's failure honestly; a 218 hides a failure behind a success code."},
		},
		Specs: []Spec{
			{"Apache HTTP Server: mod_proxy, ProxyErrorOverride", "https://httpd.apache.org/docs/current/mod/mod_proxy.html#proxyerroroverride"},
			{"Apache httpd source: status lines (218 left empty)", "https://github.com/apache/httpd/blob/trunk/modules/http/http_protocol.c"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Whatever the body says: the code itself reports success and carries no retry advice.",
			RetryAfter:  false,
		},
		Keywords: []string{"This is fine", "ProxyErrorOverride", "Apache 218", "meme status code", "error body pass through"},
	},
}
