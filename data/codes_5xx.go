package data

// codes5xx are the registered server error codes (RFC 9110 Section 15.6 and
// the WebDAV, negotiation, extension and captive portal RFCs).
var codes5xx = []Code{
	{
		Number:  500,
		Name:    "Internal Server Error",
		Status:  Permanent,
		Summary: "The server ran into an unexpected failure while handling the request and has no more specific code to report it with.",
		Explanation: `500 is the catch-all server failure: something broke while the request was being handled, and no more precise 5xx code applies. In practice it nearly always means an exception nobody caught, a script that died with a fatal error, or a configuration file the server could not make sense of. The request itself may be perfectly valid.

Application frameworks produce it on their own: Django, Rails, Express, Spring and ASP.NET all turn an uncaught exception into a 500 with a generic page or an empty body, and put the stack trace in the server-side log rather than in the response. Web servers send it for their own configuration problems, such as an Apache .htaccess line using a module that is not loaded, or an endless internal rewrite in Apache or nginx.

A 500 is not cacheable by default and may carry a body describing the failure (APIs often use application/problem+json, RFC 9457). Retry-After has no defined meaning with it. Whether repeating the request helps depends on the cause: a bug fails identically every time, while a dropped database connection may not.`,
		Causes: []string{
			"Application code threw an exception that no handler caught (a null dereference, a failed conversion, a missing key), or PHP stopped with a fatal error such as \"Allowed memory size of 134217728 bytes exhausted\".",
			"A dependency failed and the code did not translate the failure: the database refused the connection, or a secret, config file or environment variable went missing in the last deploy.",
			"Apache could not use an .htaccess file, for example \"Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server configuration\".",
			"An internal rewrite loop: Apache gives up after 10 internal redirects (AH00124), nginx logs \"rewrite or internal redirection cycle\".",
			"A CGI or FastCGI script exited before sending its headers (Apache logs \"End of script output before headers\").",
		},
		Fixes: []string{
			"Server: find the stack trace in the application log at the time of the failing request, or by its request ID; the response body hides it on purpose.",
			"Server: read the web server's error log as well (`/var/log/nginx/error.log`, `/var/log/apache2/error.log`) and validate configuration changes with `nginx -t` or `apachectl configtest` before reloading.",
			"Server: reproduce the failure with the same input on a staging copy with debugging on (Django `DEBUG = True`, PHP `display_errors = On`), never in production.",
			"Server: catch the failures you can foresee and answer with a precise code: 400 or 422 for bad input, 503 when a dependency is down, 504 when it is too slow.",
			"Client: retry an idempotent request once; if the same input keeps failing, stop and report it with the request ID and timestamp.",
		},
		Headers: []Header{
			{"Content-Type", "application/problem+json (RFC 9457) gives API clients a machine-readable error with a title, detail and an instance reference to quote."},
			{"X-Request-Id", "Not standardised, but set by many platforms and frameworks; quoting it lets the operator find the matching log entry and stack trace."},
			{"Cache-Control", "no-store keeps a CDN that is configured to cache errors from serving the failure to other users."},
		},
		Example: `HTTP/1.1 500 Internal Server Error
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: application/problem+json
Cache-Control: no-store
X-Request-Id: 5f1c9a72-3e4b-4f0e-9d2a-8b7e61c0d4f3
Content-Length: 238

{
  "type": "about:blank",
  "title": "Internal Server Error",
  "status": 500,
  "detail": "The order could not be saved because of an unexpected error. Please quote the request ID if you contact support.",
  "instance": "/orders/7781"
}`,
		Related: []int{502, 503, 501, 520},
		Confusions: []Confusion{
			{502, "502 is a proxy reporting that the server behind it failed or sent garbage; 500 comes from the server that actually ran the code."},
			{503, "503 is a deliberate, temporary refusal (overload, maintenance) that may say when to come back; 500 is an unexpected breakage."},
			{400, "400 blames the request; 500 admits a server fault, even when odd input that was never validated triggered it."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.1", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Once, for idempotent requests; a bug fails the same way every time, so repeated retries rarely help.",
			RetryAfter:  false,
		},
		GoConstant: "StatusInternalServerError",
		Keywords:   []string{"server crashed", "whitelabel error page", "something went wrong", "traceback", "HTTP Error 500.19", "500.30"},
	},
	{
		Number:  501,
		Name:    "Not Implemented",
		Status:  Permanent,
		Summary: "The server lacks the feature the request needs, typically a method it does not recognise at all or a transfer coding it cannot decode.",
		Explanation: `501 says the server has no machinery for this kind of request, for any resource. RFC 9110 names the typical case: a request method the server does not recognise or has not implemented. RFC 9112 adds a second one: a request body framed with a transfer coding the server does not understand.

The line between 501 and 405 matters. 405 means the server knows the method but this particular resource does not allow it, and must list what is allowed in Allow. 501 means the method means nothing to this server anywhere. APIs also use 501 for operations that are declared but not built yet, which stretches the definition but is common in generated server stubs.

Unusually for an error, 501 is heuristically cacheable: a cache may store it and reuse it without explicit freshness information, because the answer will not change until the server software does. Sending the same request again will fail the same way.`,
		Causes: []string{
			"The method is unknown to the server: a WebDAV method such as PROPFIND or MKCOL, or a custom verb like PURGE, sent to software without a handler for it (Apache logs \"Invalid method in request\").",
			"The request body uses a Transfer-Encoding other than chunked, such as gzip: nginx logs 'client sent unknown \"Transfer-Encoding\": \"gzip\"', Go's net/http answers \"Unsupported transfer encoding\", and AWS ALB accepts only chunked and identity.",
			"A minimal server supports only part of HTTP: Python's `python -m http.server` handles GET and HEAD and answers a POST with \"Unsupported method ('POST')\".",
			"The endpoint exists in the API description but not in code: generated server stubs and placeholder handlers return 501 until someone implements them.",
		},
		Fixes: []string{
			"Client: check the method's spelling and case (methods are case-sensitive, `get` is not `GET`) and whether this server is meant to support it at all.",
			"Client: frame request bodies with `Content-Length` or `Transfer-Encoding: chunked` only; to compress a body use `Content-Encoding: gzip`, not `Transfer-Encoding: gzip`.",
			"Server: when the method is known but not allowed on this resource, answer 405 with an `Allow` header instead of 501.",
			"Server: for local testing, use a server that handles POST (or add a `do_POST` method to your `BaseHTTPRequestHandler`) instead of the stock `http.server`.",
			"Server: implement the stubbed operation, or remove it from the published API description so clients stop calling it.",
		},
		Headers: []Header{
			{"Allow", "Not required with 501, but listing the methods the server does support helps a client recover."},
			{"Cache-Control", "501 may be cached without explicit freshness; send no-store or a short max-age if the feature is about to ship."},
			{"Transfer-Encoding", "A value other than chunked on a request body is the second classic trigger for 501."},
		},
		Example: `HTTP/1.1 501 Not Implemented
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: application/problem+json
Cache-Control: no-store
Content-Length: 169

{
  "type": "about:blank",
  "title": "Not Implemented",
  "status": 501,
  "detail": "Bulk export (POST /v2/exports) is planned but not available on this server yet."
}`,
		Related: []int{405, 400, 505, 500},
		Confusions: []Confusion{
			{405, "405: the server knows the method but this resource does not allow it, and says what is allowed in Allow; 501: the server does not support the method anywhere."},
			{400, "400 means the request is malformed; 501 means it is well formed but asks for something this server cannot do."},
			{500, "500 is an unexpected failure while handling a supported request; 501 is a known, permanent gap in what the server can do."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2"},
			{"RFC 9112, Section 6.1 (unknown transfer coding)", "https://www.rfc-editor.org/rfc/rfc9112#section-6.1"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Not with the same request; change the method or body encoding, or wait for the server to gain the feature.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNotImplemented",
		Keywords:   []string{"method not supported", "unsupported verb", "not supported yet", "NotImplementedError", "stub endpoint"},
	},
	{
		Number:  502,
		Name:    "Bad Gateway",
		Status:  Permanent,
		Summary: "A proxy or gateway forwarded the request, but the server behind it refused the connection, dropped it, or replied with something that was not valid HTTP.",
		Explanation: `The server that answered is a go-between: a reverse proxy, load balancer, CDN edge or API gateway. It accepted the request and passed it to an upstream server, and what came back was unusable: the connection was refused or reset, the upstream hung up before finishing its response, or the bytes it sent were not valid HTTP.

The code says nothing about the request itself; the same request may well succeed a moment later. It does tell you where to look: the hop between the proxy and the upstream, and the proxy's error log, which records the exact failure. Not every proxy uses 502 for this: Apache's mod_proxy and Envoy report a refused connection as 503, and Cloudflare reports most origin failures with its own 52x codes.

A 502 is not cacheable by default. Retry-After has a defined meaning with 503, 429 and redirects, not with 502, so a 502 rarely carries it. Clients may retry idempotent requests after a short pause; retrying a POST can repeat its side effects if the upstream had already acted on it before the connection broke.`,
		Causes: []string{
			"Nothing is listening where the proxy connects: the application crashed, is still starting, or listens on another port or socket (nginx: \"connect() failed (111: Connection refused) while connecting to upstream\").",
			"The upstream closed the connection mid-response, for example a worker killed for memory or by its own timeout (nginx: \"upstream prematurely closed connection while reading response header from upstream\").",
			"Keep-alive race: the upstream's idle timeout is shorter than the proxy's, so the proxy reuses a connection the upstream just closed (nginx: \"recv() failed (104: Connection reset by peer)\").",
			"The response could not be accepted: headers larger than the proxy's buffer (\"upstream sent too big header\"), malformed header lines, or a Lambda target's response over 1 MB behind an AWS ALB.",
			"Scheme or TLS mismatch between proxy and upstream: `proxy_pass https://` to a plain HTTP port or the reverse, or a failed TLS handshake with the backend.",
			"nginx resolved the upstream hostname once at startup, and the container or pod behind it has since moved to a new IP address.",
		},
		Fixes: []string{
			"Operator: read the proxy's error log at the moment of the 502 (`/var/log/nginx/error.log`); on AWS, compare `elb_status_code` with `target_status_code` in the load balancer's access log.",
			"Server: check that the application is up and listening where the proxy points (`ss -ltnp`, `systemctl status`, pod restarts in `kubectl get pods`), and look for OOM kills with `journalctl -k`.",
			"Operator: make the upstream's keep-alive idle timeout longer than the proxy's, for example Node.js `server.keepAliveTimeout` above the ALB's 60-second idle timeout.",
			"Operator: raise `proxy_buffer_size` and `proxy_buffers` (or `fastcgi_buffer_size`) when the log says \"upstream sent too big header\".",
			"Operator: match the scheme and port in `proxy_pass` to what the upstream speaks, set `proxy_ssl_server_name on` if the backend needs SNI, and use a `resolver` with a variable in `proxy_pass` so nginx re-resolves changing addresses.",
			"Client: retry idempotent requests with backoff; a 502 during a deploy or restart usually clears within seconds.",
		},
		Headers: []Header{
			{"Server", "Usually names the proxy that produced the error (nginx, awselb/2.0, cloudflare) rather than the application, which tells you which layer to investigate."},
			{"Via", "Lists the intermediaries the response passed through, useful when several proxies are chained."},
		},
		Example: `HTTP/1.1 502 Bad Gateway
Server: nginx
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 142
Connection: keep-alive

<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>`,
		Related: []int{500, 503, 504, 520},
		Confusions: []Confusion{
			{504, "504 means the upstream did not answer in time; 502 means its answer was broken or the connection failed outright."},
			{503, "503 is a deliberate, temporary refusal (overload, maintenance, no healthy backend); 502 is a proxy reporting that an upstream it tried failed."},
			{500, "500 comes from the application itself; 502 comes from a proxy in front of it."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.3", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes for idempotent requests, after a short pause; the failure is often transient.",
			RetryAfter:  false,
		},
		GoConstant: "StatusBadGateway",
		Keywords:   []string{"php-fpm", "gunicorn", "ECONNREFUSED", "no live upstreams", "HTTPCode_ELB_502_Count", "502 error"},
	},
	{
		Number:      503,
		Name:        "Service Unavailable",
		AlsoKnownAs: []string{"Service Temporarily Unavailable"},
		Status:      Permanent,
		Summary:     "The server cannot take the request right now because it is overloaded, rate limiting or down for maintenance, and expects to recover.",
		Explanation: `503 is a deliberate, temporary refusal. The server, or a load balancer in front of it, is reachable and healthy enough to answer, but it will not process this request now: it is in maintenance mode, shedding load, or has no working backend to hand the request to.

RFC 9110 lets the server add Retry-After, a number of seconds or an HTTP date, to say when to come back, and well-behaved clients and crawlers wait that long. Many 503s are produced by infrastructure rather than the application: an AWS ALB whose target group has no registered targets, HAProxy with every server down ("No server is available to handle this request"), Envoy with "no healthy upstream", Varnish when its backend fetch fails, a Kubernetes ingress whose Service has no ready endpoints. nginx sends it from limit_req and limit_conn unless configured otherwise, with the reason phrase "Service Temporarily Unavailable".

A 503 is not cacheable by default, so a maintenance page does not linger in caches unless headers say so. Serving 503 rather than a 200 maintenance page tells search engines the outage is temporary. Retrying is the intended reaction: after Retry-After when present, otherwise with growing pauses.`,
		Causes: []string{
			"Planned maintenance: WordPress while it applies updates (the .maintenance file), Laravel after `php artisan down`, or a maintenance switch on the load balancer.",
			"Rate or connection limiting: nginx `limit_req` and `limit_conn` reject excess requests with 503 by default and log \"limiting requests, excess: ... by zone\".",
			"No healthy backend: every target failed its health check, the target group or Service has no endpoints, or a deploy replaced all instances at once.",
			"Load shedding by design: a circuit breaker is open, a connection pool is exhausted, or the application refuses work while a dependency recovers.",
			"Apache mod_proxy could not connect to its backend and reports that as 503, not 502 (\"AH01114: HTTP: failed to make connection to backend\").",
			"On Heroku, router errors such as H10 (app crashed) and H12 (request took over 30 seconds) reach the client as 503.",
		},
		Fixes: []string{
			"Client: wait for the time in `Retry-After` (seconds or an HTTP date) before retrying; without it, back off exponentially with jitter instead of hammering the service.",
			"Operator: check backend health first: target health in the load balancer, `kubectl get endpoints <service>`, the HAProxy stats page.",
			"Server: send `Retry-After` with every deliberate 503 and keep maintenance windows short; a 503 that lasts for days can get pages dropped from search results.",
			"Operator: if nginx rate limiting is the source, tune `rate` and `burst` in `limit_req` and consider `limit_req_status 429` so clients can tell throttling from an outage.",
			"Server: make health checks test the process itself rather than its dependencies, so one slow database does not mark every instance unhealthy at once.",
			"Operator: roll deploys out gradually, with connection draining or a deregistration delay, so healthy targets remain while new ones start.",
		},
		Headers: []Header{
			{"Retry-After", "Seconds (Retry-After: 120) or an HTTP date saying when to try again; RFC 9110 defines it for exactly this situation."},
			{"Cache-Control", "A 503 is not stored by default; add no-store to maintenance pages anyway if a CDN is set to cache error responses."},
		},
		Example: `HTTP/1.1 503 Service Unavailable
Date: Tue, 24 Nov 2026 02:00:07 GMT
Content-Type: text/html; charset=utf-8
Retry-After: 900
Cache-Control: no-store
Content-Length: 206

<!doctype html>
<html>
<head><title>Back soon</title></head>
<body>
<h1>We are upgrading the shop</h1>
<p>Orders will open again at about 02:15 UTC. Nothing in your basket has been lost.</p>
</body>
</html>`,
		Related: []int{429, 502, 504, 500},
		Confusions: []Confusion{
			{502, "502 means a proxy tried an upstream and got a broken answer or a failed connection; 503 means the request was refused for now, often without reaching the application at all."},
			{504, "504 means the request was forwarded and the upstream was too slow; 503 is an immediate refusal."},
			{429, "429 says this particular client is sending too much; 503 says the service as a whole cannot take the request right now."},
			{500, "500 is an unexpected failure; 503 is an expected, temporary state that should clear on its own."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4"},
			{"RFC 9110, Section 10.2.3 (Retry-After)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, it is meant to be temporary: wait for Retry-After if given, otherwise back off exponentially.",
			RetryAfter:  true,
		},
		GoConstant: "StatusServiceUnavailable",
		Keywords:   []string{"Guru Meditation", "server busy", "site down", "throttled", "scheduled downtime"},
	},
	{
		Number:      504,
		Name:        "Gateway Timeout",
		FormerNames: []string{"Gateway Time-out"},
		Status:      Permanent,
		Summary:     "A proxy or gateway gave up waiting for the server behind it to answer within its configured time limit.",
		Explanation: `The server that answered is an intermediary (reverse proxy, load balancer, API gateway or CDN) that forwarded the request and then waited in vain: the upstream did not accept the connection or did not send a response before the proxy's timer ran out. The upstream may still be working on the request, and may even complete it after the client has been told it failed.

Every layer has its own clock. nginx waits 60 seconds by default (proxy_connect_timeout, proxy_read_timeout, and fastcgi_read_timeout for PHP-FPM), an AWS ALB waits 10 seconds to connect and then its idle timeout (60 seconds by default), and Amazon API Gateway REST APIs default to a 29-second integration timeout. The shortest limit in the chain decides when the 504 appears, which is why failures cluster at exactly 29, 30 or 60 seconds. nginx and HAProxy still put the RFC 2616 phrase "Gateway Time-out" in the status line; Cloudflare reports the same situation at its edge as 524.

A 504 is not cacheable by default. Retry only idempotent requests, or requests carrying an idempotency key, since the upstream may have completed the first attempt. A request that is simply too slow will time out again, so the lasting fix is nearly always on the server side.`,
		Causes: []string{
			"The upstream does slow work inside the request: a long database query, a large export, a call to a sluggish third-party API.",
			"The proxy's read timeout is shorter than the time the application legitimately needs (nginx: \"upstream timed out (110: Connection timed out) while reading response header from upstream\").",
			"The proxy cannot reach the upstream and the connect attempt times out, because a security group, firewall or network ACL silently drops the packets (the same nginx message ends \"while connecting to upstream\").",
			"All application workers are busy, so new requests queue until the proxy gives up (PHP-FPM logs \"server reached pm.max_children setting\").",
			"Database locks or an exhausted connection pool leave requests waiting without using any CPU.",
			"The upstream declared a Content-Length larger than the body it sent, so the proxy waits for bytes that never come.",
		},
		Fixes: []string{
			"Operator: find which hop fired: compare the failing requests' duration with each layer's limit (CDN, load balancer, nginx, application server); the matching limit is the culprit.",
			"Server: profile the slow endpoint (slow query log, APM traces) and speed it up, or move long work to a background job and answer 202 Accepted with a status URL.",
			"Operator: raise a timeout only where the work needs it, for example `proxy_read_timeout 300s;` in a single `location`, and keep inner timeouts shorter than outer ones so the application, not the proxy, decides.",
			"Server: add capacity when workers are exhausted (`pm.max_children`, Gunicorn `--workers`), keeping an eye on memory.",
			"Operator: for connect timeouts, test the path from the proxy host with `nc -vz <host> <port>` and check security groups, firewalls and routes.",
			"Client: retry only idempotent requests, with backoff, or send an `Idempotency-Key` so the server can recognise a repeat.",
		},
		Headers: []Header{
			{"Server", "Names the intermediary that gave up (nginx, awselb/2.0, envoy), so you know whose timeout fired."},
			{"Via", "Lists the proxies in the chain; each one has its own timeout."},
			{"Idempotency-Key", "A request header (IETF draft, used by Stripe and others) that makes retrying a POST after a 504 safe, because the server can detect the duplicate."},
		},
		Example: `HTTP/1.1 504 Gateway Timeout
content-length: 24
content-type: text/plain
date: Tue, 24 Nov 2026 03:15:02 GMT
server: envoy

upstream request timeout`,
		Related: []int{502, 503, 408, 524},
		Confusions: []Confusion{
			{502, "502 means the upstream's answer was broken or the connection failed outright; 504 means no answer arrived before the proxy's timeout."},
			{503, "503 is an immediate refusal (overload, maintenance, no healthy backend); 504 means the request was forwarded and waited on until time ran out."},
			{408, "408 blames the client for sending its request too slowly; 504 blames the upstream for answering too slowly."},
			{524, "Cloudflare's 524 is the same situation at Cloudflare's edge: the origin accepted the connection but sent no response before Cloudflare's Proxy Read Timeout (125 seconds by default) ran out."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only for idempotent requests or with an idempotency key; the upstream may have finished the first attempt, and a slow request usually times out again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusGatewayTimeout",
		Keywords:   []string{"ETIMEDOUT", "Endpoint request timed out", "request hangs", "slow response", "took too long"},
	},
	{
		Number:  505,
		Name:    "HTTP Version Not Supported",
		Status:  Permanent,
		Summary: "The server refuses to process the request in the major HTTP version named in its request line.",
		Explanation: `505 concerns the version written in the request line (HTTP/1.1, HTTP/2.0 and so on), not the request's content. RFC 9110 lets a server refuse a major version it does not support or does not want to serve, and asks it to explain in the response body why, and which protocols it does accept.

Browsers practically never see it, because they negotiate HTTP/2 and HTTP/3 through TLS ALPN and Alt-Svc instead of guessing. It comes from hand-written clients, test tools and misrouted traffic: nginx answers 505 to a request line that claims a major version above 1, Go's net/http rejects a request line naming HTTP/0.9 or HTTP/2.0 (other than the HTTP/2 connection preface) with "unsupported protocol version" (a real HTTP/0.9 request carries no version, so Go answers it 400), and an AWS ALB sends it when an HTTP/2 request arrives on a connection it set up as HTTP/1.

A 505 is not cacheable by default, and the server usually closes the connection after it. Repeating the request unchanged fails the same way; the client has to speak a version the server accepts, which in practice means HTTP/1.1.`,
		Causes: []string{
			"A script or tool writes a raw request line with a version the server will not speak, such as HTTP/2.0 or HTTP/3.0 typed over a plain TCP connection.",
			"A load balancer set up an HTTP/1 connection and then received HTTP/2 on it (AWS ALB documents this as its 505 case).",
			"An unencoded space in the URL splits the request line in the wrong place, so the server reads part of the path as the version (some servers answer 400 instead).",
			"A request line that names `HTTP/0.9` (Go's net/http answers 505 \"unsupported protocol version\"); a genuine HTTP/0.9 request, which has no version at all, gets 400 from Go instead.",
			"A scanner or fuzzer probes the parser with invented versions like HTTP/9.9.",
		},
		Fixes: []string{
			"Client: put HTTP/1.1 in the request line and let TLS ALPN negotiate HTTP/2 or HTTP/3; don't build version strings by hand.",
			"Client: percent-encode spaces and other reserved characters in the path (`%20`) so the request line has exactly three parts.",
			"Operator: when a load balancer sends 505, check that listener and target group protocol versions (HTTP/1.1, HTTP/2, gRPC) match what clients and backends speak.",
			"Operator: nginx logs \"client sent invalid version\" only at `info` level, so set `error_log ... info;` temporarily to see which clients trigger it.",
			"Server: when refusing a version on purpose, name the accepted versions in the body, as RFC 9110 recommends.",
		},
		Headers: []Header{
			{"Connection", "Servers usually send Connection: close with a 505, since they cannot trust the framing of what the client sent."},
			{"Alt-Svc", "The proper way for a server to offer another protocol (h3 on a given port) to clients, instead of clients guessing a version."},
		},
		Example: `HTTP/1.1 505 HTTP Version Not Supported
Server: nginx
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 172
Connection: close

<html>
<head><title>505 HTTP Version Not Supported</title></head>
<body>
<center><h1>505 HTTP Version Not Supported</h1></center>
<hr><center>nginx</center>
</body>
</html>`,
		Related: []int{400, 426, 421, 464},
		Confusions: []Confusion{
			{426, "426 asks the client to switch to the protocol named in its Upgrade header; 505 refuses the version the request was already sent in."},
			{400, "400 is for a request line that cannot be parsed at all; 505 is for one that parses but names a version the server won't speak."},
			{464, "AWS ALB's 464 means the request's protocol does not fit the target group's protocol version; its 505 means HTTP/2 arrived on a connection set up as HTTP/1."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.6.6", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged; resend using a version the server supports, normally HTTP/1.1.",
			RetryAfter:  false,
		},
		GoConstant: "StatusHTTPVersionNotSupported",
		Keywords:   []string{"unsupported HTTP version", "protocol version mismatch", "h2c", "prior knowledge", "telnet"},
	},
	{
		Number:  506,
		Name:    "Variant Also Negotiates",
		Status:  Permanent,
		Summary: "The server's content negotiation is misconfigured: the variant it selected is itself negotiable, so there is no final representation to send.",
		Explanation: `506 belongs to Transparent Content Negotiation, RFC 2295, an experimental specification from 1998. In that scheme a negotiable resource points to a set of variants, and each variant has to be a plain, final representation. If the variant the server picks is itself set up to negotiate, selection would go round in circles, so the server stops and reports 506.

It is always a server configuration error, never the client's fault. In practice the one place it turns up is Apache's mod_negotiation: a type map (a .var file) whose chosen variant is another type map, or a transparently negotiated type map that picks a name only MultiViews can resolve. Apache checks this even for ordinary browser requests. Clients that take part in transparent negotiation announce it with the Negotiate request header, and servers label such responses with TCN and Alternates.

A 506 is not cacheable by default. Retrying cannot help until someone corrects the server's configuration.`,
		Causes: []string{
			"An Apache type map (.var file) lists, as one of its variants, another type map.",
			"A transparently negotiated type map points at a variant name that only exists through MultiViews (for example index.html when only index.html.en and index.html.fr are on disk), so the sub-request negotiates again.",
			"Hand-written negotiation logic in an application routes the chosen variant back into the negotiating handler.",
		},
		Fixes: []string{
			"Server: open the type map for the failing URL and make every `URI:` line point to a real file, not to another `.var` file or a MultiViews name.",
			"Server: if the path does not need server-side negotiation, switch it off: drop `Options MultiViews` or the `AddHandler type-map .var` mapping for that directory.",
			"Server: after each change, test with `curl -i -H 'Negotiate: trans' <url>` and with a plain request, and check the TCN and Alternates headers.",
			"Client: nothing to change on your side; report the URL to the site's operator.",
		},
		Headers: []Header{
			{"Negotiate", "Request header in which a client states its support for transparent negotiation (trans, vlist, guess-small)."},
			{"TCN", "Response header marking a transparently negotiated response (list, choice or adhoc)."},
			{"Alternates", "Response header listing the variants and their properties; it shows which variant negotiates again."},
		},
		Example: `HTTP/1.1 506 Variant Also Negotiates
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html; charset=utf-8
Content-Length: 249

<!doctype html>
<html>
<head><title>506 Variant Also Negotiates</title></head>
<body>
<h1>Variant Also Negotiates</h1>
<p>The variant selected for /docs/manual is configured to negotiate again. The server's type map needs fixing.</p>
</body>
</html>`,
		Related: []int{300, 406, 508, 500},
		Confusions: []Confusion{
			{406, "406 means none of the variants fits what the client accepts; 506 means the server's own variant setup loops back into negotiation."},
			{300, "300 is the normal answer listing variants for the client to choose from; 506 is the error when a listed variant is itself negotiable."},
			{500, "Both report a server-side fault; 506 pinpoints a negotiation loop, 500 says nothing about the cause."},
		},
		Specs: []Spec{
			{"RFC 2295, Section 8.1", "https://www.rfc-editor.org/rfc/rfc2295#section-8.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No; the fault is in the server's configuration and repeats until it is fixed.",
			RetryAfter:  false,
		},
		GoConstant: "StatusVariantAlsoNegotiates",
		Keywords:   []string{"transparent negotiation error", "recursive negotiation", "circular variant", "conneg"},
	},
	{
		Number:  507,
		Name:    "Insufficient Storage",
		Status:  Permanent,
		Summary: "The server could not store what the request needed, such as an upload or a new folder, because it has run out of space or quota.",
		Explanation: `507 comes from WebDAV (RFC 4918, Section 11.5). It tells the client that the method failed because the server could not store the representation needed to complete it: the disk is full, or the user's quota is used up. The RFC treats the condition as temporary, since space can be freed.

WebDAV servers and file sync services send it for PUT, MKCOL, COPY and similar methods. Apache's mod_dav_fs returns it when a write fails with ENOSPC ("There is not enough storage to write to this resource."), and Nextcloud and ownCloud return it when an upload would exceed the free space or quota ("Insufficient space in ...").

A 507 is not cacheable by default. RFC 4918 says a request that a user triggered must not be repeated until the user asks again, so sync clients should stop and tell the user instead of looping.`,
		Causes: []string{
			"The filesystem or volume behind the share is full, or has run out of inodes.",
			"The upload would push the account over its storage quota (Nextcloud, ownCloud, hosted WebDAV services).",
			"A temporary area used while receiving uploads (PHP's `upload_tmp_dir`, a small `/tmp` partition, a chunked-upload staging folder) fills up before the file is moved into place.",
		},
		Fixes: []string{
			"Server: check free space and inodes on the storage and temporary volumes (`df -h`, `df -i`), then clean up or grow them.",
			"Client: free some space or ask for a larger quota; the WebDAV properties `quota-available-bytes` and `quota-used-bytes` (RFC 4331) show how much is left.",
			"Client: don't retry the same upload automatically; RFC 4918 requires a fresh user action before a user-triggered request is repeated.",
			"Client: send `Expect: 100-continue` with large uploads so the server can refuse before the body is transferred.",
		},
		Headers: []Header{
			{"Content-Length", "The declared size of the upload, which servers compare with the free space or remaining quota before accepting the body."},
			{"Expect", "Expect: 100-continue lets the server reject an upload that will not fit before the client sends the data."},
		},
		Example: `HTTP/1.1 507 Insufficient Storage
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: application/xml; charset=utf-8
Content-Length: 289

<?xml version="1.0" encoding="utf-8"?>
<d:error xmlns:d="DAV:" xmlns:s="http://sabredav.org/ns">
  <s:exception>Sabre\DAV\Exception\InsufficientStorage</s:exception>
  <s:message>Insufficient space in /files/alice/holiday.mp4, 734003200 required, 524288000 available</s:message>
</d:error>`,
		Related: []int{413, 423, 424, 207},
		Confusions: []Confusion{
			{413, "413 says the request body is bigger than the server accepts at all; 507 says it could be accepted but there is no room to store it now."},
			{503, "503 is general, temporary unavailability; 507 is specifically about storage running out for this request."},
		},
		Specs: []Spec{
			{"RFC 4918, Section 11.5", "https://www.rfc-editor.org/rfc/rfc4918#section-11.5"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after space has been freed or the quota raised; a request the user triggered must not be repeated automatically.",
			RetryAfter:  false,
		},
		GoConstant: "StatusInsufficientStorage",
		Keywords:   []string{"disk full", "quota exceeded", "no space left on device", "out of storage", "upload failed"},
	},
	{
		Number:  508,
		Name:    "Loop Detected",
		Status:  Permanent,
		Summary: "A WebDAV server aborted a Depth: infinity operation because the collection tree contains a cycle, so the whole operation failed.",
		Explanation: `508 is defined by the WebDAV bindings extension (RFC 5842, Section 7.2). Bindings let one collection appear at several paths, which makes it possible for a collection to end up inside itself. When a request with Depth: infinity (a PROPFIND, COPY, DELETE or LOCK over a whole tree) runs into such a cycle, the server stops and fails the entire request with 508.

The same RFC adds 208 (Already Reported) so that a PROPFIND listing can mention a collection bound in several places once and carry on; a server that supports it needs 508 only when it cannot work around the loop. Outside WebDAV, shared hosting built on CloudLinux shows a page titled "508 Resource Limit Is Reached" when an account runs too many simultaneous requests (the entry-processes limit): a non-standard use that has nothing to do with loops.

A 508 is not cacheable by default. Sending the same request again hits the same cycle; the client has to ask for a smaller depth, or the data on the server has to change.`,
		Causes: []string{
			"A WebDAV collection is bound (through BIND or a server-side link) somewhere inside its own subtree, and a Depth: infinity request walks into the cycle.",
			"A filesystem symlink loop under a WebDAV share that the server follows while building a PROPFIND or COPY.",
			"A client such as a file manager or sync tool asks for Depth: infinity instead of walking the tree one level at a time.",
			"Shared hosting: the account exceeded its concurrent request limit, shown as \"508 Resource Limit Is Reached\".",
		},
		Fixes: []string{
			"Client: request `Depth: 1` and walk the tree yourself, remembering visited resources (the `DAV:resource-id` property from RFC 5842 identifies the same resource under different paths).",
			"Server: find and remove the binding or symlink that makes the collection contain itself.",
			"Server: support 208 Already Reported in PROPFIND so a collection bound in several places is reported once instead of failing the request.",
			"Server: consider refusing infinite-depth PROPFIND altogether, as Apache does by default (`DavDepthInfinity Off`) with a plain 403.",
			"Operator: on shared hosting, find what keeps requests open (slow PHP scripts, bots, floods on `xmlrpc.php`) or raise the account's entry-process limit.",
		},
		Headers: []Header{
			{"Depth", "The request header that triggers the tree walk: 0, 1 or infinity. 508 only arises with infinity."},
			{"DAV", "In OPTIONS responses, the compliance class bind tells clients the server supports RFC 5842 bindings, and so may report 208 and 508."},
		},
		Example: `HTTP/1.1 508 Loop Detected
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/plain; charset=utf-8
Content-Length: 126

PROPFIND /projects/ with Depth: infinity aborted: /projects/archive/current is a binding of /projects/, which creates a cycle.`,
		Related: []int{208, 207, 507, 506, 509},
		Confusions: []Confusion{
			{208, "208 is how a server notes, inside a 207 body, a collection it has already listed and then carries on; 508 means it abandoned the whole operation because of the loop."},
			{500, "An internal rewrite or redirect loop in Apache or nginx is reported as 500; 508 is specific to WebDAV trees walked with Depth: infinity (or a hosting provider's limit page)."},
			{509, "509 on cPanel hosts means the bandwidth allowance is used up; the hosting 508 means too many requests were running at once."},
		},
		Specs: []Spec{
			{"RFC 5842, Section 7.2", "https://www.rfc-editor.org/rfc/rfc5842#section-7.2"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged; use a smaller Depth or wait for the cycle to be removed (on shared hosting, retry once the load has dropped).",
			RetryAfter:  false,
		},
		GoConstant: "StatusLoopDetected",
		Keywords:   []string{"infinite loop", "circular binding", "LVE", "EP limit", "recursion"},
	},
	{
		Number:  510,
		Name:    "Not Extended",
		Status:  Obsolete,
		Summary: "The server required an HTTP extension declaration the request lacked; obsolete, since RFC 2774 that defined it was moved to Historic.",
		Explanation: `510 belongs to the HTTP Extension Framework of RFC 2774, an experimental specification published in 2000. Under it, a client declares the extensions a request relies on in Man or Opt header fields, and marks a request that must not be processed without them by prefixing the method with M-, as in M-GET. A server answers 510 when its policy for the resource requires an extension the request did not declare, and is expected to say in the response what the client has to add.

The framework never saw real deployment. In December 2021 the IESG reclassified RFC 2774 as Historic, and the IANA status code registry now lists 510 as "Not Extended (OBSOLETED)". The number stays reserved and libraries still define it, but new services should not send it: to demand something of a client today, use 400, 403 or 428 with a problem details body.

A 510 is not cacheable by default. RFC 2774 lets the client repeat the request only if the response named extensions it can now declare; otherwise the client should show the response to the user.`,
		Causes: []string{
			"A legacy server or gateway still implements RFC 2774 and requires a mandatory extension declaration (`Man` or `C-Man`) for this resource.",
			"A proxy dropped the hop-by-hop `C-Man` or `C-Opt` header (or its `Connection` listing), so the server never saw the declaration.",
			"An application uses 510 for a meaning of its own, such as \"feature not enabled for this account\", instead of a standard 4xx code.",
		},
		Fixes: []string{
			"Client: read the response body, which RFC 2774 expects to describe the required extensions, and add the matching `Man` or `Opt` declaration.",
			"Operator: make sure intermediaries pass the extension headers on; `C-Man` and `C-Opt` are hop-by-hop and must be named in `Connection`.",
			"Server: if you send 510 for anything else, switch to a current code: 400 or 422 for missing request data, 403 for policy refusals, 428 for required preconditions.",
		},
		Headers: []Header{
			{"Man", "Request header declaring mandatory end-to-end extensions, each named by a URI and bound to a namespace prefix; used with an M- prefixed method."},
			{"Opt", "Request header declaring optional extensions that the server is free to ignore."},
			{"C-Man", "Hop-by-hop form of Man, which must also be listed in Connection."},
			{"Ext", "Response header by which a server confirms it honoured the mandatory end-to-end declarations."},
		},
		Example: `HTTP/1.1 510 Not Extended
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/plain; charset=utf-8
Content-Length: 161

This resource requires the extension http://example.com/ext/signed-requests.
Send the request as M-GET with: Man: "http://example.com/ext/signed-requests"; ns=15`,
		Related: []int{426, 428, 400, 501},
		Confusions: []Confusion{
			{426, "426 tells the client to move to the protocol named in Upgrade; 510 asks it to declare an HTTP extension while staying in the same protocol."},
			{501, "501 means the server lacks a feature the request needs; 510 means the request lacks an extension the server needs."},
		},
		Specs: []Spec{
			{"RFC 2774, Section 7", "https://www.rfc-editor.org/rfc/rfc2774#section-7"},
			{"IESG status change: HTTP experiments to Historic", "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/"},
			{"IANA HTTP Status Code Registry", "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after adding the extension declarations the response asks for; otherwise no.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNotExtended",
		Keywords:   []string{"M-POST", "extension policy", "deprecated status code", "historic RFC"},
	},
	{
		Number:  511,
		Name:    "Network Authentication Required",
		Status:  Permanent,
		Summary: "The network you are on, not the website, wants you to sign in or accept its terms first; sent by captive portals such as hotel and airport Wi-Fi.",
		Explanation: `511 is sent by an intercepting gateway that controls network access, usually the captive portal of a public Wi-Fi network, to say that the client must authenticate to the network before its requests will be let through. RFC 6585 (Section 6) created it so that software other than browsers can tell the portal's page apart from a genuine answer from the server it asked: a 200 carrying portal HTML silently corrupts an API response or a software download.

Origin servers should not send it. The response should link to the login page, typically from a small HTML page with a meta refresh, rather than contain the login form itself or an authentication challenge, since the browser would show those under the original URL. Operating systems probe for portals with known addresses (Apple's captive.apple.com, Android's connectivitycheck.gstatic.com, Windows' www.msftconnecttest.com) and open a sign-in window when the probe is intercepted; RFC 8908 and RFC 8910 describe a cleaner API and DHCP/RA option for announcing a portal.

Caches must not store a 511 response; RFC 6585 says so explicitly. Retry after signing in to the network: until then every request gets the same page.`,
		Causes: []string{
			"The device joined a network with a captive portal (hotel, airport, café, train) and has not yet logged in or accepted the terms.",
			"The portal session ran out (time or data allowance) and the gateway is intercepting traffic again.",
			"A corporate network access control gateway wants user or device authentication before letting traffic out.",
			"A headless client (CI runner, IoT device, container) sits behind a portal that only a browser can get through.",
		},
		Fixes: []string{
			"Client: open a plain `http://` page in a browser, or the operating system's sign-in prompt, complete the portal login, then retry.",
			"Client: in apps and scripts, treat 511 as \"no network access\" and tell the user, rather than parsing the body as data or retrying in a loop.",
			"Operator: answer unauthenticated clients with 511 and a link to the portal instead of a spoofed 200, and announce the portal through DHCP option 114 and the Captive Portal API (RFC 8910, RFC 8908).",
			"Operator: for headless devices, allow-list their MAC addresses on the portal or put them on a network without one.",
		},
		Headers: []Header{
			{"Content-Type", "text/html with a link (or meta refresh) to the portal's login page, which RFC 6585 asks for instead of an inline login form."},
			{"Cache-Control", "Send no-store; caches must not keep a 511, and a stored portal page would keep appearing after login."},
			{"WWW-Authenticate", "Should be absent: RFC 6585 says a 511 should not carry an authentication challenge."},
		},
		Example: `HTTP/1.1 511 Network Authentication Required
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html; charset=utf-8
Cache-Control: no-store
Content-Length: 293

<!doctype html>
<html>
<head>
<title>Sign in to Terminal 2 Wi-Fi</title>
<meta http-equiv="refresh" content="0; url=https://portal.example.net/login">
</head>
<body>
<p>Please <a href="https://portal.example.net/login">sign in to the Terminal 2 network</a> before browsing.</p>
</body>
</html>`,
		Related: []int{401, 407, 403, 302},
		Confusions: []Confusion{
			{401, "401 comes from the site you asked and wants credentials for that site; 511 comes from the network in between and wants you to log in to the network."},
			{407, "407 is a proxy you configured asking for proxy credentials via Proxy-Authenticate; 511 is a gateway you never configured, pointing you to a web login page."},
		},
		Specs: []Spec{
			{"RFC 6585, Section 6", "https://www.rfc-editor.org/rfc/rfc6585#section-6"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, after signing in to the network; until then every request gets the same answer.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNetworkAuthenticationRequired",
		Keywords:   []string{"hotspot login", "public wifi", "splash page", "guest network", "wifi login page"},
	},
}
