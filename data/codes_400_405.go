package data

var codes400to405 = []Code{
	{
		Number:  400,
		Name:    "Bad Request",
		Status:  Permanent,
		Summary: "The server will not process the request because something in it is malformed or invalid, and no more specific 4xx code fits.",
		Explanation: `400 is the catch-all client error: the request reached the server, but its syntax, framing or content is wrong. It comes from two quite different layers. The HTTP server or proxy sends it when the message itself is broken: an unparseable request line, an illegal character in the path or a header, an HTTP/1.1 request with no Host header or with two, a Content-Length that is not a number. The application sends it when the message is fine but its content is not: JSON that does not parse, a required parameter missing, a value of the wrong type.

Which layer answered tells you where to look. A bare HTML page from nginx, Apache or a load balancer, with nothing in the application's log, means the request never got past the front door. A JSON error from your API should name the field at fault. Many APIs keep 400 for what cannot be parsed and use 422 for content that parses but fails validation.

A 400 is not cacheable by default. Sending the same request again will fail the same way; the client has to change it first. Servers should explain the problem in the body (RFC 9457 problem details is a good format). nginx also closes the connection after most 400s, since it can no longer trust where the next request would start.`,
		Causes: []string{
			"The body does not parse: a trailing comma or unescaped quote in JSON, or a body that does not match its `Content-Type` (Express body-parser: \"Unexpected token } in JSON at position 42\"; Spring: `HttpMessageNotReadableException`).",
			"Headers or cookies too large for the server's buffers; nginx answers with a page titled \"400 Request Header Or Cookie Too Large\" when a header line exceeds `large_client_header_buffers`.",
			"The wrong protocol on a port: plain HTTP to an HTTPS port (nginx: \"The plain HTTP request was sent to HTTPS port\") or TLS to a plain HTTP port (Tomcat: \"Invalid character found in method name. HTTP method names must be tokens\").",
			"Illegal characters in the URL, such as unencoded spaces, `|`, `{` or `}` (Tomcat: \"Invalid character found in the request target\"), or broken percent-encoding like `%zz`.",
			"A missing, duplicated or rejected Host header (Django: \"Invalid HTTP_HOST header\" when the name is not in `ALLOWED_HOSTS`).",
			"Parameters the application checks itself: a required query parameter absent, a date in the wrong format, an unknown enum value.",
		},
		Fixes: []string{
			"Client: read the response body and the server's error log at the same timestamp; nginx logs the reason (\"client sent invalid request\", \"client sent invalid header line\") at `info` level, so raise `error_log` to `info` while debugging.",
			"Client: validate the body before sending it (`jq . body.json`) and send a `Content-Type` that matches it, such as `application/json`.",
			"Client: percent-encode path segments and query values (`encodeURIComponent`, Go `url.QueryEscape`) instead of pasting raw strings into URLs.",
			"Client: if only one browser or user is affected, clear the site's cookies; an overgrown cookie jar is the usual reason for header-size 400s.",
			"Operator: if large headers are legitimate, raise the limits (nginx `large_client_header_buffers 4 16k;`, Apache `LimitRequestFieldSize`), and check that every hop uses `https://` for TLS ports and `http://` for plain ones.",
			"Server: return a precise error body (`application/problem+json` naming the failing field), and add every served host name to the framework's allowed-hosts list.",
		},
		Headers: []Header{
			{"Content-Type", "application/problem+json when the server follows RFC 9457, so the client can read the error programmatically."},
			{"Connection", "nginx sends close with most 400s because it can no longer trust the framing of the connection."},
			{"Host", "Request header: an HTTP/1.1 request must carry exactly one valid Host field, or the server has to answer 400."},
		},
		Example: `HTTP/1.1 400 Bad Request
Date: Tue, 24 Nov 2026 03:12:44 GMT
Content-Type: application/problem+json
Content-Length: 221
Connection: close

{
  "type": "https://api.example.com/problems/malformed-json",
  "title": "Request body is not valid JSON",
  "status": 400,
  "detail": "Unexpected '}' at line 4, column 1 (trailing comma?)",
  "instance": "/v1/orders"
}`,
		Related: []int{422, 415, 431, 413, 494, 497},
		Confusions: []Confusion{
			{422, "422 means the body parsed but its content fails validation; 400 means the request could not be parsed or is malformed."},
			{415, "415 rejects the media type named in Content-Type; 400 rejects content that is broken for the type it claims."},
			{431, "431 names oversized header fields precisely; nginx reports that case as a 400 with \"Request Header Or Cookie Too Large\" instead."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.1", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1"},
			{"RFC 9112, Section 3.2 (Host and 400)", "https://www.rfc-editor.org/rfc/rfc9112#section-3.2"},
			{"RFC 9457 (Problem Details for HTTP APIs)", "https://www.rfc-editor.org/rfc/rfc9457"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged: fix the request first; sending it again as it is will fail the same way.",
			RetryAfter:  false,
		},
		GoConstant: "StatusBadRequest",
		Keywords:   []string{"malformed request", "invalid syntax", "JSON parse error", "header too big", "SSL port", "bad request error"},
	},
	{
		Number:  401,
		Name:    "Unauthorized",
		Status:  Permanent,
		Summary: "The request lacks valid credentials for the resource; the WWW-Authenticate header says how to authenticate.",
		Explanation: `Despite its name, 401 is about authentication, not permission: the server does not know who you are, or does not accept the credentials you sent. A server sending 401 must include a WWW-Authenticate header with at least one challenge (a scheme such as Basic, Bearer, Digest or Negotiate, plus parameters like the realm) so the client knows how to try again. If the request did carry an Authorization header, the 401 means those credentials were refused.

Browsers answer a Basic or Digest challenge by showing their login dialog. APIs using OAuth bearer tokens put the reason in the challenge itself, such as error="invalid_token" with an error_description (RFC 6750). A client that is already identified but not allowed in should get 403 instead.

A 401 is not cacheable by default. The client may repeat the request with new or corrected credentials in Authorization; refreshing an expired access token and retrying once is the usual pattern. Sending the same credentials again will get the same answer.`,
		Causes: []string{
			"No `Authorization` header arrived: the client did not send it, or something removed it (Apache does not pass it to CGI or PHP-FPM without `CGIPassAuth On`, and HTTP clients drop it when a redirect leads to another host).",
			"The token is expired, revoked or malformed: a JWT past its `exp`, signed with a key that has since been rotated, or judged by a server whose clock is off.",
			"The scheme or format is wrong: `Token abc` where `Bearer abc` is expected, quotes around the token, or Basic credentials that are not base64 of `user:password`.",
			"Wrong user name or password (nginx logs `user \"alice\": password mismatch`; Apache logs AH01617 \"authentication failure for ...: Password Mismatch\").",
			"A CORS preflight `OPTIONS` request reached an authenticated route; browsers never send credentials on preflights.",
			"The token was issued for another audience, environment or tenant (a staging key against production, a wrong `aud` claim).",
		},
		Fixes: []string{
			"Client: read the `WWW-Authenticate` header; it names the scheme and, for bearer tokens, the reason (`error=\"invalid_token\"`, `error_description=\"The access token expired\"`).",
			"Client: refresh an expired token and retry once; if the retry fails too, re-authenticate instead of looping.",
			"Client: send credentials in the expected form (`Authorization: Bearer <token>`, or `curl -u user:password` for Basic) and decode a JWT to check its `exp`, `aud` and `iss`.",
			"Server: make sure credentials reach the application: `CGIPassAuth On` in Apache, and no proxy or CDN rule that strips `Authorization`.",
			"Server: let `OPTIONS` preflights through without authentication, and always send a `WWW-Authenticate` challenge with a 401.",
			"Operator: keep clocks on token issuers and APIs in sync with NTP; a few minutes of skew makes fresh tokens look expired or not yet valid.",
		},
		Headers: []Header{
			{"WWW-Authenticate", "Required with 401: one or more challenges naming the scheme (Basic, Bearer, Digest, Negotiate) and parameters such as realm and error."},
			{"Authorization", "Request header carrying the credentials; a 401 to a request that had one means they were rejected."},
		},
		Example: `HTTP/1.1 401 Unauthorized
Date: Mon, 09 Mar 2026 10:22:03 GMT
WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"
Cache-Control: no-store
Content-Type: application/json
Content-Length: 72

{"error":"invalid_token","error_description":"The access token expired"}`,
		Related: []int{403, 407, 511, 419, 498},
		Confusions: []Confusion{
			{403, "403 means the server knows who you are (or does not care) and still refuses; 401 means it lacks valid credentials, so authenticating may help."},
			{407, "407 asks for credentials for a proxy, with Proxy-Authenticate; 401 asks for credentials for the origin server, with WWW-Authenticate."},
			{498, "498 is Esri ArcGIS's unofficial code for an invalid or expired token; the standard answer to that is 401."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2"},
			{"RFC 9110, Section 11.6.1 (WWW-Authenticate)", "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.1"},
			{"RFC 6750, Section 3 (Bearer token errors)", "https://www.rfc-editor.org/rfc/rfc6750#section-3"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, with new or corrected credentials in Authorization; not with the same ones.",
			RetryAfter:  false,
		},
		GoConstant: "StatusUnauthorized",
		Keywords:   []string{"unauthenticated", "not logged in", "login required", "invalid credentials", "session expired", "JWT expired", "missing API key"},
	},
	{
		Number:  402,
		Name:    "Payment Required",
		Status:  Permanent,
		Summary: "Reserved by HTTP for future use; in practice some APIs send it when a payment failed or the account's billing blocks the request.",
		Explanation: `RFC 9110 defines 402 only as reserved for future use. Early HTTP authors expected some form of digital payment to be built into the protocol; it never was, so no standard behaviour is attached to the code. It is registered and legal to send, but a client cannot know what it means without the API's own documentation.

In practice it means "this needs money". Stripe answers 402 when the parameters were valid but the request failed, most often because a card was declined, and puts the details in the error body. Shopify returns it for a shop that has been frozen over unpaid bills, and many SaaS APIs use it when a trial has ended, a plan's quota is used up or an invoice is overdue.

A 402 is not cacheable by default. Repeating the request will not help until the payment problem is solved: another card, a paid invoice, an upgraded plan or fresh credit.`,
		Causes: []string{
			"A card payment was declined or failed (Stripe returns 402 with `type: card_error` and a `decline_code`).",
			"The account's subscription lapsed, a trial ended or an invoice is overdue, and the API blocks paid features.",
			"A prepaid credit balance or usage quota on a pay-as-you-go API ran out.",
			"A Shopify store is frozen for unpaid Shopify bills, so Admin API calls for it fail.",
			"A paywall or metered-content gateway wants payment before serving the resource.",
		},
		Fixes: []string{
			"Client: read the error body; it states the actual reason (declined card, exhausted credit, frozen account) that the code alone cannot express.",
			"Client: for a declined card, ask the customer for another payment method; retrying the same card rarely succeeds and can trip fraud checks.",
			"Operator: when your own integration gets 402s, check the service's billing page (plan, invoices, credit balance) and set alerts before quotas run out.",
			"Server: document what 402 means in your API and return a machine-readable reason with a link to fix it; use 403 or 429 for plain permission or rate problems.",
		},
		Headers: []Header{
			{"Content-Type", "The body carries the only real explanation, usually as JSON with an error code."},
			{"Request-Id", "Stripe's identifier for the request; quote it to support when investigating a failed payment."},
		},
		Example: `HTTP/1.1 402 Payment Required
Date: Thu, 14 May 2026 09:30:12 GMT
Content-Type: application/json
Request-Id: req_Q8fLk2mZx4TbWn
Content-Length: 168

{
  "error": {
    "code": "card_declined",
    "decline_code": "insufficient_funds",
    "message": "Your card has insufficient funds.",
    "type": "card_error"
  }
}`,
		Related: []int{403, 429, 401},
		Confusions: []Confusion{
			{403, "403 refuses access whatever you pay; 402 signals that paying, or fixing billing, would unlock the request."},
			{429, "429 is a rate limit that clears after waiting; a 402 for an exhausted quota stays until the account is topped up or upgraded."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.3", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3"},
			{"Stripe API: Errors", "https://docs.stripe.com/api/errors"},
			{"Shopify API response status and error codes", "https://shopify.dev/docs/api/usage/response-codes"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the payment problem is resolved; until then the same request fails again.",
			RetryAfter:  false,
		},
		GoConstant: "StatusPaymentRequired",
		Keywords:   []string{"payment declined", "billing problem", "quota exceeded", "account suspended", "upgrade plan", "subscription expired"},
	},
	{
		Number:  403,
		Name:    "Forbidden",
		Status:  Permanent,
		Summary: "The server understood the request and refuses to carry it out; logging in again will not help unless other credentials grant access.",
		Explanation: `403 is a refusal. The server knows what is being asked and, often, who is asking, and the answer is no: the account lacks the permission, an IP or country rule blocks the client, a WAF rule fired, the web server may not read the file, or a CSRF check failed. If credentials were sent, the server considers them insufficient, and RFC 9110 says the client should not automatically repeat the request with the same ones.

The code alone does not say why; the body may explain, or may stay vague on purpose. A server that does not want to reveal that a resource exists may answer 404 instead, as GitHub does for private repositories. Amazon S3 works the other way round: without s3:ListBucket permission, a missing object is reported as 403 AccessDenied rather than 404.

A 403 is not cacheable by default. Repeating the request unchanged is pointless; something has to change first: the permissions, the credentials, the client's address or the server's configuration.`,
		Causes: []string{
			"File permissions or SELinux labels stop the web server reading the file (nginx: `open() \"/var/www/site/index.html\" failed (13: Permission denied)`).",
			"A directory was requested, it has no index file and listing is off (nginx: `directory index of \"/var/www/site/\" is forbidden`; Apache: AH01276 \"Cannot serve directory ... No matching DirectoryIndex\").",
			"An access rule denies the client: nginx `deny` (\"access forbidden by rule\"), Apache `Require` (AH01630 \"client denied by server configuration\"), a WAF or bot rule (Cloudflare error 1020), or a geo block.",
			"The user or token is authenticated but lacks the role, scope or IAM permission (a bearer token without the needed scope gets `error=\"insufficient_scope\"`; AWS APIs return `AccessDenied`).",
			"A CSRF check failed because the token is missing or stale, or the request came from another site (Django: \"CSRF verification failed. Request aborted.\").",
			"Deliberate blocks: hotlink protection, an expired signed URL, or requests for `.env`, `.git/` and other dotfiles.",
		},
		Fixes: []string{
			"Server: find the error log line for the request; it usually names the rule or the file behind the refusal.",
			"Server: give the server's user read access to the file and execute access to every parent directory (check with `namei -l /var/www/site/index.html`), and restore SELinux labels with `restorecon -Rv /var/www`.",
			"Server: add an index file or enable listing on purpose (`autoindex on;`, `Options +Indexes`), and check `deny` and `Require` rules against the client's real address (behind a proxy, set `real_ip_header` or `RemoteIPHeader`).",
			"Client: check the account's role, the token's scopes or the IAM policy, and ask for the missing permission instead of retrying.",
			"Operator: look up the WAF or firewall event for the request (Cloudflare Security Events by Ray ID, AWS WAF logs) and relax the rule if it is a false positive.",
			"Client: for CSRF failures, reload the form to get a fresh token, send the token header with AJAX requests, and make sure the CSRF cookie is not blocked.",
		},
		Headers: []Header{
			{"WWW-Authenticate", "Bearer-token APIs may send it with error=\"insufficient_scope\" and the scope that would be needed."},
			{"CF-RAY", "Present when Cloudflare produced the block; the Ray ID finds the matching event in the security log."},
		},
		Example: `HTTP/1.1 403 Forbidden
Server: nginx
Date: Thu, 02 Jul 2026 14:05:51 GMT
Content-Type: text/html
Content-Length: 138
Connection: keep-alive

<html>
<head><title>403 Forbidden</title></head>
<body>
<center><h1>403 Forbidden</h1></center>
<hr><center>nginx</center>
</body>
</html>`,
		Related: []int{401, 404, 451, 407},
		Confusions: []Confusion{
			{401, "401 means the server lacks valid credentials and logging in may help; 403 means it refuses even with the credentials it has."},
			{404, "404 says nothing is at the URL, or hides that something is; 403 admits the resource exists and refuses access."},
			{451, "451 is a refusal for legal reasons such as a court order; 403 gives no reason."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4"},
			{"RFC 6750, Section 3.1 (insufficient_scope)", "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged: permissions, credentials or configuration must change first.",
			RetryAfter:  false,
		},
		GoConstant: "StatusForbidden",
		Keywords:   []string{"access denied", "not allowed", "you don't have permission", "blocked by firewall", "directory listing denied", "no access"},
	},
	{
		Number:  404,
		Name:    "Not Found",
		Status:  Permanent,
		Summary: "The server has nothing at this URL, or will not say whether it does; the code does not tell whether the absence is temporary or permanent.",
		Explanation: `A 404 means the origin server found no current representation for the target, or is not willing to admit that one exists. It is the most common error on the web and usually the least mysterious: a typo, a link to a removed page, a route the application never defined, a file that was not deployed.

It says nothing about permanence. If the server knows the resource is gone for good, 410 is the better answer; if it moved, a 301 or 308 to the new URL keeps old links working. RFC 9110 also lets servers answer 404 instead of 403 to hide something from a client, and APIs use it both for a missing record and for an unknown endpoint, so read the body to tell them apart.

A 404 is heuristically cacheable: browsers and CDNs may store it without explicit freshness information (Cloudflare's default edge lifetime for a cached 404 is three minutes), so a file deployed just after a miss can stay missing for a while. Retrying unchanged only helps if the resource is being created at that moment.`,
		Causes: []string{
			"A typo or outdated link: wrong path, wrong case on a case-sensitive file system (`Logo.PNG` versus `logo.png`), or a page removed without a redirect.",
			"A single-page app's client-side route was opened directly or reloaded, and the server has no file at that path.",
			"A proxy rewrote the path: nginx `proxy_pass http://app/;` with a trailing slash replaces the matched `location` prefix, without it the prefix is kept, so the upstream sees a different URL than intended.",
			"No route is registered for this path (or for this method, in frameworks that answer 404 for both), or the API version or base path is wrong (Express: `Cannot GET /api/v2/users`; Spring Boot: \"Whitelabel Error Page\").",
			"The request reached the wrong virtual host or Ingress: an unknown `Host` falls through to a default server (Kubernetes ingress-nginx: \"default backend - 404\").",
			"The resource exists but is hidden from this client, as GitHub does for private repositories when the token is missing or lacks access.",
		},
		Fixes: []string{
			"Client: compare the exact URL, including case, trailing slash, API version and base path, with the documentation or with a request that works.",
			"Server: check the access log for the path actually received and the error log for the file looked up (nginx: `open() \"/usr/share/nginx/html/app.js\" failed (2: No such file or directory)`).",
			"Server: for single-page apps, fall back to the app shell for unknown paths (nginx `try_files $uri $uri/ /index.html;`); redirect moved content with 301 or 308 and answer 410 for content removed for good.",
			"Operator: check how each hop rewrites the path (`proxy_pass` trailing slash, ingress `rewrite-target`, API gateway stage prefixes) and which server block or Ingress rule the `Host` header selects.",
			"Operator: after deploying new files, purge CDN caches, and give 404 responses a short `Cache-Control: max-age` so misses are not remembered for long.",
			"Client: if a private resource answers 404, check that the token is sent and has access; some APIs report missing permission as 404.",
		},
		Headers: []Header{
			{"Cache-Control", "Sets how long caches may remember the miss; without it, a 404 may be cached heuristically."},
			{"Content-Type", "An HTML 404 page on an API URL usually means the request never reached the API but stopped at a proxy or web server."},
		},
		Example: `HTTP/1.1 404 Not Found
Date: Thu, 08 Oct 2026 17:20:33 GMT
Content-Type: application/problem+json
Cache-Control: no-store
Content-Length: 160

{
  "type": "about:blank",
  "title": "Not Found",
  "status": 404,
  "detail": "No customer with id cus_4821 exists.",
  "instance": "/v1/customers/cus_4821"
}`,
		Related: []int{410, 403, 301, 405},
		Confusions: []Confusion{
			{410, "410 says the resource existed and is gone for good, so clients and search engines can drop it; 404 does not say whether the absence is permanent."},
			{403, "403 admits the resource exists and refuses access; 404 says nothing is there, or hides that something is."},
			{405, "405 means the URL exists but not for this method; 404 means nothing lives at the URL at all."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Not unchanged, unless the resource is about to be created; fix the URL first.",
			RetryAfter:  false,
		},
		GoConstant: "StatusNotFound",
		Keywords:   []string{"page not found", "broken link", "dead link", "file not found", "soft 404", "missing page", "URL does not exist"},
	},
	{
		Number:  405,
		Name:    "Method Not Allowed",
		Status:  Permanent,
		Summary: "The URL exists but does not accept this HTTP method; the Allow header lists the methods it does accept.",
		Explanation: `The server recognises the target resource but not the method used on it: a POST to a read-only page, a DELETE on a collection, a PUT to a static file. The origin server must send an Allow header listing the methods the resource currently supports; an empty Allow means it accepts none at the moment, for example because it has been disabled.

The difference from 501 is scope: 405 concerns this resource, while 501 means the server does not implement the method anywhere. Routers produce 405 when a path matches but no handler exists for the method (Go's ServeMux has done so, with Allow, since Go 1.22), though some frameworks answer 404 instead. nginx labels its own 405 pages "Not Allowed", most often when something POSTs to a static file.

A 405 is heuristically cacheable, so a cache may keep it without explicit freshness information. Repeating the request with the same method will fail again; use one of the methods listed in Allow.`,
		Causes: []string{
			"A form or fetch call uses the wrong method: POST where the route expects PUT or PATCH, or GET on an endpoint that only takes POST.",
			"nginx serving a static file receives a POST, for example a form posting to `index.html` or an API path that fell through to the static `location`.",
			"IIS rejects PUT and DELETE because the WebDAV module or handler takes them before the application does.",
			"A CORS preflight `OPTIONS` request hit a route with no OPTIONS handler, and the browser reports it as a CORS failure.",
			"A trailing-slash or HTTP-to-HTTPS redirect (301 or 302) turned a POST into a GET, and the GET reached a POST-only route.",
		},
		Fixes: []string{
			"Client: read the `Allow` header and use one of the listed methods; check the API reference for the endpoint.",
			"Client: call the final URL directly (right scheme, host and trailing slash) so no redirect turns your POST into a GET.",
			"Server: route the method to the application rather than the static file handler; in nginx, make sure the `location` with `proxy_pass` actually matches the path.",
			"Server: on IIS, remove WebDAV for the application (`<remove name=\"WebDAVModule\" />` under `<modules>` and `<remove name=\"WebDAV\" />` under `<handlers>` in web.config).",
			"Server: handle `OPTIONS` for CORS preflights (or enable the framework's CORS middleware) and always send `Allow` with a 405.",
		},
		Headers: []Header{
			{"Allow", "Required with 405: the methods the resource supports, such as GET, HEAD, PUT."},
			{"Access-Control-Allow-Methods", "The CORS counterpart for preflights; a 405 to OPTIONS means the preflight itself was not handled."},
		},
		Example: `HTTP/1.1 405 Method Not Allowed
Date: Tue, 20 Jan 2026 08:41:17 GMT
Allow: GET, HEAD, PUT
Content-Type: application/problem+json
Content-Length: 178

{
  "title": "Method Not Allowed",
  "status": 405,
  "detail": "DELETE is not supported on this invoice; send PUT with status void instead.",
  "instance": "/v1/invoices/2291"
}`,
		Related: []int{501, 404, 403},
		Confusions: []Confusion{
			{501, "501 means the server does not support the method for any resource; 405 means this resource does not accept it, and Allow says what it does."},
			{404, "404 means no resource at the URL; 405 means the resource exists but not for this method. Some frameworks answer 404 for both."},
			{403, "403 refuses this client a request the resource would otherwise support; 405 refuses the method for everyone."},
		},
		Specs: []Spec{
			{"RFC 9110, Section 15.5.6", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6"},
			{"RFC 9110, Section 10.2.1 (Allow)", "https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1"},
		},
		Facts: Facts{
			Cacheable:   true,
			BodyAllowed: true,
			Retry:       "Not with the same method; switch to one listed in Allow.",
			RetryAfter:  false,
		},
		GoConstant: "StatusMethodNotAllowed",
		Keywords:   []string{"method not supported", "HttpRequestMethodNotSupportedException", "wrong HTTP verb", "POST not allowed", "405 Not Allowed nginx"},
	},
}
