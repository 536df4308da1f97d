package data

// vendorCloudflareMisc holds Cloudflare's origin-error codes (520–527, 530)
// and a handful of other vendors' numbers: cPanel's 509, SSL Labs' 529, the
// informal proxy timeouts 598 and 599, and LinkedIn's 999.
var vendorCloudflareMisc = []Code{
	{
		Number:      520,
		Name:        "Web Server Returned an Unknown Error",
		AlsoKnownAs: []string{"Web server is returning an unknown error", "Origin Error"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare reached the origin and sent the request, but what came back was empty, malformed or otherwise unusable.",
		Explanation: `The response was written by Cloudflare's edge, not by your web server. Cloudflare connected to the origin and forwarded the request, but the answer could not be used: the origin closed or reset the connection without replying, sent no status line or headers, sent something that is not valid HTTP, or sent headers larger than Cloudflare accepts. 520 is the catch-all for these cases; refused connections (521), connect timeouts (522) and slow responses (524) have codes of their own.

The fault is nearly always on the origin side of the hop: the application, the web server, or something sitting in front of it such as a host firewall, a security plugin or a load balancer. Cloudflare's HTML error page makes this visible with three boxes (your browser, the Cloudflare location, the host) and marks the host as the one that failed. Cloudflare also forwards a CF-Ray request header to the origin, so logging it there lets you find the exact origin log line for the Ray ID on the error page.

A 520 is not cacheable by default and carries a body: an HTML page for browsers, or a one-line "error code: 520" text for clients such as curl. Idempotent requests may be retried after a short pause, since some causes (a worker restarting, a reset keep-alive connection) are brief; if every request fails, nothing changes until the origin is fixed. Cloudflare does not send Retry-After with it.`,
		Causes: []string{
			"The origin application or web server crashed mid-request (a PHP or worker process killed, a segfault), so the connection closed with no response.",
			"A firewall, fail2ban/CSF rule or security plugin on the origin resets connections from Cloudflare's IP ranges instead of answering them.",
			"Response headers too large for Cloudflare, usually a pile of Set-Cookie headers or oversized cookies.",
			"The origin advertises HTTP/2 through ALPN but does not speak it correctly once Cloudflare connects with HTTP/2 to Origin.",
			"Authenticated Origin Pulls is enabled in Cloudflare while the origin's client-certificate settings do not match.",
			"The origin resets an idle keep-alive connection at the moment Cloudflare reuses it.",
		},
		Fixes: []string{
			"Operator: bypass Cloudflare and ask the origin directly: `curl -sv --resolve example.com:443:203.0.113.10 https://example.com/path`; an empty reply or a reset there proves the origin is at fault.",
			"Server: log the `CF-Ray` request header (nginx `$http_cf_ray`, Apache `%{CF-Ray}i`), find the line for the Ray ID on the error page, and read the error log and `dmesg` for crashes or OOM kills at that second.",
			"Server: allow every range listed at https://www.cloudflare.com/ips/ in the host firewall and security plugins, and restore visitor IPs from `CF-Connecting-IP` so rate limiters stop banning Cloudflare's addresses.",
			"Server: trim oversized response headers and cookies, and keep HTTP keep-alive enabled at the origin, as Cloudflare recommends, so reused connections are not reset.",
			"Operator: if the origin's HTTP/2 is suspect, turn off HTTP/2 to Origin (Speed > Optimization > Protocol Optimization) and test again.",
			"Operator: as a stopgap, switch the record to DNS only (grey cloud) or pause Cloudflare so visitors reach the origin and you can see its real error.",
		},
		Headers: []Header{
			{"CF-RAY", "The Ray ID of the failed request: quote it to Cloudflare support and match it with the CF-Ray header logged at the origin."},
			{"Server", "Reads cloudflare, which tells you the edge produced this response and not your web server."},
		},
		Example: `HTTP/1.1 520 Web Server Returned an Unknown Error
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 15
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b1f0c2d4a7b39-FRA

error code: 520`,
		Related: []int{502, 521, 522, 524},
		Confusions: []Confusion{
			{502, "A Cloudflare 502 usually relays a 502 from the origin or a proxy in front of it; 520 means the origin's reply was empty or unreadable."},
			{521, "521 means the connection was refused before any request went out; with 520 the request was sent and the reply was unusable."},
			{524, "524 means the origin stayed silent until the read timeout; 520 means it answered, or hung up, with something Cloudflare could not use."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 520", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/"},
			{"Cloudflare docs: Connection limits", "https://developers.cloudflare.com/fundamentals/reference/connection-limits/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes for idempotent requests after a short pause; if every request fails, the origin has to be fixed first.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 520", "unknown error", "empty reply from server", "connection reset by peer", "origin crash", "orange cloud"},
	},
	{
		Number:      521,
		Name:        "Web Server Is Down",
		AlsoKnownAs: []string{"Origin Down"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare tried to connect to the origin and was refused: nothing listens on the port, or the origin rejects Cloudflare's addresses.",
		Explanation: `Cloudflare's edge tried to open a TCP connection to the origin address in your DNS record and the origin answered with a refusal (a TCP reset), so the request was never sent. The host itself was reachable; something on it said no. That separates 521 from 522, where the connection attempt gets no answer at all, and from 523, where there is no route to the address.

The two usual reasons are a web server that is not running and a firewall that rejects Cloudflare. A third is a mismatch between the SSL/TLS encryption mode and the origin's ports: in Flexible mode Cloudflare connects to port 80, in Full and Full (strict) to port 443, so an origin that serves only HTTP on port 80 refuses every connection once the zone is set to Full.

A 521 is not cacheable by default and carries a body (Cloudflare's error page, which marks the host as the failing box). Visitors can retry after a pause, but the error lasts until the origin accepts connections from Cloudflare again. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"The web server (nginx, Apache, LiteSpeed) or the container behind it is stopped, crashed or restarting.",
			"The SSL/TLS mode does not match the origin: Full or Full (strict) makes Cloudflare connect to port 443 while the origin only listens on port 80.",
			"A host firewall (iptables/nftables, CSF, fail2ban) or the hosting provider rejects Cloudflare's IP ranges, often after a rate limiter banned them.",
			"The DNS record in Cloudflare still points to an old server where nothing listens anymore.",
		},
		Fixes: []string{
			"Server: check the web server is up and listening where Cloudflare connects: `systemctl status nginx`, and `ss -ltnp` should show :443 for Full or Full (strict), :80 for Flexible.",
			"Server: allow all Cloudflare ranges (https://www.cloudflare.com/ips-v4 and https://www.cloudflare.com/ips-v6) and unban any Cloudflare address in fail2ban or CSF.",
			"Operator: compare the SSL/TLS encryption mode with what the origin serves; if the origin lacks HTTPS, install a certificate (a free Cloudflare Origin CA certificate will do) rather than dropping to Flexible.",
			"Operator: confirm the A/AAAA record holds the current origin IP and test it directly: `curl -v --resolve example.com:443:<origin-ip> https://example.com/`.",
			"Client: nothing is wrong on your side; retry later or tell the site owner.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the request, with the Cloudflare location after the dash; give it to support or search for it in Cloudflare's logs."},
			{"Server", "Reads cloudflare: the edge wrote this page because the origin refused the connection."},
		},
		Example: `HTTP/1.1 521 Web Server Is Down
Date: Tue, 24 Nov 2026 03:14:02 GMT
Content-Type: text/html; charset=UTF-8
Content-Length: 324
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b20a94f1c3d52-AMS

<!DOCTYPE html>
<html lang="en-US">
<head><title>shop.example.com | 521: Web server is down</title></head>
<body>
<h1>Web server is down <span>Error code 521</span></h1>
<p>You (Browser): Working. Amsterdam (Cloudflare): Working. shop.example.com (Host): Error.</p>
<p>Cloudflare Ray ID: 8e6b20a94f1c3d52</p>
</body>
</html>`,
		Related: []int{520, 522, 523, 503},
		Confusions: []Confusion{
			{522, "522 means the connection attempt went unanswered (packets dropped); 521 means it was actively refused."},
			{523, "523 means there is no route to the origin address; 521 means the host was reached and refused."},
			{503, "A 503 comes from a running server that declines work; 521 means nothing accepted the connection at all."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 521", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/"},
			{"Cloudflare docs: Encryption modes", "https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "After a pause, but it keeps failing until the origin accepts connections from Cloudflare again.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 521", "connection refused", "ECONNREFUSED", "site down", "origin offline", "fail2ban banned cloudflare"},
	},
	{
		Number:      522,
		Name:        "Connection Timed Out",
		AlsoKnownAs: []string{"Origin Connection Time-out"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare's connection to the origin went unanswered: the TCP handshake never completed, or the origin never acknowledged the request.",
		Explanation: `Cloudflare returns 522 when one of two network-level timers expires on the way to the origin. Before the connection exists, the origin must answer Cloudflare's SYN with a SYN+ACK within 19 seconds (Cloudflare retries the SYN in between; older documentation said 15 seconds). After the connection exists, the origin must acknowledge the request Cloudflare sent within 90 seconds. Neither timer can be changed.

Silence, unlike the refusal behind a 521, means packets are being lost: a firewall rule that drops instead of rejects, a hosting provider's DDoS filter, a server so overloaded it stops accepting connections, or an IP in the DNS record that no longer belongs to your server. Cloudflare names blocked or rate-limited Cloudflare IP ranges as the most common cause. Two platform cases also produce it: a Worker on a Custom Domain that fetches its own hostname, and a Pages project whose CNAME points at it without a matching custom domain.

A 522 is not cacheable by default and carries a body. Because the request either never arrived or was never acknowledged, retrying idempotent requests after a pause is reasonable. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"The origin's firewall or the provider's network silently drops packets from Cloudflare's IP ranges (a DROP rule, a rate limit, DDoS protection).",
			"The origin is overloaded and its listen queue overflows, so new connections go unanswered.",
			"The IP in the Cloudflare DNS record is not the server's current address after a migration or re-IP, so SYNs go nowhere.",
			"Packet loss between Cloudflare and the origin, or keep-alive disabled at the origin.",
			"A Worker on a Custom Domain fetches its own hostname, or a Pages custom domain is not set up for the CNAME that points to it.",
		},
		Fixes: []string{
			"Server: watch for Cloudflare's SYNs while loading the page through Cloudflare: `tcpdump -ni any 'tcp port 443 and tcp[tcpflags] & tcp-syn != 0'`; SYNs in but no SYN-ACK out means the host drops them, nothing at all means the provider or routing does.",
			"Server: allow every range from https://www.cloudflare.com/ips/ in the host firewall, and ask the provider whether its network firewall or DDoS filter throttles them.",
			"Server: check for a saturated server: `uptime`, `ss -s`, and `nstat -az TcpExtListenOverflows` rising means the listen queue is full; add workers, raise the backlog or add capacity.",
			"Operator: confirm the A/AAAA record holds the origin's current IP, and run `mtr` from the origin to a Cloudflare IP seen in its access log to hand to the provider.",
			"Operator: for Workers, call the origin through a route or another hostname instead of the Worker's own Custom Domain (or enable the `global_fetch_strictly_public` compatibility flag).",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID plus the Cloudflare location that timed out; useful when only some locations fail because of a routing problem."},
			{"Server", "Reads cloudflare: the origin never got far enough to answer."},
		},
		Example: `HTTP/1.1 522 Connection Timed Out
Date: Tue, 24 Nov 2026 03:15:31 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 15
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b22d57a0e9f14-LHR

error code: 522`,
		Related: []int{521, 523, 524, 504},
		Confusions: []Confusion{
			{521, "521 means the origin actively refused the connection; 522 means it never answered."},
			{524, "524 means the connection and request went through and the origin was too slow to respond; 522 fails before the request is acknowledged."},
			{504, "A Cloudflare-branded 504 usually relays a gateway timeout from a proxy at the origin; 522 is Cloudflare itself failing to connect."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 522", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/"},
			{"Cloudflare docs: Connection limits", "https://developers.cloudflare.com/fundamentals/reference/connection-limits/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes for idempotent requests after a pause; the request was never processed, but repeated failures need a fix at the origin or its network.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 522", "SYN timeout", "SYN_SENT", "packets dropped", "iptables DROP", "origin not responding"},
	},
	{
		Number:      523,
		Name:        "Origin Is Unreachable",
		AlsoKnownAs: []string{"Origin Unreachable"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare had no network route to the origin's IP address, so it could not even attempt a connection.",
		Explanation: `Cloudflare returns 523 when the origin address in your DNS record cannot be reached at the network level: a router somewhere between Cloudflare and the origin has no route to it. No connection is attempted, so no request is sent.

The address itself is the first suspect: a private address (10.x, 192.168.x) in a proxied record, a released cloud IP, an AAAA record for IPv6 the server no longer has. The second is routing at the hosting provider. A known cloud trap: a broad route such as 172.0.0.0/8 in an AWS VPC route table also covers 172.64.0.0/13, one of Cloudflare's public ranges, so the origin's replies to Cloudflare are sent somewhere private and never arrive.

A 523 is not cacheable by default and carries a body. Retrying does not help until the route or the DNS record is fixed; a transient routing incident at the provider can clear on its own. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"The A or AAAA record points to an address that is not routable from the internet (a private range, a released elastic IP, a decommissioned server).",
			"An AAAA record points to an IPv6 address the origin no longer has or cannot route.",
			"A routing or BGP problem at the hosting provider or on the path between Cloudflare and the origin.",
			"An overly broad route in a cloud route table (for example `172.0.0.0/8` in an AWS VPC) swallows Cloudflare's `172.64.0.0/13` range.",
		},
		Fixes: []string{
			"Operator: compare every proxied A/AAAA record with the addresses the server really has (`ip addr`, the cloud console) and delete stale or private ones.",
			"Server: in AWS, look for a route that covers `172.64.0.0/13` and points somewhere private; add a more specific route for that range to the internet gateway.",
			"Server: run `mtr` or `traceroute` from the origin to a Cloudflare IP that used to appear in its logs and send the output to the hosting provider.",
			"Operator: if IPv6 at the origin is broken, remove the AAAA record until it works end to end.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID and Cloudflare location; if only some locations return 523, the routing problem is on specific paths."},
			{"Server", "Reads cloudflare: the error comes from the edge, not from anything at the origin."},
		},
		Example: `HTTP/1.1 523 Origin Is Unreachable
Date: Tue, 24 Nov 2026 03:17:09 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 15
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b2538c1b04a67-IAD

error code: 523`,
		Related: []int{522, 530, 521, 502},
		Confusions: []Confusion{
			{522, "522 means packets went out and no answer came back in time; 523 means there was no route to send them."},
			{530, "530 means the origin hostname could not be resolved at all; 523 means the address is known but unreachable."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 523", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the DNS record or the route is fixed; a brief routing incident may clear by itself.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 523", "no route to host", "EHOSTUNREACH", "network unreachable", "VPC route table", "wrong A record"},
	},
	{
		Number:      524,
		Name:        "A Timeout Occurred",
		AlsoKnownAs: []string{"Origin Time-out"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare connected to the origin and sent the request, but no HTTP response arrived before the proxy read timeout ran out.",
		Explanation: `The TCP connection worked and the origin acknowledged the request, then sent nothing back within Cloudflare's Proxy Read Timeout, so Cloudflare gave up and closed the connection. The default is 125 seconds in Cloudflare's documentation as of 2026; it was 100 seconds for many years (then briefly 120), so older guides and client code still quote 100. The timer measures the gap between two reads from the origin, so a response that keeps sending data is not cut off. A 524 also appears when Cloudflare cannot finish writing the request (a large upload) to the origin within the 30-second Proxy Write Timeout, which cannot be changed.

Giving up at the edge does not stop the work at the origin. The application often finishes the report or the database write after the visitor has seen the error, and an nginx at the origin logs the request as 499, because its client (Cloudflare) closed the connection first. A 524 on a POST therefore does not prove the action failed.

A 524 is not cacheable by default and carries a body. Retry idempotent requests only; a retry of a slow request usually times out again unless the load that caused it has gone. Enterprise zones can raise the timeout up to 6,000 seconds; every plan can route long requests through a hostname that is not proxied.`,
		Causes: []string{
			"A genuinely long request handled inline: a report or CSV export, a large database query, an import run inside the HTTP request.",
			"An overloaded origin (CPU, database locks, an exhausted worker or connection pool) where requests queue past the timeout.",
			"The application waits on a slow dependency (third-party API, stuck database connection) with no shorter timeout of its own.",
			"Long-polling or streaming endpoints that stay silent longer than the timeout before sending their first bytes.",
			"A large upload the origin reads too slowly, tripping the 30-second Proxy Write Timeout.",
		},
		Fixes: []string{
			"Server: move long work out of the request: accept it with `202 Accepted`, run it as a background job, and let the client poll a status URL.",
			"Server: find the slow endpoints with a response-time field in the access log (nginx `$request_time`, Apache `%D`) and fix the query or dependency behind them.",
			"Server: for streams, send headers early and keep bytes flowing (an SSE comment line every 15–30 seconds) so no gap between reads reaches the timeout.",
			"Operator: serve endpoints that legitimately run for minutes from a DNS-only (grey-cloud) hostname that bypasses the Cloudflare proxy.",
			"Operator: on Enterprise plans, raise `proxy_read_timeout` for the zone through the API (up to 6,000 seconds) or set Proxy Read Timeout in a Cache Rule for matching requests.",
			"Client: do not blindly repeat a non-idempotent request after a 524; first check whether the original one completed.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the request; Cloudflare also sends it to the origin, so the origin log shows how long that request really ran."},
			{"Server", "Reads cloudflare: the timeout happened at the edge, while the origin may still be working."},
		},
		Example: `HTTP/1.1 524 A Timeout Occurred
Date: Tue, 24 Nov 2026 03:21:47 GMT
Content-Type: text/html; charset=UTF-8
Content-Length: 326
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b2b0f6d3e1c88-CDG

<!DOCTYPE html>
<html lang="en-US">
<head><title>reports.example.com | 524: A timeout occurred</title></head>
<body>
<h1>A timeout occurred <span>Error code 524</span></h1>
<p>You (Browser): Working. Paris (Cloudflare): Working. reports.example.com (Host): Error.</p>
<p>Cloudflare Ray ID: 8e6b2b0f6d3e1c88</p>
</body>
</html>`,
		Related: []int{522, 504, 499, 202},
		Confusions: []Confusion{
			{522, "522 fails while connecting or before the request is acknowledged; 524 means the origin accepted the request and then answered too slowly."},
			{504, "A Cloudflare-branded 504 relays a gateway timeout from a proxy at the origin; 524 is Cloudflare's own read timeout expiring."},
			{408, "408 is a server giving up on a client that sends its request too slowly; 524 is Cloudflare giving up on an origin that answers too slowly."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 524", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/"},
			{"Cloudflare docs: Connection limits", "https://developers.cloudflare.com/fundamentals/reference/connection-limits/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only for idempotent requests, and only once the cause is addressed; the origin may have completed the first attempt.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 524", "100 second timeout", "long running request", "report export timeout", "origin too slow", "proxy_read_timeout cloudflare"},
	},
	{
		Number:      525,
		Name:        "SSL Handshake Failed",
		AlsoKnownAs: []string{"Origin SSL Handshake Error"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "Cloudflare connected to the origin over HTTPS but the TLS handshake between them failed, so no request could be sent.",
		Explanation: `A 525 only happens in the Full and Full (strict) SSL/TLS encryption modes, where Cloudflare talks HTTPS to the origin. The TCP connection to the origin worked, but the TLS handshake on top of it did not finish: no certificate was offered for the hostname, the port does not speak TLS, the two sides share no protocol version or cipher suite, or the origin cut the connection mid-handshake.

Certificate validation is a later step: when the handshake succeeds but the certificate is expired, self-signed or issued for another name, Full (strict) returns 526 instead. Cloudflare sends the hostname with SNI, so an origin that picks its certificate by name must have a virtual host for that exact hostname.

A 525 is not cacheable by default and carries a body. Retrying the same request fails the same way until the origin's TLS setup is fixed; intermittent 525s point to an origin that sometimes resets handshakes under load. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"No certificate is installed for the hostname on the origin, or port 443 serves plain HTTP.",
			"The origin has no virtual host for the hostname Cloudflare sends by SNI, or does not support SNI at all.",
			"No TLS version or cipher suite in common, for example an origin restricted to outdated protocols or unusual ciphers.",
			"Something at the origin resets connections mid-handshake: a firewall, an overloaded TLS terminator, or a failing backend behind a load balancer.",
		},
		Fixes: []string{
			"Server: repeat the handshake the way Cloudflare makes it, with SNI: `openssl s_client -connect <origin-ip>:443 -servername example.com`; it should complete and print the certificate.",
			"Server: if no certificate is installed, create a free Cloudflare Origin CA certificate (SSL/TLS > Origin Server) and serve it on port 443.",
			"Server: enable TLS 1.2 and 1.3 with mainstream ECDHE cipher suites on the origin.",
			"Server: for intermittent 525s, read the origin's TLS errors at those timestamps (Apache `LogLevel ssl:info`, nginx `error_log` at `info`).",
			"Operator: do not paper over it with Flexible mode: it removes encryption between Cloudflare and the origin and often causes redirect loops with origins that force HTTPS.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the failed request, for matching with the origin's TLS error log or a support ticket."},
			{"Server", "Reads cloudflare: the handshake failed between the edge and the origin, not between the browser and Cloudflare."},
		},
		Example: `HTTP/1.1 525 SSL Handshake Failed
Date: Tue, 24 Nov 2026 03:24:15 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 15
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b2eaa03f75d21-SIN

error code: 525`,
		Related: []int{526, 521, 520, 502},
		Confusions: []Confusion{
			{526, "526 means the handshake worked but the certificate failed validation in Full (strict); 525 means the handshake itself failed."},
			{521, "521 is a refused TCP connection; 525 gets past TCP and fails in TLS."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 525", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/"},
			{"Cloudflare docs: Encryption modes", "https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No: the same request fails until the origin's TLS configuration is fixed.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 525", "handshake failure", "no shared cipher", "SNI mismatch", "origin certificate missing", "ssl_error"},
	},
	{
		Number:  526,
		Name:    "Invalid SSL Certificate",
		Vendor:  "Cloudflare",
		Status:  Unofficial,
		Summary: "In Full (strict) mode, Cloudflare could not validate the origin's certificate, so it refused to use the connection.",
		Explanation: `The Full (strict) encryption mode makes Cloudflare check the origin's certificate the way a browser would: not expired, not revoked, issued by a publicly trusted authority or by Cloudflare's own Origin CA, and covering the requested hostname in its Subject Alternative Names. When that check fails, Cloudflare stops and returns 526 rather than talking to an origin it cannot authenticate.

A self-signed or private-CA certificate fails the check unless its CA is uploaded to Cloudflare's Custom Origin Trust Store. Two other places raise the same code: Worker subrequests to a hostname outside your zone that is not proxied through Cloudflare always use Full (strict), whatever the zone's setting; and Cloudflare Gateway (Zero Trust) returns 526 when the site a user browses to presents an untrusted certificate.

A 526 is not cacheable by default and carries a body. Retrying fails until the certificate or the trust configuration changes. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"The origin certificate has expired, often because automated renewal (certbot, cert-manager) failed silently.",
			"The certificate does not cover the hostname, e.g. it names example.com but the request is for www.example.com.",
			"The certificate is self-signed or issued by a private CA that Cloudflare does not trust.",
			"The origin sends an incomplete chain, or the certificate has been revoked.",
			"A Worker fetches an external, unproxied hostname whose certificate is invalid; such subrequests always use Full (strict).",
		},
		Fixes: []string{
			"Server: look at what the origin presents: `openssl s_client -connect <origin-ip>:443 -servername example.com -showcerts`, then check `notAfter`, the SAN names and the chain.",
			"Server: renew or replace the certificate; a Cloudflare Origin CA certificate (valid for up to 15 years, trusted by Cloudflare only) is accepted in Full (strict).",
			"Operator: for a self-signed or private-CA certificate, upload the CA to the Custom Origin Trust Store instead of weakening the mode.",
			"Operator: switching to Full (not strict) removes the error but stops Cloudflare verifying the origin; use it only as a short stopgap.",
			"Server: alert on certificate expiry well ahead (for example 14 days before `notAfter`) so a failed renewal never reaches visitors.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the request, to quote when the certificate looks fine from outside and support needs to check what the edge saw."},
			{"Server", "Reads cloudflare: validation failed at the edge; the browser's own HTTPS connection to Cloudflare is fine."},
		},
		Example: `HTTP/1.1 526 Invalid SSL Certificate
Date: Tue, 24 Nov 2026 03:26:50 GMT
Content-Type: text/html; charset=UTF-8
Content-Length: 328
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b327c5b9a0f46-NRT

<!DOCTYPE html>
<html lang="en-US">
<head><title>www.example.com | 526: Invalid SSL certificate</title></head>
<body>
<h1>Invalid SSL certificate <span>Error code 526</span></h1>
<p>You (Browser): Working. Tokyo (Cloudflare): Working. www.example.com (Host): Error.</p>
<p>Cloudflare Ray ID: 8e6b327c5b9a0f46</p>
</body>
</html>`,
		Related: []int{525, 495, 502},
		Confusions: []Confusion{
			{525, "525 means the TLS handshake itself failed; 526 means it completed but the certificate did not pass Full (strict) validation."},
			{495, "nginx's 495 concerns a client certificate sent by the visitor; 526 concerns the origin's server certificate as seen by Cloudflare."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 526", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/"},
			{"Cloudflare docs: Full (strict) encryption mode", "https://developers.cloudflare.com/ssl/origin-configuration/ssl-modes/full-strict/"},
			{"Cloudflare docs: Origin CA certificates", "https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No: it keeps failing until the origin certificate or Cloudflare's trust settings change.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 526", "certificate expired", "self-signed certificate", "hostname mismatch", "certbot renewal failed", "full strict"},
	},
	{
		Number:      527,
		Name:        "Railgun Error",
		AlsoKnownAs: []string{"Railgun Listener to Origin Error"},
		Vendor:      "Cloudflare",
		Status:      Unofficial,
		Summary:     "A request failed between Cloudflare's Railgun listener and the origin; Railgun was retired in January 2024, so only old setups and logs show it.",
		Explanation: `Railgun was a Cloudflare product for dynamic content: each Cloudflare data centre kept a persistent, compressed connection to a listener daemon (rg-listener) installed in the customer's network, usually on port 2408, and sent only the changes between versions of a page. The listener then fetched the page from the origin web server. A 527 meant that the connection between Cloudflare and the listener was up, but the request failed or timed out after that: the listener could not reach the origin in time, the origin refused it, or TLS between listener and origin failed.

Cloudflare deprecated Railgun in June 2023 and shut it down on 31 January 2024, recommending Argo Smart Routing, Cloudflare Tunnel, Load Balancing and Tiered Cache in its place. A 527 from Cloudflare today is a leftover: archived logs, a stale monitoring rule, or some other system that reuses the number.

Like the other Cloudflare origin errors, a 527 was not cacheable by default and carried a body. Retrying helped only when the listener-to-origin problem was brief. It came without Retry-After.`,
		Causes: []string{
			"The rg-listener could not connect to the origin web server or get its reply within `lan.timeout` (30 seconds by default).",
			"The origin refused the listener's connection, for example because `railgun-nat.conf` mapped the hostname to a wrong address or port.",
			"TLS between the listener and the origin failed, such as a certificate that did not match the hostname while certificate validation was on.",
			"A firewall or network incident interrupted traffic between Cloudflare and the listener after the connection was established.",
			"Today: the product no longer exists, so a 527 comes from old logs, stale monitoring or a non-Cloudflare system using the number.",
		},
		Fixes: []string{
			"Operator: remove what is left of Railgun: uninstall the rg-listener and close the port 2408 firewall openings made for it.",
			"Operator: replace what Railgun did with current products: Argo Smart Routing for faster paths, Cloudflare Tunnel for origin connectivity, Tiered Cache to reduce origin load.",
			"Server: to explain a historical 527, read the listener's logs (`/var/log/railgun/`, syslog) and check that the listener host could reach the origin (`telnet <origin> 443`).",
			"Client: nothing to do; a 527 was never caused by the visitor.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the request, as with every Cloudflare error."},
			{"Cf-Railgun", "Sent on Railgun-era responses with the Railgun status and compression details; its presence showed the request went through the listener."},
		},
		Example: `HTTP/1.1 527 Railgun Error
Date: Wed, 13 Mar 2019 10:21:07 GMT
Content-Type: text/html; charset=UTF-8
Content-Length: 255
Connection: keep-alive
Server: cloudflare
CF-RAY: 4b6f0a9e2c1d3e55-AMS

<!DOCTYPE html>
<html lang="en-US">
<head><title>www.example.com | 527: Railgun Listener to origin error</title></head>
<body>
<h1>Railgun Listener to origin error <span>Error code 527</span></h1>
<p>Cloudflare Ray ID: 4b6f0a9e2c1d3e55</p>
</body>
</html>`,
		Related: []int{520, 522, 524},
		Confusions: []Confusion{
			{520, "520 is the general error for an unusable origin response and still exists; 527 was specific to the Railgun listener path."},
			{524, "524 is Cloudflare's read timeout on a direct origin connection; 527 covered failures behind the Railgun listener."},
		},
		Specs: []Spec{
			{"Cloudflare blog: Cloudflare is deprecating Railgun", "https://blog.cloudflare.com/deprecating-railgun/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Historically yes after a short pause; today there is nothing to retry against, as Railgun no longer runs.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 527", "railgun", "rg-listener", "port 2408", "railgun deprecated", "WAN optimization"},
	},
	{
		Number:     530,
		Name:       "Origin DNS Error",
		StatusLine: "HTTP/1.1 530 ",
		Vendor:     "Cloudflare",
		Status:     Unofficial,
		Summary:    "Cloudflare could not resolve where the origin is; the body carries the real diagnosis as a 1xxx error, most often 1016 or 1033.",
		Explanation: `Cloudflare documents 530 simply as "Error 530": it is returned when Cloudflare cannot resolve the origin hostname, and it always travels with one of Cloudflare's 1xxx errors in the body, which is where the actual diagnosis is. Cloudflare gives the status no name of its own and the status line usually carries no reason phrase; it is listed here under the name of error 1016 (Origin DNS error), the 1xxx error that matches Cloudflare's own description of 530. Browsers see the 1xxx number on the HTML page, and clients such as curl get a one-line body like "error code: 1016".

Error 1016 (Origin DNS error) means the proxied record leads nowhere: a CNAME to an external name that no longer resolves, a missing A record, Load Balancer pools whose origin hostnames do not resolve, a Cloudflare for SaaS custom hostname that cannot be routed, or a Worker subrequest to a partial (CNAME) setup zone without that record. Error 1033 (Argo Tunnel error) means the hostname is routed to a Cloudflare Tunnel but no cloudflared connector for it is connected. Cloudflare also notes that enabling Load Balancing in its China network produces 530.

A 530 is not cacheable by default and carries a body. Retrying is pointless until DNS or the tunnel is fixed, though a 1033 clears by itself once a restarting cloudflared reconnects. Cloudflare sends no Retry-After with it.`,
		Causes: []string{
			"Error 1016: the proxied record is a CNAME to an external hostname that no longer resolves (expired domain, deleted cloud resource, typo).",
			"Error 1016: the hostname has no A record, or a Load Balancer pool lists origin hostnames that do not resolve.",
			"Error 1033: the hostname is routed to a Cloudflare Tunnel, but no `cloudflared` connector for that tunnel is running or connected.",
			"Cloudflare for SaaS: the custom hostname is not validated and active yet, or the fallback origin is not set.",
		},
		Fixes: []string{
			"Client: read the 1xxx number in the body (`curl -s https://example.com/` prints e.g. `error code: 1016`) and pass it to the site owner; it decides which fix applies.",
			"Operator: for 1016, resolve the CNAME target yourself (`dig +short target.example.net`) and point the record at a name or IP that answers.",
			"Operator: for 1033, check the tunnel's connectors (`cloudflared tunnel info <name>` or the Zero Trust dashboard), restart `cloudflared` on the origin host, and run more than one replica.",
			"Operator: for Load Balancing, keep a fallback pool whose origin is given as an IP address, so an unresolvable hostname cannot take every pool down.",
			"Operator: for Cloudflare for SaaS, finish hostname validation and create the DNS record for the fallback origin.",
		},
		Headers: []Header{
			{"CF-RAY", "Ray ID of the request; include it, with the 1xxx number, in any report."},
			{"Server", "Reads cloudflare: the request never left Cloudflare, because it had nowhere to go."},
		},
		Example: `HTTP/1.1 530 
Date: Tue, 24 Nov 2026 03:30:12 GMT
Content-Type: text/plain; charset=UTF-8
Content-Length: 16
Connection: keep-alive
Cache-Control: private, max-age=0, no-store, no-cache, must-revalidate
Server: cloudflare
CF-RAY: 8e6b37e1a24c6b09-SJC

error code: 1016`,
		Related: []int{523, 521, 502, 503},
		Confusions: []Confusion{
			{523, "523 means Cloudflare knows the origin address but has no route to it; 530 means it could not find an address (or tunnel) at all."},
			{502, "A Cloudflare 502 means an origin was contacted and answered badly; with 530 no origin was ever contacted."},
		},
		Specs: []Spec{
			{"Cloudflare docs: Error 530", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/"},
			{"Cloudflare docs: Error 1016 (Origin DNS error)", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1016/"},
			{"Cloudflare docs: Error 1033 (Argo Tunnel error)", "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/error-1033/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not until DNS or the tunnel is fixed; a 1033 clears once cloudflared reconnects.",
			RetryAfter:  false,
		},
		Keywords: []string{"cloudflare 530", "cloudflare 1016", "cloudflare 1033", "argo tunnel error", "cloudflared not running", "CNAME does not resolve"},
	},
	{
		Number:  509,
		Name:    "Bandwidth Limit Exceeded",
		Vendor:  "Apache / cPanel",
		Status:  Unofficial,
		Summary: "The hosting account behind the site has used up its bandwidth allowance, so the server refuses to serve it until the quota resets or is raised.",
		Explanation: `509 is in no RFC and not in the IANA registry; it comes from shared hosting. On servers running cPanel & WHM with Apache, cPanel's mod_bwlimited module switches a site off once its account has transferred more than the monthly bandwidth limit set in its hosting package (WHM's Limit Bandwidth Usage, or the WHM API function limitbw), and answers every request with 509 and a short page.

The limit belongs to the account, not to a visitor or a request: everyone gets the same error on the account's sites. Usage is counted per month, so the block lifts when the new month starts or when the host or reseller raises the limit. cPanel checks limits on a schedule (older releases documented once a day), so a raised limit may take a while to lift the block.

Like any 5xx code without a definition, it is not cacheable by default, and it carries a body. Retrying before the quota changes is pointless. A Retry-After header would be the natural way to say when service returns, but do not count on one being sent.`,
		Causes: []string{
			"Legitimate growth or a page that went viral pushed the account past its monthly quota.",
			"Large downloads (videos, installers, backups left in the web root) consumed the allowance.",
			"Crawlers, scrapers or other sites hotlinking images and files used bandwidth nobody planned for.",
			"The hosting package simply has a low limit, set by the host or reseller.",
		},
		Fixes: []string{
			"Server: see what used the bandwidth in cPanel (Metrics > Bandwidth) or WHM (View Bandwidth Usage), broken down by domain and protocol.",
			"Operator: raise the account's limit in WHM (Account Functions > Limit Bandwidth Usage, or `whmapi1 limitbw user=USERNAME bwlimit=MEGABYTES`) or move it to a larger package.",
			"Server: move heavy static files to a CDN or object storage and block hotlinking, so the quota pays for pages rather than downloads.",
			"Server: sum bytes sent per IP and user agent in the access log and block crawlers that take more than their share.",
			"Client: nothing to do but wait or tell the site owner; the block applies to every visitor.",
		},
		Headers: []Header{
			{"Server", "On cPanel hosts often shows Apache and may list mod_bwlimited, a hint that the limit belongs to the hosting account."},
			{"Retry-After", "Not normally sent with the 509 page, but the natural way to announce when the quota resets; honour it if present."},
		},
		Example: `HTTP/1.1 509 Bandwidth Limit Exceeded
Date: Tue, 24 Nov 2026 03:32:40 GMT
Server: Apache
Content-Type: text/html; charset=iso-8859-1
Content-Length: 274

<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>509 Bandwidth Limit Exceeded</title>
</head><body>
<h1>Bandwidth Limit Exceeded</h1>
<p>This site has used all the bandwidth its hosting account allows for now. Please come back later.</p>
</body></html>`,
		Related: []int{429, 503, 507, 402},
		Confusions: []Confusion{
			{429, "429 limits one client's request rate; 509 blocks every visitor because the whole account ran out of bandwidth."},
			{503, "503 signals overload or maintenance that should clear soon; 509 lasts until the quota resets or is raised."},
			{507, "507 is WebDAV's out-of-storage code; 509 is about data transferred, not disk space."},
		},
		Specs: []Spec{
			{"cPanel WHM API 1: limitbw (Update cPanel account bandwidth quota)", "https://api.docs.cpanel.net/openapi/whm/operation/limitbw/"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not until the monthly quota resets or the limit is raised.",
			RetryAfter:  false,
		},
		Keywords: []string{"bandwidth exceeded", "monthly traffic quota", "shared hosting suspended", "cpanel bandwidth exceeded", "WHM bandwidth", "hosting data transfer limit"},
	},
	{
		Number:      529,
		Name:        "Site is overloaded",
		AlsoKnownAs: []string{"The service is overloaded"},
		Vendor:      "Qualys SSL Labs",
		Status:      Unofficial,
		Summary:     "The SSL Labs assessment API is too busy to take the request; back off for a long, randomized pause before trying again.",
		Explanation: `Qualys SSL Labs, the service behind the SSL Server Test, lists 529 among its API's error codes: the service is overloaded. Its documentation stresses that this is not caused by the client's behaviour, which sets it apart from 429 (your client started too many assessments, or started them too fast) and from 503 (the service is unavailable, for example for maintenance).

The API asks clients that get 503 or 529 to sleep for several minutes (its examples are 15 minutes after a 503 and 30 minutes after a 529) and to randomize the delay so that clients do not all return at once. Successful calls carry X-Max-Assessments and X-Current-Assessments headers that tell a client how many assessments it may run. Other APIs use the number with the same meaning; Anthropic's API, for one, returns 529 with an overloaded_error body.

A 529 is not cacheable by default and carries a body (SSL Labs returns a JSON errors array). Retrying is right, but only after a long, jittered pause. SSL Labs does not document a Retry-After header for it.`,
		Causes: []string{
			"Overall demand has exhausted SSL Labs' assessment capacity; the condition is on the service's side.",
			"Demand spikes, with many users or tools scanning at the same time.",
			"Clients polling far more often than the documented 5–10 seconds, which slows the service for everyone.",
		},
		Fixes: []string{
			"Client: stop submitting and wait a long, randomized interval (the API docs suggest about 30 minutes after a 529) before the next attempt.",
			"Client: poll politely: every 5 seconds until the status is `IN_PROGRESS`, then every 10 seconds; use `fromCache=on` with `maxAge` when a recent report is good enough.",
			"Client: handle 429 and 529 differently: on 429 lower your concurrency using `X-Max-Assessments` and `X-Current-Assessments`, on 529 pause everything.",
			"Client: run one assessment at a time unless you really need more, and schedule bulk scans outside busy hours.",
		},
		Headers: []Header{
			{"X-Max-Assessments", "On successful calls: how many concurrent assessments this client may run; use it to pace work once the service recovers."},
			{"X-Current-Assessments", "On successful calls: how many assessments this client has running now."},
			{"Retry-After", "Not documented by SSL Labs for 529; honour it if present, otherwise use your own randomized back-off."},
		},
		Example: `HTTP/1.1 529 Site is overloaded
Date: Tue, 24 Nov 2026 03:35:03 GMT
Content-Type: application/json
Content-Length: 73

{"errors":[{"message":"Service is overloaded. Please try again later."}]}`,
		Related: []int{503, 429, 500},
		Confusions: []Confusion{
			{429, "SSL Labs sends 429 when your client exceeded its own allowance; 529 when the service as a whole is overloaded."},
			{503, "SSL Labs uses 503 when the service is down, e.g. for maintenance; 529 means it is up but too busy."},
		},
		Specs: []Spec{
			{"SSL Labs API v4 documentation: Error Response Status Codes", "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v4.md"},
			{"SSL Labs API v3 documentation: Error Response Status Codes", "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, after a long randomized pause (SSL Labs suggests about 30 minutes for a 529).",
			RetryAfter:  false,
		},
		Keywords: []string{"ssllabs api 529", "ssl server test busy", "api overloaded", "capacity exceeded", "backoff jitter", "tls scanner"},
	},
	{
		Number:  598,
		Name:    "Network Read Timeout Error",
		Vendor:  "Various proxies",
		Status:  Unofficial,
		Summary: "An informal, unregistered code some proxies and libraries use to say the server behind them stopped sending before a read timeout.",
		Explanation: `No RFC defines 598, IANA has never registered it, and no widely used proxy documents sending it. It circulates in status-code lists as a convention: a proxy tells the client in front of it that, while reading the response from the server behind it, the network read timed out. The registered code for that situation is 504 Gateway Timeout, and that is what mainstream proxies such as nginx, HAProxy and Envoy send.

Where a 598 does show up, it comes from a custom or in-house proxy, from client libraries and test tools that invent a status for a local read timeout, or from a platform that picked the number for a meaning of its own (Alibaba Cloud's EdgeRoutine, for instance, uses 598 when edge code is rate-limited or blocked). Always find out which component produced it before trusting the name. Clients that do not recognize it must treat it as a 500, as RFC 9110 requires for any unknown 5xx code.

A 598 is not cacheable by default and carries a body. Idempotent requests can be retried with backoff, as for a 504.`,
		Causes: []string{
			"The server behind the proxy accepted the connection and request, then stopped sending (slow query, hung worker) until the proxy's read timeout expired.",
			"Packet loss or a broken path between proxy and server stalled the response midway.",
			"The proxy's read timeout is shorter than legitimate responses take.",
			"A client library or test harness generated 598 locally for its own read timeout, so no server sent it at all.",
		},
		Fixes: []string{
			"Operator: find out who produced it: check `Server` and `Via` in the response and the proxy's own logs; if nothing on the path claims it, look at your HTTP library.",
			"Server: find why the backend went silent (slow-request logs, thread dumps, database locks) and make it answer within the proxy's timeout.",
			"Operator: line timeouts up: the proxy's read timeout should exceed the backend's worst legitimate response time, and the backend should time out its own dependencies sooner.",
			"Operator: if you write the proxy, send `504 Gateway Timeout` instead; every client understands it.",
			"Client: retry idempotent requests with backoff, treating 598 like 504.",
		},
		Headers: []Header{
			{"Via", "Lists the proxies the response passed through, which helps identify the one that timed out."},
			{"Retry-After", "Honour it if the proxy sends one; otherwise back off as for a 504."},
		},
		Example: `HTTP/1.1 598 Network Read Timeout Error
Date: Tue, 24 Nov 2026 03:37:26 GMT
Content-Type: text/plain; charset=utf-8
Via: 1.1 edge-gw-02
Content-Length: 58

upstream read timed out after 30s (backend 10.0.4.17:8080)`,
		Related: []int{504, 599, 524, 408},
		Confusions: []Confusion{
			{504, "504 is the registered code every client understands for an upstream timeout; 598 is an unofficial variant for the read phase."},
			{599, "599 is the connect-phase counterpart; 598 means the connection worked and the reply stalled."},
			{524, "524 is Cloudflare's documented read timeout; 598 has no owner or specification."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15 (unrecognized codes are treated as x00 of their class)", "https://www.rfc-editor.org/rfc/rfc9110#section-15"},
			{"RFC 9110, Section 15.6.5 (504 Gateway Timeout, the registered equivalent)", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5"},
			{"Alibaba Cloud DCDN: EdgeRoutine HTTP status codes (598 and 599)", "https://help.aliyun.com/en/edge-security-acceleration/dcdn/user-guide/http-status-codes"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes for idempotent requests, with backoff, as for a 504.",
			RetryAfter:  false,
		},
		Keywords: []string{"read timeout", "upstream timed out", "socket timeout", "response stalled", "nonstandard status code", "ReadTimeout"},
	},
	{
		Number:  599,
		Name:    "Network Connect Timeout Error",
		Vendor:  "Various proxies",
		Status:  Unofficial,
		Summary: "An informal code for a proxy or client that could not connect in time; most 599s come from client libraries such as Tornado and Perl's HTTP::Tiny.",
		Explanation: `Like 598, this number has no RFC and no IANA registration. Status-code lists describe it as a proxy's way of saying that connecting to the server behind it timed out. The registered codes for that are 504 Gateway Timeout for a timeout and 502 Bad Gateway for a refused or failed connection.

Most 599s people meet never crossed the network. Tornado's HTTP client uses 599 when no HTTP response was received, for example after a timeout. Perl's HTTP::Tiny returns status 599 with the reason "Internal Exception" for any failure inside the library (DNS, connect, TLS setup, timeouts) and puts the real error text in the response body. Some platforms also assign the number their own meaning; Alibaba Cloud's EdgeRoutine uses it for an uncaught exception in edge code. Clients that do not recognize 599 must treat it as a 500, as RFC 9110 requires for unknown 5xx codes.

A 599 is not cacheable by default and may carry a body. When it stands for a connect failure the request never reached the server, so retrying with backoff is safe even for non-idempotent methods; a timeout later in the exchange is less certain.`,
		Causes: []string{
			"The TCP or TLS connection could not be set up before the connect timeout: host down, firewall dropping SYNs, wrong address.",
			"DNS resolution failed or was too slow, which libraries such as HTTP::Tiny also report as 599.",
			"A TLS problem inside the client library (missing CA bundle, missing TLS module) surfaced as HTTP::Tiny's 599 Internal Exception.",
			"A timeout in Tornado's HTTP client, which reports 599 when no HTTP response arrived.",
			"A proxy that uses 599 could not reach its backend in time.",
		},
		Fixes: []string{
			"Client: read the body or the exception text: HTTP::Tiny puts the underlying error in `content`, and Tornado's `HTTPClientError` message says which timeout fired (\"Timeout while connecting\", \"Timeout during request\").",
			"Client: try the same URL from the same host with `curl -v --connect-timeout 10` to see whether DNS, TCP or TLS is failing.",
			"Server: if a proxy sent it, check that the backend is up and reachable from the proxy host (`nc -vz backend 443`).",
			"Operator: if you run the proxy, send 504 (or 502 for a refused connection) instead, so clients handle it correctly.",
			"Client: retry with backoff; connect failures are usually safe to retry because the request never reached the server.",
		},
		Headers: []Header{
			{"Content-Type", "Library-generated 599s usually come with a plain-text body holding the real error message; read it."},
			{"Via", "If a proxy generated the 599, Via names it, so you know which hop could not connect."},
		},
		Example: `HTTP/1.1 599 Network Connect Timeout Error
Date: Tue, 24 Nov 2026 03:39:58 GMT
Content-Type: text/plain; charset=utf-8
Via: 1.1 edge-gw-02
Content-Length: 65

connect to backend 10.0.4.17:8080 timed out after 5s (no SYN-ACK)`,
		Related: []int{598, 504, 502, 522},
		Confusions: []Confusion{
			{598, "598 means the connection worked and the reply stalled; 599 means the connection was never established in time."},
			{522, "522 is Cloudflare's documented connect timeout to an origin; 599 is an informal code with no defining document."},
			{504, "504 is the registered code for a gateway whose upstream timed out; a proxy that uses 599 for a connect timeout should send 504 instead."},
		},
		Specs: []Spec{
			{"Tornado: tornado.httpclient.HTTPClientError (code 599)", "https://www.tornadoweb.org/en/stable/httpclient.html#tornado.httpclient.HTTPClientError"},
			{"HTTP::Tiny documentation (status 599 for internal exceptions)", "https://metacpan.org/pod/HTTP::Tiny"},
			{"RFC 9110, Section 15 (unrecognized codes are treated as x00 of their class)", "https://www.rfc-editor.org/rfc/rfc9110#section-15"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes with backoff; a failed connect means the request never reached the server.",
			RetryAfter:  false,
		},
		Keywords: []string{"ETIMEDOUT", "curl error 28", "tornado 599", "perl 599", "timed out while connecting", "connection attempt failed"},
	},
	{
		Number:  999,
		Name:    "Request Denied",
		Vendor:  "LinkedIn",
		Status:  Unofficial,
		Summary: "LinkedIn's refusal for requests it takes to be automated: link checkers, scrapers, preview bots and clients without a browser session.",
		Explanation: `999 is not a valid HTTP status at all: RFC 9110 allows only 100 to 599, calls anything outside that range invalid, and tells clients to treat such a response like a 5xx. LinkedIn sends it anyway (the status line reads "999 Request denied") to requests its bot defences do not trust: non-browser user agents, HEAD requests from link checkers, traffic from cloud and data-centre IP ranges, requests without LinkedIn cookies, or too many requests from one address. The body is a short HTML page built around a script, not an explanation.

It is a block, not an outage: the same URL opens fine in a signed-in browser. LinkedIn's User Agreement forbids scraping and automated access, and its supported route to data is the official APIs with OAuth. Link checkers in CI (running from cloud IPs, often sending HEAD) meet 999 constantly and usually exclude linkedin.com or count 999 as "exists, but blocked".

A 999 is not cacheable by default and carries a body. Waiting and retrying rarely helps while the client still looks automated. Some HTTP libraries reject the number outright, since they only accept 1xx to 5xx, and raise a parsing error instead of a response.`,
		Causes: []string{
			"The request comes from a non-browser client (curl, a link checker, a preview or SEO bot) whose user agent and headers do not look like a browser.",
			"The client's address belongs to a cloud or data-centre range (CI runners, AWS, DigitalOcean, Heroku) that LinkedIn treats as automated.",
			"The request carries no LinkedIn session cookies, or it is a HEAD request from a link checker.",
			"Too many requests in a short time from the same address.",
		},
		Fixes: []string{
			"Client: in link checkers, exclude `linkedin.com` URLs or accept 999 as \"exists, but blocked\" rather than failing the build.",
			"Client: for data you are entitled to, use LinkedIn's official APIs with OAuth instead of fetching HTML pages.",
			"Client: do not try to defeat the block with rotating proxies or faked user agents; the User Agreement forbids scraping and LinkedIn can restrict accounts.",
			"Client: make your HTTP stack tolerate status codes above 599 so that a 999 surfaces as a clear \"blocked by LinkedIn\" message instead of a parser error.",
		},
		Headers: []Header{
			{"Set-Cookie", "LinkedIn sets short-lived tracking cookies even on the refusal; a client that keeps no cookies looks even more like a bot."},
			{"X-Li-Pop", "Names the LinkedIn point of presence that answered, useful when comparing results from different networks."},
			{"X-LI-UUID", "LinkedIn's identifier for the request."},
		},
		Example: `HTTP/1.1 999 Request Denied
Date: Tue, 24 Nov 2026 03:42:31 GMT
Content-Type: text/html
X-Li-Pop: prod-lva1
X-LI-UUID: AAX4kz8W0bN9dQm0oX1Ujw==
Set-Cookie: trkCode=gf; Max-Age=5
Content-Length: 205

<html><head>
<script type="text/javascript">
window.onload = function() {
  var trk = "bf";
  window.location.href = "https://www.linkedin.com/authwall?trk=" + trk;
};
</script>
</head><body></body></html>`,
		Related: []int{403, 429, 401},
		Confusions: []Confusion{
			{403, "403 is the standard way to refuse a request; 999 is LinkedIn's private code, outside the valid 100–599 range."},
			{429, "429 says slow down and may come with Retry-After; 999 does not lift by waiting while the client still looks automated."},
		},
		Specs: []Spec{
			{"LinkedIn User Agreement, Section 8 (Dos and Don'ts: no scraping or bots)", "https://www.linkedin.com/legal/user-agreement"},
			{"RFC 9110, Section 15 (values outside 100..599 are invalid)", "https://www.rfc-editor.org/rfc/rfc9110#section-15"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not with the same client: LinkedIn keeps refusing until the request comes from a signed-in browser or through the official API.",
			RetryAfter:  false,
		},
		Keywords: []string{"linkedin 999", "linkedin blocks curl", "link checker linkedin", "html-proofer linkedin", "scraping blocked", "bot detection"},
	},
}
