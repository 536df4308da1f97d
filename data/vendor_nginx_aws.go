package data

// vendorNginxAWS holds the codes that nginx and AWS Elastic Load Balancing
// use for their own purposes. Most of them never reach a client: nginx's
// 444 and 499 and the ALB's 000 and 460 exist only in access logs, and
// nginx turns 494 to 497 into a plain 400 before anything is sent.
var vendorNginxAWS = []Code{
	{
		Number:  0,
		Name:    "No Response",
		Vendor:  "AWS Elastic Load Balancing",
		Status:  Unofficial,
		Summary: "An Application Load Balancer log entry for an exchange that ended without any HTTP response, so there was no status code to record.",
		Explanation: `000 is not a status that anyone sends. It is what an Application Load Balancer writes in the elb_status_code field of its access log when a request ended without the load balancer producing an HTTP response at all. The client never receives 000: it sees its connection close, or over HTTP/2 a GOAWAY frame, with no answer to its request.

AWS's troubleshooting page has given different causes under its 000 heading over time. The current text (2026) says that once one HTTP/2 connection has served 10,000 requests, the load balancer sends GOAWAY and closes the connection with a TCP FIN, so a request still waiting on that connection gets no answer. From February 2022 until at least June 2023 (the last copy in AWS's public GitHub docs repository) it gave either that limit or a header whose compressed size is over 8 KB; from March 2020 to at least January 2021, only the 8 KB compressed-header case. In the log, an entry with no target (target:port is "-") and -1 in the processing-time fields means the request never reached a target.

Because no response exists, RFC 9110's rules on caching, bodies and Retry-After do not come into it. Clients report the same situation with their own zero: curl prints 000 as the status when nothing came back, and browsers show status 0 for a request that got no HTTP answer. A 000 in a client's output is a symptom to match against the load balancer's log, not a code the load balancer sent.`,
		Causes: []string{
			"An HTTP/2 connection reached 10,000 requests; the load balancer sent GOAWAY and a TCP FIN, and a request still in flight on it got no answer (the cause AWS's page gives today).",
			"An HTTP/2 request carried a header whose compressed size is over 8 KB, usually a `Cookie` or `Authorization` header holding a large session or token (the cause AWS's page gave from 2020 until at least 2023).",
			"The client closed the connection, or the network dropped it, before it had finished sending the request, so there was nothing to route and no one to answer.",
			"A client timeout shorter than the time needed to upload a large request body, so the client gave up part-way through the upload.",
		},
		Fixes: []string{
			"Operator: make sure access logging is on (load balancer attribute `access_logs.s3.enabled`), then compare the 000 entries' protocol (h2), user agent and `received_bytes` with normal requests: long-lived busy h2 clients point at the 10,000-request limit, large `received_bytes` at oversized headers.",
			"Server: shrink what every request has to carry: fewer and smaller cookies, session data kept server-side, compact tokens, so no header gets near 8 KB.",
			"Client: if one client or device accounts for the 000s, check its timeouts and network path; for large uploads raise the timeout or switch to multipart or resumable uploads.",
			"Client: treat a GOAWAY or a connection closed without an answer as retryable for idempotent requests, on a fresh connection; most HTTP/2 libraries already do this for streams the server never processed, which covers the 10,000-request close.",
		},
		Headers: []Header{
			{"Cookie", "The header most likely to pass 8 KB after compression, the older documented cause of 000 over HTTP/2."},
			{"X-Amzn-Trace-Id", "The load balancer adds it and logs it in the trace_id field; if that value is missing from your targets' logs, the request never left the load balancer."},
		},
		Example:    `h2 2026-11-24T03:12:44.120345Z app/prod-web/50dc6c495c0c9188 203.0.113.24:51234 - -1 -1 -1 000 - 17420 0 "GET https://app.example.com:443/dashboard HTTP/2.0" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15" TLS_AES_128_GCM_SHA256 TLSv1.3 - "Root=1-6742a1bc-0a1b2c3d4e5f60718293a4b5" "app.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/9f8e7d6c-5b4a-4321-8fed-ba9876543210" - 2026-11-24T03:12:44.118000Z "-" "-" "-" "-" "-" "-" "-" TID_5e2f9a0c71b84d3e`,
		Related:    []int{460, 502, 504, 499},
		Confusions: []Confusion{{460, "460 means a complete request was received and the client left while waiting for the answer; 000 means no response existed at all, often because the request never got that far."}, {502, "502 is a real response the load balancer sends when a target fails; with 000 the client gets no HTTP response of any kind."}},
		Specs: []Spec{
			{"AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, response code of 000", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#response-code-000"},
			{"AWS Elastic Load Balancing: Access logs for your Application Load Balancer", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Usually yes for idempotent requests, on a new connection (the 10,000-request close clears itself); if an oversized header was the cause, every retry fails until it shrinks.",
			RetryAfter:  false,
		},
		Keywords: []string{"status 0", "http_code 000", "GOAWAY", "empty elb_status_code", "ALB no response", "connection closed"},
		LogOnly:  true,
	},
	{
		Number:      444,
		Name:        "No Response",
		AlsoKnownAs: []string{"Connection Closed Without Response"},
		Vendor:      "nginx",
		Status:      Unofficial,
		Summary:     "nginx's code for closing a connection on purpose without sending any response; it appears only in the access log.",
		Explanation: `444 is an instruction nginx gives itself: stop handling this request and close the connection without writing a status line, headers or a body. It lives in the configuration (return 444;) and in the access log, where the request shows up with status 444 and 0 bytes sent. The number itself never crosses the network.

Operators use it to get rid of traffic they do not want to spend a response on: requests for a Host that no server block serves (a catch-all default_server), scanners probing paths such as /wp-login.php or /.env, blocked user agents, or clients over a rate limit (limit_req_status 444). Over HTTP/1.1 the client just sees the connection close with nothing received; curl reports "(52) Empty reply from server" and Chrome ERR_EMPTY_RESPONSE. Over HTTP/2 nginx resets only that stream, which curl reports as "HTTP/2 stream 1 reset by server (error 0x2 INTERNAL_ERROR)". On an HTTPS port the TLS handshake has already happened by then, so the certificate was shown anyway; ssl_reject_handshake on (nginx 1.19.4 and later) refuses unknown names during the handshake instead.

A proxy or CDN in front of nginx turns the silence into its own error: nginx acting as a proxy logs "upstream prematurely closed connection" and answers 502, Cloudflare shows 520. With no response there is nothing to cache and no Retry-After to honour, and a client that retries gets the same treatment.`,
		Causes: []string{
			"A catch-all server block (`listen 80 default_server; server_name _; return 444;`) received a request whose Host matches no `server_name`: a bare IP address, a stale DNS record or a scanner.",
			"A `location` or `if` rule drops unwanted paths or user agents (`/wp-login.php`, `/.env`, known bad bots) with `return 444`.",
			"Rate or connection limiting set to hang up instead of answering (`limit_req_status 444;` or `limit_conn_status 444;`).",
			"A copied security snippet (geo or map blocklists, bad-bot includes) that ends in `return 444` for matching clients.",
			"A legitimate client tripped a rule meant for bots: an empty or unusual User-Agent, a new hostname not yet in `server_name`, or a monitor calling the server by IP.",
		},
		Fixes: []string{
			"Operator: find the rule that fired with `nginx -T | grep -n 444` and match the logged request's Host, path and user agent against each candidate.",
			"Operator: if a real hostname is being dropped, add it to the `server_name` of the right server block and check that DNS sends it to this server.",
			"Operator: give load balancer health checks and uptime monitors a Host header that a real server block accepts, so they stop landing in the catch-all.",
			"Operator: for unknown names on HTTPS, put `ssl_reject_handshake on;` in the default server so those clients are refused during the TLS handshake.",
			"Operator: behind a CDN or another proxy, return a real 403 or 429 instead, so the edge does not mask the reason with its own 520 or 502.",
			"Client: if your own client is being dropped, call the service by its hostname (not its IP) with a normal User-Agent; the server offers no other hint.",
		},
		Headers: []Header{
			{"Host", "Catch-all server blocks that return 444 select on it: a request whose Host matches no server_name is the most common thing dropped."},
			{"User-Agent", "Bot-blocking rules usually match on it; an empty or tool-like value can get a real client dropped."},
		},
		Example:    `203.0.113.50 - - [24/Nov/2026:03:12:44 +0000] "GET /.env HTTP/1.1" 444 0 "-" "Mozilla/5.0 zgrab/0.x"`,
		Related:    []int{499, 403, 429, 520, 502},
		Confusions: []Confusion{{499, "Both exist only in nginx logs, but 444 means nginx chose to hang up, while 499 means the client hung up first."}, {403, "403 is a real response that tells the client it is refused; 444 sends nothing at all."}, {520, "520 is what Cloudflare shows visitors when the origin closes the connection without answering, which is exactly what an origin returning 444 does."}},
		Specs: []Spec{
			{"nginx documentation: ngx_http_rewrite_module, return", "https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return"},
			{"nginx source: src/http/ngx_http_request.h (NGX_HTTP_CLOSE)", "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not as-is: the same request gets the same silence until the rule that matched (Host, path, user agent, rate limit) no longer does.",
			RetryAfter:  false,
		},
		Keywords: []string{"socket hang up", "silently drop requests", "close connection nginx", "block scanners", "unknown host", "nginx no response"},
		LogOnly:  true,
	},
	{
		Number:  460,
		Name:    "Client Closed Connection",
		Vendor:  "AWS Elastic Load Balancing",
		Status:  Unofficial,
		Summary: "An Application Load Balancer log entry for a request whose client closed the connection before the load balancer could answer it.",
		Explanation: `460 is an Application Load Balancer log entry, not a response anyone receives, and AWS documents it by number only: the name above describes the documented cause and is no reason phrase. The load balancer had a request from the client and was waiting on the target (or about to reply) when the client closed its connection. The load balancer records 460 in elb_status_code and counts it in HTTPCode_ELB_4XX_Count, but there is no longer anyone to send it to.

AWS's troubleshooting advice points at timing: the client's own timeout ran out before the load balancer's idle timeout (60 seconds by default). The usual story is a slow target combined with an impatient client: an HTTP library with a 10 or 30 second timeout, a user closing the tab, or another layer in front that gives up first. CloudFront waits 30 seconds for an origin by default and API Gateway 29 seconds for an integration; either one then answers the viewer itself and drops its connection to the ALB, which logs 460.

The target may still be working on the request and may well complete it, so a 460 on a POST does not mean the action did not happen. As with nginx's 499, nothing is sent, so caching and Retry-After play no part.`,
		Causes: []string{
			"The target took longer than the client was willing to wait: a slow query, a cold start, or requests queued behind a saturated target.",
			"The client's timeout is shorter than the load balancer's idle timeout, such as an HTTP library default of 10 to 30 seconds against the ALB's 60.",
			"A CDN or gateway in front of the ALB timed out first (CloudFront's origin response timeout is 30 seconds by default, API Gateway's integration timeout 29 seconds) and closed its connection.",
			"Users abandoning the page, or mobile clients losing the network mid-request.",
			"Synthetic monitors or external health checks with short timeouts pointed at a slow endpoint.",
		},
		Fixes: []string{
			"Operator: in the access log, subtract `request_creation_time` from the entry's timestamp: that is how long the client waited, and a cluster at one value (10, 29, 30 seconds) identifies whose timeout fired.",
			"Operator: watch the `TargetResponseTime` CloudWatch metric next to the 460 count; if both rise together, the target is the cause, not the clients.",
			"Server: speed up the slow endpoint, or move long work off the request path and return 202 Accepted with a URL to poll.",
			"Operator: order timeouts from the outside in (client, then CDN, then the ALB idle timeout, then the application), each outer one longer than the next, so the innermost layer fails first with a real error.",
			"Client: raise the timeout for endpoints known to be slow, and avoid automatic retries that pile duplicate work onto a target that is already struggling.",
		},
		Headers: []Header{
			{"X-Amzn-Trace-Id", "Logged as trace_id; search the target's logs for the same Root value to see whether the target received the request and how long it took."},
		},
		Example:    `https 2026-11-24T03:12:44.912345Z app/prod-web/50dc6c495c0c9188 198.51.100.7:53122 10.0.12.34:8080 0.001 -1 -1 460 - 1024 0 "POST https://shop.example.com:443/api/checkout HTTP/1.1" "okhttp/4.12.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/73e2d6bc24d8a067 "Root=1-6742a1bc-3f2b6c1d0e9a8b7c6d5e4f3a" "shop.example.com" "arn:aws:acm:us-east-1:123456789012:certificate/9f8e7d6c-5b4a-4321-8fed-ba9876543210" 10 2026-11-24T03:12:14.906000Z "forward" "-" "-" "10.0.12.34:8080" "-" "-" "-" TID_8c41d7e2a9f03b65`,
		Related:    []int{499, 504, 408, 0},
		Confusions: []Confusion{{499, "499 is nginx's log entry for the same situation: the client gave up before the response started."}, {504, "504 means the load balancer gave up waiting for the target; 460 means the client gave up waiting for the load balancer."}, {408, "408 is sent when the client is too slow to send its request; 460 is logged when the client stops waiting for the response."}},
		Specs: []Spec{
			{"AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 460", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-460-issues"},
			{"AWS Elastic Load Balancing: Connection idle timeout", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html#connection-idle-timeout"},
			{"AWS Elastic Load Balancing: Access logs for your Application Load Balancer", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Up to the client, which left; idempotent requests can be repeated, but a repeated POST may run twice because the target may have finished the first one.",
			RetryAfter:  false,
		},
		Keywords: []string{"client timeout", "request canceled", "ALB 460", "HTTPCode_ELB_4XX_Count", "client disconnected", "slow target"},
		LogOnly:  true,
	},
	{
		Number:     463,
		Name:       "Too Many X-Forwarded-For Addresses",
		StatusLine: "HTTP/1.1 463 ",
		Vendor:     "AWS Elastic Load Balancing",
		Status:     Unofficial,
		Summary:    "An Application Load Balancer rejected the request because its X-Forwarded-For header already listed more than 30 IP addresses.",
		Explanation: `The load balancer turns the request away itself, before routing it, because the X-Forwarded-For header it received already holds more than 30 IP addresses. AWS documents the code by number only, with no reason phrase, so the name above describes the documented cause and the example's status line carries none (the status-line grammar allows an empty phrase). It is counted in HTTPCode_ELB_4XX_Count and the target never sees the request.

Every proxy that forwards a request normally appends the address it got the request from, so the list grows by one entry per hop. Real proxy chains are a handful of hops long, which is why a 463 almost always means a loop (something keeps sending the request back through the same load balancer) or a client that sends a forged, padded header on purpose.

Clients that do not know 463 handle it as a plain 400, as RFC 9110 prescribes for unrecognised codes. It is not cacheable by default, and the same request sent again gets the same answer.`,
		Causes: []string{
			"A forwarding loop: a reverse proxy, application or listener rule sends requests to a hostname that resolves back to the same load balancer, and every pass appends another address.",
			"A chain of internal services calling each other through load balancers and proxies, each passing along the inbound X-Forwarded-For and adding to it.",
			"A client, bot or security scanner sending a long or forged X-Forwarded-For value to probe how the application parses it.",
		},
		Fixes: []string{
			"Operator: look for a loop first: in the access log, the same `trace_id` Root value repeated across many entries within a second or two, arriving from your own proxies' or targets' addresses, is a request going round in circles.",
			"Operator: on proxies in front of the load balancer that cannot trust what clients send anyway, set the header instead of appending (nginx: `proxy_set_header X-Forwarded-For $remote_addr;` rather than `$proxy_add_x_forwarded_for`).",
			"Server: when one service calls another, build a new request rather than forwarding the caller's X-Forwarded-For unchanged.",
			"Client: if you add the header yourself (test tools, custom proxies), send only the addresses that matter.",
		},
		Headers: []Header{
			{"X-Forwarded-For", "The header being counted; in its default append mode the load balancer adds the client's address to whatever list arrived."},
			{"X-Amzn-Trace-Id", "The load balancer keeps an incoming Root value and adds a Self field, so a looping request shows the same Root again and again in the logs."},
		},
		Example: `HTTP/1.1 463 
Server: awselb/2.0
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 91
Connection: close

<html>
<head><title>463</title></head>
<body>
<center><h1>463</h1></center>
</body>
</html>`,
		Related:    []int{400, 431, 508, 502},
		Confusions: []Confusion{{431, "431 is a server refusing header fields that are too large in bytes; 463 is specifically an X-Forwarded-For list with more than 30 addresses."}, {400, "400 covers malformed requests in general; 463 is the load balancer's precise reason, though clients that do not know it treat it as 400."}},
		Specs: []Spec{
			{"AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 463", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-463-issues"},
			{"AWS Elastic Load Balancing: HTTP headers and Application Load Balancers, X-Forwarded-For", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/x-forwarded-headers.html#x-forwarded-for"},
			{"RFC 9110, Section 15 (unrecognised status codes)", "https://www.rfc-editor.org/rfc/rfc9110#section-15"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged: the header has to shrink to 30 addresses or fewer, or the loop be broken, first.",
			RetryAfter:  false,
		},
		Keywords: []string{"XFF", "forwarding loop", "proxy loop", "too many proxies", "ALB 463"},
	},
	{
		Number:     464,
		Name:       "Incompatible Protocol",
		StatusLine: "HTTP/1.1 464 ",
		Vendor:     "AWS Elastic Load Balancing",
		Status:     Unofficial,
		Summary:    "An Application Load Balancer refused a request whose protocol (HTTP/1.1, HTTP/2 or gRPC) does not match its target group's protocol version.",
		Explanation: `The load balancer received a request in a protocol its target group is not set up to carry, and refused to forward it. AWS documents the code by number only, with no reason phrase: the name above describes the documented cause, and the example's status line carries none. Every ALB target group has a protocol version, HTTP1, HTTP2 or gRPC, and AWS lists the combinations that fail: an HTTP/1.1 request routed to an HTTP2 or gRPC target group, a gRPC request routed to an HTTP1 target group, and an HTTP/2 request other than POST routed to a gRPC target group.

This is a configuration mismatch rather than a fault in one request. Clients only reach an ALB over HTTP/2, and so only send gRPC, on an HTTPS listener, where HTTP/2 is agreed during the TLS handshake; on a plain HTTP listener every request arrives as HTTP/1.1. Listener rules decide which request goes to which target group, so a catch-all rule that sends browser traffic to a gRPC target group produces a steady stream of 464s.

Clients that do not know 464 treat it as 400, per RFC 9110's rule for unrecognised codes; gRPC clients report it as an unexpected HTTP status. It is not cacheable by default, and resending the same request over the same protocol fails every time.`,
		Causes: []string{
			"A listener rule routes ordinary browser or API traffic (GET requests) to a target group whose protocol version is gRPC.",
			"Clients reach the load balancer through a plain HTTP listener, so they speak HTTP/1.1, while the target group expects HTTP2 or gRPC.",
			"A gRPC client is routed to a target group created with the default protocol version, HTTP1.",
			"A proxy or CDN between the client and the load balancer downgrades the connection to HTTP/1.1.",
		},
		Fixes: []string{
			"Operator: check the target group's protocol version with `aws elbv2 describe-target-groups --names my-grpc-tg --query 'TargetGroups[].ProtocolVersion'`.",
			"Operator: split traffic with listener rules: gRPC calls (path pattern `/package.Service/*`) to the gRPC target group, everything else to an HTTP1 or HTTP2 target group.",
			"Operator: serve HTTP/2 and gRPC through an HTTPS listener; a plain HTTP listener only ever delivers HTTP/1.1.",
			"Operator: the protocol version is chosen when a target group is created and cannot be changed later, so fix a wrong one by creating a new target group and pointing the rule at it.",
			"Client: make sure the client negotiates HTTP/2 over TLS with the load balancer's hostname and that nothing in between downgrades it to HTTP/1.1.",
		},
		Headers: []Header{
			{"Content-Type", "gRPC requests carry application/grpc; a request without it routed to a gRPC target group is likely to be refused."},
			{"X-Amzn-Trace-Id", "Logged as trace_id, so one failing call can be matched with its access log entry, which also shows the request's protocol version."},
		},
		Example: `HTTP/1.1 464 
Server: awselb/2.0
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 91
Connection: keep-alive

<html>
<head><title>464</title></head>
<body>
<center><h1>464</h1></center>
</body>
</html>`,
		Related:    []int{505, 426, 400, 502},
		Confusions: []Confusion{{505, "505 says the server does not support the request's major HTTP version at all; 464 says the load balancer supports it but the chosen target group is set up for a different one."}, {426, "426 asks the client to switch protocols and names the one to use in Upgrade; 464 just refuses, and the fix is usually in the load balancer's configuration."}},
		Specs: []Spec{
			{"AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 464", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-464-issues"},
			{"AWS Elastic Load Balancing: Target groups, protocol version", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-group-protocol-version"},
			{"RFC 9110, Section 15 (unrecognised status codes)", "https://www.rfc-editor.org/rfc/rfc9110#section-15"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No: the same request fails every time until the client's protocol and the target group's protocol version match.",
			RetryAfter:  false,
		},
		Keywords: []string{"gRPC ALB", "HTTP2 target group", "protocol version mismatch", "unexpected HTTP status code received from server", "ALB 464"},
	},
	{
		Number:      494,
		Name:        "Request Header Too Large",
		AlsoKnownAs: []string{"Request Header Or Cookie Too Large"},
		Vendor:      "nginx",
		Status:      Unofficial,
		Summary:     "nginx's internal code for request headers that do not fit its buffers; the client receives 400 Bad Request instead.",
		Explanation: `494 is the code nginx uses internally when a request's headers will not fit in its buffers: one header line longer than a single large_client_header_buffers buffer (8 KB by default), or more header data than all of those buffers together can hold. It never reaches the wire. The client gets 400 Bad Request with a page titled "400 Request Header Or Cookie Too Large", and nginx closes the connection.

Stock nginx also writes 400 to the access log, so these requests hide among other bad requests. The number is visible in only three places: the error log at info level, as "client sent too long header line" (quoting the start of the offending header) or "client sent too large request"; a debug-level log, as "http special response: 494"; and the error_page directive, which sees 494 before it becomes 400. The example uses the last one: error_page 494 sends the request to a named location with its own access_log format that writes 494 where the status would go, while the client still gets a 400. Note that the default error_log level is error, so the info lines are not there unless you ask for them.

An over-long request line is a different case and gets a real 414. The registered code for oversized headers is 431 Request Header Fields Too Large; since nginx sends 400, clients treat it as an ordinary bad request. It is not cacheable, and the same headers fail the same way on every retry.`,
		Causes: []string{
			"Cookies have piled up for the domain: analytics and A/B testing cookies, a big session cookie, or cookies set on a parent domain that every subdomain receives.",
			"A large bearer token in `Authorization`, such as a JWT carrying many roles or group claims.",
			"Kerberos (Negotiate) tokens for users who belong to many Active Directory groups.",
			"A client or redirect loop that keeps adding to a header, for example setting one more cookie on every hop.",
			"Buffers configured smaller than the default `large_client_header_buffers 4 8k`, or raised only in a server block that is not the default one for that address and port.",
		},
		Fixes: []string{
			"Client: clear the site's cookies, or sign out and in again, then retry; for API clients, check how big the `Authorization` header has become.",
			"Operator: raise the limit in the `http` block, e.g. `large_client_header_buffers 4 16k;` (each header line must fit in one buffer); since nginx 1.19.7 the same directive also covers HTTP/2.",
			"Operator: set `error_log /var/log/nginx/error.log info;` for a while to see the \"client sent too long header line\" entries, which show which header is too big.",
			"Server: keep cookies small: store session data server-side, scope cookies with `Domain` and `Path`, and delete ones nothing reads.",
			"Operator: raise the limits behind nginx too, or the error just moves one hop back (Node.js allows 16 KB of headers by default, Tomcat's `maxHttpHeaderSize` 8 KB).",
			"Operator: to count these apart from other 400s, use `error_page 494 = @too_large;` and give that named location its own `access_log` with a format that writes 494 in place of `$status`.",
		},
		Headers: []Header{
			{"Cookie", "The usual culprit: every cookie for the domain travels in it on every request."},
			{"Authorization", "Large bearer tokens and Kerberos tickets can push a single header line past the buffer size."},
		},
		Example: `2026/11/24 03:12:44 [info] 2817#2817: *1043 client sent too long header line: "Cookie: _ga=GA1.2.1791338402.1763953311; _gid=GA1.2.803114529.1763953311; session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI4MTIzIiwicm9sZXMiOlsiYWRtaW4iLCJiaWxsaW5nIiwicmVwb3J0cyJd..." while reading client request headers, client: 198.51.100.23, server: app.example.com, request: "GET /dashboard HTTP/1.1", host: "app.example.com"
198.51.100.23 - - [24/Nov/2026:03:12:44 +0000] "GET /dashboard HTTP/1.1" 494 35 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`,
		Related:    []int{400, 431, 414, 413},
		Confusions: []Confusion{{431, "431 is the registered code for header fields that are too large; nginx detects the same condition as 494 but sends 400."}, {414, "414 is what nginx really sends when the request line (the URL) is too long; 494 is about the header fields after it."}, {413, "413 is about the request body (client_max_body_size); 494 is about the headers."}},
		Specs: []Spec{
			{"nginx documentation: ngx_http_core_module, large_client_header_buffers", "https://nginx.org/en/docs/http/ngx_http_core_module.html#large_client_header_buffers"},
			{"nginx source: src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)", "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the headers shrink (cookies cleared, a smaller token) or the server's limit is raised; the same request fails the same way.",
			RetryAfter:  false,
		},
		Keywords: []string{"cookie too large", "header too big", "400 bad request cookie", "large cookies", "JWT too long", "http2_max_field_size"},
		LogOnly:  true,
	},
	{
		Number:      495,
		Name:        "SSL Certificate Error",
		AlsoKnownAs: []string{"The SSL certificate error"},
		Vendor:      "nginx",
		Status:      Unofficial,
		Summary:     "nginx's internal code for a client certificate that failed verification in mutual TLS; the client receives 400 Bad Request instead.",
		Explanation: `495 is nginx's internal code for a client certificate that did not pass verification. It applies when ssl_verify_client is on or optional: the client presented a certificate, and checking it against the CA certificates in ssl_client_certificate and ssl_trusted_certificate, the revocation list in ssl_crl, or OCSP (ssl_ocsp) failed. nginx answers 400 Bad Request with a page titled "400 The SSL certificate error", closes the connection, and writes 400, not 495, to the access log.

The TLS handshake itself completes: nginx asks for the certificate during the handshake but judges it only when the first HTTP request arrives, which is why the client gets an HTTP error page rather than a TLS alert. The reason goes to the error log at info level as "client SSL certificate verify error:" followed by OpenSSL's verify result, for example "(10:certificate has expired)". error_page 495 can catch the code to serve a clearer answer or to log it under its own number, which is how the access-log line in the example was written.

With ssl_verify_client optional_no_ca, errors about an unknown or untrusted issuer are tolerated, but others such as an expired certificate still lead to 495. The 400 is not cacheable, and retrying with the same certificate fails again.`,
		Causes: []string{
			"The client certificate has expired or is not yet valid (OpenSSL verify errors 10 and 9).",
			"It was issued by a CA that is not in `ssl_client_certificate` or `ssl_trusted_certificate`, or an intermediate is missing (error 20 \"unable to get local issuer certificate\", 18 or 19 for self-signed certificates).",
			"The chain is deeper than `ssl_verify_depth` allows (default 1), so certificates issued through an intermediate CA fail with \"certificate chain too long\".",
			"The certificate is revoked according to `ssl_crl` (error 23), or the CRL file itself has passed its next-update date (error 12 \"CRL has expired\"), which rejects every client at once.",
			"OCSP checking (`ssl_ocsp on;`) failed or reported the certificate as revoked.",
		},
		Fixes: []string{
			"Operator: read the error log at info level for \"client SSL certificate verify error\"; the number and text in parentheses are OpenSSL's verdict and name the exact problem.",
			"Client: inspect the certificate being sent with `openssl x509 -in client.pem -noout -subject -issuer -dates` and renew it if it has expired.",
			"Operator: put the whole issuing chain in `ssl_client_certificate` and raise `ssl_verify_depth` (to 2 or 3) when client certificates come from an intermediate CA.",
			"Operator: if you use `ssl_crl`, refresh the file automatically before its next-update date and reload nginx; a stale CRL locks everyone out.",
			"Client: reproduce with `curl -v --cert client.pem --key client.key https://api.example.com/` to see whether the \"400 The SSL certificate error\" page comes back.",
			"Operator: answer and log the failure properly with `error_page 495 = @bad_cert;` and a named location that returns 403 and has its own `access_log` format.",
		},
		Headers: []Header{
			{"Connection", "nginx sends Connection: close with the 400 and drops keep-alive, so the client needs a new TLS connection, and a good certificate, to try again."},
		},
		Example: `2026/11/24 03:12:44 [info] 2817#2817: *2210 client SSL certificate verify error: (10:certificate has expired) while reading client request headers, client: 203.0.113.77, server: api.example.com, request: "GET /v1/orders HTTP/1.1", host: "api.example.com"
203.0.113.77 - - [24/Nov/2026:03:12:44 +0000] "GET /v1/orders HTTP/1.1" 495 36 "-" "python-requests/2.32.3"`,
		Related:    []int{496, 400, 403, 526},
		Confusions: []Confusion{{496, "496 means no client certificate was sent at all; 495 means one was sent and failed verification."}, {526, "526 is Cloudflare reporting that the origin server's own certificate is invalid; 495 is nginx rejecting the client's certificate."}, {403, "403 is a deliberate refusal after the request is understood; nginx's 495 arrives as a 400 unless you remap it to 403 yourself."}},
		Specs: []Spec{
			{"nginx documentation: ngx_http_ssl_module, error processing", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors"},
			{"nginx documentation: ngx_http_ssl_module, ssl_verify_client", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_verify_client"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only with a valid certificate that chains to a CA nginx trusts; repeating the request with the same certificate fails again.",
			RetryAfter:  false,
		},
		Keywords: []string{"mTLS", "mutual TLS", "client certificate verify error", "certificate has expired", "unable to get local issuer certificate", "ssl_verify_depth"},
		LogOnly:  true,
	},
	{
		Number:      496,
		Name:        "SSL Certificate Required",
		AlsoKnownAs: []string{"No Required SSL Certificate Was Sent"},
		Vendor:      "nginx",
		Status:      Unofficial,
		Summary:     "nginx's internal code for a client that sent no certificate where mutual TLS requires one; the client receives 400 Bad Request instead.",
		Explanation: `496 is nginx's internal code for "a client certificate was required and none was sent". It only happens with ssl_verify_client on: the client finished the TLS handshake without presenting a certificate, and nginx refuses the first request on that connection with 400 Bad Request and a page titled "400 No required SSL certificate was sent". The access log records 400.

The error log has "client sent no required SSL certificate" at info level. Often the client does have a certificate but chooses not to offer it: during the handshake nginx lists the CAs it accepts (the names in ssl_client_certificate), and many clients, browsers in particular, only offer a certificate issued by one of them. A TLS-terminating load balancer or CDN in front of nginx has the same effect, because the client's certificate ends at that proxy.

With ssl_verify_client optional, nginx lets certificate-less requests through and leaves the decision to the configuration through $ssl_client_verify (NONE, SUCCESS or FAILED: with a reason), which lets some paths stay public. error_page 496 can catch the code, as in the example. The 400 is not cacheable, and a retry without a certificate fails the same way.`,
		Causes: []string{
			"The client was never set up with a certificate: a browser without it imported, curl without `--cert` and `--key`, an SDK without a client keystore.",
			"The client has a certificate, but not one issued by a CA that nginx lists from `ssl_client_certificate`, so it did not offer it.",
			"A proxy, load balancer or CDN terminates TLS in front of nginx and connects onward without a client certificate.",
			"`ssl_verify_client on;` applies to the whole server while only some paths need mutual TLS, so health checks and public pages are refused too.",
		},
		Fixes: []string{
			"Client: present the certificate and key, e.g. `curl --cert client.pem --key client.key https://api.example.com/`; in a browser, import the PKCS#12 file and choose it when prompted.",
			"Operator: check which CA names nginx advertises with `openssl s_client -connect api.example.com:443 -servername api.example.com` (listed under \"Acceptable client certificate CA names\").",
			"Operator: when only some paths need certificates, use `ssl_verify_client optional;` and refuse in those locations with `if ($ssl_client_verify != SUCCESS) { return 403; }`.",
			"Operator: with TLS terminated in front of nginx, check client certificates at that proxy or pass TLS through to nginx, since nginx never sees the original certificate.",
			"Operator: catch the code to answer clearly, e.g. `error_page 496 = @no_cert;` returning 403 with a message, and give it its own access log format.",
		},
		Headers: []Header{
			{"Connection", "nginx closes the connection after this error; the client must reconnect with a certificate for the next attempt to work."},
		},
		Example: `2026/11/24 03:12:44 [info] 2817#2817: *3318 client sent no required SSL certificate while reading client request headers, client: 192.0.2.41, server: api.example.com, request: "GET /v1/accounts HTTP/1.1", host: "api.example.com"
192.0.2.41 - - [24/Nov/2026:03:12:44 +0000] "GET /v1/accounts HTTP/1.1" 496 28 "-" "curl/8.5.0"`,
		Related:    []int{495, 400, 401, 403},
		Confusions: []Confusion{{495, "495 means a certificate was sent but failed verification; 496 means none was sent."}, {401, "401 asks for HTTP authentication credentials through WWW-Authenticate; 496 is about a TLS client certificate, and the client actually receives 400."}},
		Specs: []Spec{
			{"nginx documentation: ngx_http_ssl_module, error processing", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors"},
			{"nginx documentation: ngx_http_ssl_module, ssl_verify_client", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_verify_client"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only once the client is configured to present its certificate; without one the request fails every time.",
			RetryAfter:  false,
		},
		Keywords: []string{"client certificate required", "mTLS", "ssl_verify_client on", "no client certificate", "Acceptable client certificate CA names"},
		LogOnly:  true,
	},
	{
		Number:      497,
		Name:        "HTTP Request Sent to HTTPS Port",
		AlsoKnownAs: []string{"Plain HTTP Request Sent to HTTPS Port"},
		Vendor:      "nginx",
		Status:      Unofficial,
		Summary:     "nginx's internal code for a plain-HTTP request that arrived on a TLS port; the client receives 400 Bad Request unless error_page redirects it.",
		Explanation: `497 is nginx's internal code for a plain-HTTP request arriving on a port configured with listen ... ssl. nginx sees that the first bytes are not a TLS handshake, reads them as an HTTP request anyway, and answers 400 Bad Request with a page titled "400 The plain HTTP request was sent to HTTPS port". The access log records 400.

The error log has "client sent plain HTTP request to HTTPS port" at info level. Unlike most early errors, nginx has parsed the whole request at that point, so error_page 497 can use $host and $request_uri to send the visitor to the right place: error_page 497 =301 https://$host:$server_port$request_uri; does it, and =308 keeps the method and body of a POST. The example does the same from a named location that returns 308 and logs the request under 497 with its own log format, so these requests can be counted.

The reverse mistake, TLS sent to a plain-HTTP port, is not 497: nginx finds binary data where the request line should be and logs a 400 whose request field is a run of escapes starting with \x16\x03. Neither is cacheable, and the same request over https:// works.`,
		Causes: []string{
			"A URL with the http scheme and a TLS port, such as http://example.com:443/ or http://example.com:8443/, typed by a user or built by an application from the port number.",
			"A load balancer, CDN or reverse proxy set to speak HTTP to a backend port where nginx expects TLS (an ALB target group with protocol HTTP on port 443, `proxy_pass http://backend:443`).",
			"TLS moved to a CDN or load balancer in front, while nginx still has `listen 443 ssl` on the port that now receives plain HTTP.",
			"A Kubernetes Service or container port mapping that sends an HTTP port to nginx's TLS port.",
			"Health checks configured with protocol HTTP against the HTTPS port.",
		},
		Fixes: []string{
			"Client: use https:// for that host and port.",
			"Operator: redirect instead of failing: `error_page 497 =301 https://$host:$server_port$request_uri;` in the TLS server block (use `=308` if clients send POST requests).",
			"Operator: fix the hop that speaks the wrong protocol: set the target group, upstream or health check to HTTPS for that port, or point it at nginx's plain-HTTP listener.",
			"Operator: list which ports expect TLS with `nginx -T | grep -n listen` and compare them with what the load balancer, Service or port mapping sends.",
			"Server: build absolute URLs from the request's scheme (or `X-Forwarded-Proto` behind a proxy), never from the port number.",
		},
		Headers: []Header{
			{"Location", "Carries the https:// URL when error_page 497 is set up to redirect instead of returning the 400 page."},
			{"Strict-Transport-Security", "Once a browser has seen it, it rewrites http:// links for the host to https:// (port 80 becomes 443, other ports are kept), so the mistake cannot repeat in that browser."},
			{"Connection", "nginx closes the connection after the 400 or the redirect, since the client was speaking the wrong protocol on it."},
		},
		Example: `2026/11/24 03:12:44 [info] 2817#2817: *4107 client sent plain HTTP request to HTTPS port while reading client request headers, client: 198.51.100.88, server: shop.example.com, request: "GET /login HTTP/1.1", host: "shop.example.com:443"
198.51.100.88 - - [24/Nov/2026:03:12:44 +0000] "GET /login HTTP/1.1" 497 171 "-" "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"`,
		Related:    []int{400, 301, 308, 426, 525},
		Confusions: []Confusion{{400, "400 is what the client actually receives for a 497, along with every other malformed request; the error log line tells them apart."}, {426, "426 is a server asking the client to upgrade the protocol on the same connection; 497 means the client used the wrong scheme for the port and has to reconnect with TLS."}},
		Specs: []Spec{
			{"nginx documentation: ngx_http_ssl_module, error processing", "https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors"},
			{"nginx documentation: ngx_http_core_module, error_page", "https://nginx.org/en/docs/http/ngx_http_core_module.html#error_page"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, over https:// to the same host and port; plain HTTP keeps failing.",
			RetryAfter:  false,
		},
		Keywords: []string{"The plain HTTP request was sent to HTTPS port", "http to https redirect", "wrong port", "ssl port", "mixed scheme"},
		LogOnly:  true,
	},
	{
		Number:  499,
		Name:    "Client Closed Request",
		Vendor:  "nginx",
		Status:  Unofficial,
		Summary: "nginx's log entry for a request whose client closed the connection before nginx could send the response.",
		Explanation: `nginx logs 499 when the client closes its connection while nginx is still working on the request, before the response header has been sent. There is no one to answer, so nothing goes out; the code exists only in the access log. The comment next to NGX_HTTP_CLIENT_CLOSED_REQUEST in nginx's source says exactly that: HTTP has no code for this situation, so nginx made one up to log it.

Most 499s are latency in disguise. nginx was waiting for an upstream (proxy_pass, fastcgi_pass, uwsgi_pass) and the client gave up first: a browser, a mobile app with a 30-second timeout, or a load balancer or CDN in front with its own deadline. By default nginx then closes the upstream connection as well and logs, at info level, "client prematurely closed connection, so upstream connection is closed too"; with proxy_ignore_client_abort on, it lets the upstream request run to completion instead. Over HTTP/2 a browser cancelling a single stream (navigating away, an aborted fetch) can produce the same entry while the connection stays open.

499 is not a mistake nginx made, and it says nothing about what the upstream would have answered; the upstream may have finished the work, which matters for POSTs. Since nothing was sent, caching and Retry-After do not apply. Logging $request_time helps: values bunched at one number reveal the timeout of whoever hung up.`,
		Causes: []string{
			"A slow upstream: the application, a database query or an external API takes longer than the client will wait.",
			"A client-side timeout shorter than the server's processing time (HTTP libraries, mobile SDKs, load-test tools with tight timeouts).",
			"A proxy in front of nginx with a shorter deadline: an AWS ALB's 60-second idle timeout, a CDN's origin timeout, or another nginx's `proxy_read_timeout` (60 seconds by default).",
			"Users navigating away, closing the tab, or clicking twice so the browser cancels the first request.",
			"Health checks or monitoring probes with short timeouts hitting a slow endpoint.",
		},
		Fixes: []string{
			"Operator: add `$request_time` and `$upstream_response_time` to the `log_format`; 499s clustered at 10, 30 or 60 seconds identify whose timeout fired.",
			"Server: speed up the slow endpoint, or move long work to a background job and return 202 Accepted with a way to poll for the result.",
			"Operator: order timeouts from the outside in (client, CDN or load balancer, nginx `proxy_read_timeout`, application), each outer one longer, so the innermost layer fails first with a real 504 instead of an anonymous 499.",
			"Operator: set `proxy_ignore_client_abort on;` (or `fastcgi_ignore_client_abort on;`) where a request that has started must finish even if the client leaves, such as payment callbacks.",
			"Client: raise the timeout for calls known to be slow, and make retries safe with an idempotency key, since the first attempt may have completed.",
		},
		Headers: []Header{
			{"X-Request-ID", "Not standard, but passing nginx's $request_id upstream (proxy_set_header X-Request-ID $request_id;) lets you find the backend's record of the request the client abandoned."},
		},
		Example: `2026/11/24 03:12:44 [info] 2817#2817: *58231 epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream, client: 198.51.100.23, server: app.example.com, request: "POST /api/reports HTTP/1.1", upstream: "http://10.0.3.14:8080/api/reports", host: "app.example.com"
198.51.100.23 - - [24/Nov/2026:03:12:44 +0000] "POST /api/reports HTTP/1.1" 499 0 "https://app.example.com/reports" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`,
		Related:    []int{408, 504, 460, 444, 502},
		Confusions: []Confusion{{408, "408 is the server giving up on a client that is too slow to send its request; 499 is the client giving up on a server that is too slow to answer."}, {504, "504 is a proxy giving up on its upstream and telling the client so; 499 is the client giving up on the proxy, so nothing is sent."}, {460, "460 is the AWS Application Load Balancer's log entry for the same situation."}},
		Specs: []Spec{
			{"nginx source: src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)", "https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h"},
			{"nginx documentation: ngx_http_proxy_module, proxy_ignore_client_abort", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Up to the client, which gave up; idempotent requests can be repeated, but a repeated POST may run twice because the upstream may have finished the first one.",
			RetryAfter:  false,
		},
		Keywords: []string{"client prematurely closed connection", "client closed connection", "request canceled", "client canceled stream", "upstream connection is closed too", "nginx 499 timeout"},
		LogOnly:  true,
	},
	{
		Number:  561,
		Name:    "Unauthorized",
		Vendor:  "AWS Elastic Load Balancing",
		Status:  Unofficial,
		Summary: "An Application Load Balancer's built-in user authentication failed because the identity provider returned an error during sign-in.",
		Explanation: `An ALB listener rule with an authenticate-oidc or authenticate-cognito action sends users who are not signed in to an identity provider (IdP). The IdP then sends the browser back to the load balancer's /oauth2/idpresponse endpoint. If the IdP reports an error there instead of handing over an authorization code, the load balancer ends the sign-in with 561. The name Unauthorized comes from AWS's documentation; the code counts in HTTPCode_ELB_5XX_Count and the request never reaches a target.

Under OpenID Connect the IdP's complaint travels in that redirect as error and error_description query parameters (access_denied, invalid_scope, unauthorized_client, server_error and so on), so the browser's network panel shows exactly what went wrong even though the load balancer's page does not. Failures the load balancer runs into on its own side, such as reaching the IdP's token or user-info endpoint or checking what comes back, are reported with other codes (401 or 500) and an error_reason beginning with Auth in the access log.

Browsers and other clients treat 561 like a 500. It is not cacheable by default. Sending the user through sign-in again only helps once whatever the IdP objected to (consent, user assignment, scopes, client settings) has been fixed.`,
		Causes: []string{
			"The user declined consent or cancelled the sign-in at the IdP, which returns `access_denied`.",
			"The user is not allowed to use the application in the IdP, for example an Okta app that requires user assignment (`access_denied` with \"User is not assigned to the client application\").",
			"The load balancer asks for scopes that the IdP app client is not allowed to request (`invalid_scope`).",
			"The IdP app client is not permitted to use the authorization code flow (`unauthorized_client`), such as a Cognito app client without the authorization code grant enabled.",
			"The IdP itself failed during sign-in (`server_error`, `temporarily_unavailable`).",
		},
		Fixes: []string{
			"Operator: reproduce with the browser's network panel open and read the `error` and `error_description` parameters on the redirect to `/oauth2/idpresponse`; they name the problem.",
			"Operator: check the IdP's own sign-in logs (Cognito, Okta System Log, Microsoft Entra sign-in logs) for the same user and time.",
			"Operator: compare the authenticate action with the IdP app: client ID, requested scope (default `openid`), allowed grant type (authorization code) and the redirect URI `https://<your-domain>/oauth2/idpresponse`.",
			"Operator: assign the user or group to the application in the IdP if access was denied for that reason.",
			"Client: sign in again with an account that has access, and accept the consent prompt if one appears.",
		},
		Headers: []Header{
			{"Location", "The load balancer redirects users who are not signed in to the IdP's authorization endpoint, and the IdP's redirect back carries the error that leads to 561."},
			{"Cookie", "After a successful sign-in the load balancer sets its session cookie (AWSELBAuthSessionCookie by default); with 561 no session is created, so the next request starts the sign-in again."},
		},
		Example: `HTTP/1.1 561 Unauthorized
Server: awselb/2.0
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/html
Content-Length: 117
Connection: keep-alive

<html>
<head><title>561 Unauthorized</title></head>
<body>
<center><h1>561 Unauthorized</h1></center>
</body>
</html>`,
		Related:    []int{401, 403, 500, 511},
		Confusions: []Confusion{{401, "The load balancer sends 401 when it will not let an unauthenticated user through (for example when the rule is set to deny); 561 means the IdP itself answered the sign-in with an error."}, {500, "500 from the load balancer points at its own trouble talking to the IdP or running a rule; 561 points at an error the IdP reported."}},
		Specs: []Spec{
			{"AWS Elastic Load Balancing: Troubleshoot your Application Load Balancers, HTTP 561", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#http-561-issues"},
			{"AWS Elastic Load Balancing: Authenticate users using an Application Load Balancer", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html"},
			{"RFC 6749, Section 4.1.2.1 (authorization error response)", "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "The user can sign in again once the IdP problem is fixed; trying again straight away usually brings the same IdP error.",
			RetryAfter:  false,
		},
		Keywords: []string{"OIDC", "Cognito", "authenticate-oidc", "idpresponse", "SSO error", "ALB authentication failed"},
	},
}
