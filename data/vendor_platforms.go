package data

// vendorPlatforms holds the codes that application platforms and hosted
// services use outside the IANA registry: Microsoft IIS and Exchange,
// Laravel, Spring Framework, Twitter, Shopify and Esri ArcGIS.
var vendorPlatforms = []Code{
	{
		Number:      440,
		Name:        "Login Time-out",
		AlsoKnownAs: []string{"Login Timeout"},
		Vendor:      "Microsoft IIS",
		Status:      Unofficial,
		Summary:     "Exchange's Outlook Web Access, running on IIS, says the sign-in session behind the request is no longer valid and the user must log on again.",
		Explanation: `440 is not in the IANA registry. It comes from Outlook Web Access (now Outlook on the web), the Exchange mail client that runs on IIS: when the forms-based sign-in session behind a request is no longer accepted, OWA answers 440 instead of the mailbox page, and its script sends the user back to the logon form. Microsoft's troubleshooting articles spell it "440 Login Timeout". Other applications, on IIS and elsewhere, have borrowed the number to mean "your session expired".

Despite the name, it is not always about idle time. If the user simply stayed away longer than the session lifetime, signing in again is the whole fix. If the 440 arrives right after a successful logon, or on every click, the session is being refused: Microsoft traces that, for Exchange 2007 and 2010, to damaged authentication or permission settings on the OWA virtual directories in IIS, and in practice it also comes from session cookies that get lost or land on the wrong server behind a load balancer.

A client that does not know 440 treats it as a plain 400, as RFC 9110 requires for unrecognised codes. The response describes one user's session, so it is not cacheable by default and should carry no-cache or private. Repeating the request with the same cookie gets the same answer; the user has to sign in first. Retry-After does not apply.`,
		Causes: []string{
			"The OWA session outlived its forms-based authentication timeout (the public or private computer setting chosen at logon), and the next click or background request carried an expired cookie.",
			"Authentication settings on the `owa` or `ecp` virtual directory in IIS were changed or damaged, so the logon succeeds but the session it creates is refused at once (Microsoft's documented cause for Exchange 2007 and 2010).",
			"On Exchange 2007, the Guests group was added to \"Deny log on locally\" or \"Deny access to this computer from the network\" in local security policy, which also denies the IUSR account IIS uses.",
			"A load balancer without session affinity spreads one user's requests over several Exchange 2010 Client Access servers, and a server that did not issue the session cookie rejects it.",
			"A reverse proxy, web application firewall or TLS inspection device in front of OWA strips or rewrites the session cookies.",
			"The 440 came from an unrelated application that reuses the number for its own session expiry.",
		},
		Fixes: []string{
			"Client: sign in again; if the 440 returns immediately, clear the site's cookies or try a private window to rule out a stale cookie.",
			"Server: compare the authentication settings of the OWA virtual directories with a working server (`Get-OwaVirtualDirectory | fl`); if they are damaged, re-create them with `Remove-OwaVirtualDirectory` and `New-OwaVirtualDirectory` as Microsoft's 440 article describes.",
			"Server: on Exchange 2007, remove the Guests group from the two \"Deny\" user rights in local security policy and run `iisreset`.",
			"Operator: on Exchange 2010, give OWA session affinity on the load balancer (cookie or source IP), and check that no proxy in front of OWA drops `Set-Cookie` headers.",
			"Server: if your own application sends 440, return a short machine-readable body and have the front end redirect to the login page rather than showing the raw status.",
		},
		Headers: []Header{
			{"Set-Cookie", "OWA clears or replaces its session cookies around this response; a proxy that drops them produces an endless series of 440s."},
			{"X-FEServer", "Exchange 2013 and later name the front-end server that answered, which tells you whose IIS logs to read."},
			{"Cache-Control", "Should be private or no-cache: a stored 440 would log the user out again after they sign in."},
		},
		Example: `HTTP/1.1 440 Login Time-out
Date: Wed, 25 Nov 2026 03:12:44 GMT
Server: Microsoft-IIS/10.0
Cache-Control: private
Content-Type: text/html; charset=utf-8
X-FEServer: EXCH01
X-Powered-By: ASP.NET
Content-Length: 122

<html><head><title>440 Login Time-out</title></head><body>Your session has ended. Sign in again to continue.</body></html>`,
		Related: []int{401, 403, 419, 498},
		Confusions: []Confusion{
			{401, "401 says the request carried no valid credentials; 440 says the user did sign in, but that session is no longer accepted."},
			{419, "Laravel's 419 rejects a form whose CSRF token no longer matches the session; 440 is OWA rejecting the session itself."},
			{408, "408 is the server giving up on a slow request on the wire; 440's \"time-out\" is about the login session, not the connection."},
		},
		Specs: []Spec{
			{"Microsoft: How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access (Exchange 2007)", "https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/dd789741(v=exchg.80)"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only after the user signs in again; the same request with the same cookie fails the same way.",
			RetryAfter:  false,
		},
		Keywords: []string{"OWA", "Outlook on the web", "webmail keeps logging out", "session timeout", "forms-based authentication", "Exchange webmail"},
	},
	{
		Number:  449,
		Name:    "Retry With",
		Vendor:  "Microsoft IIS",
		Status:  Unofficial,
		Summary: "A Microsoft extension asking the client to repeat the request after supplying what was missing; Exchange ActiveSync uses it to demand device provisioning.",
		Explanation: `449 is a Microsoft extension, never registered with IANA. Microsoft's WebDAV client extensions specification [MS-WDV] defines it: the server cannot answer because the client gave too little information, and the response tells it what to add. The server must include an Ms-Echo-Request header. A client that supports the extension processes the body without showing it to the user, then repeats the request with an Ms-Echo-Reply header carrying the same value, and the server must not answer that repeat with 449 again. The specification itself uses both "Retry With" (in its section title) and "Reply With" (in its grammar); Windows' WinHTTP constant for the number is HTTP_STATUS_RETRY_WITH.

Most people meet it through Exchange ActiveSync, served by IIS at /Microsoft-Server-ActiveSync. When a phone or mail app sends a command such as FolderSync without the current security policy key, Exchange answers 449 ("Need Provisioning"). The device is expected to run the Provision command, accept the policy, acknowledge it, and repeat the command with the new key in the X-MS-PolicyKey header. Exchange can instead signal the same situation with ActiveSync status values 141 to 144 inside the response body.

Clients that do not know 449 treat it as a plain 400. It is not cacheable by default. A retry is the whole point, but only after doing what was asked; sending the same request unchanged gets another 449. Retry-After plays no part.`,
		Causes: []string{
			"An ActiveSync device sent a command without a policy key, or with one the server no longer accepts because an administrator assigned or changed the mobile device mailbox policy.",
			"A newly added device, or a mail app that was reset, has not finished the Provision exchange yet.",
			"A third-party mail app or sync tool does not implement ActiveSync provisioning at all, so every command it sends draws another 449.",
			"A server implementing [MS-WDV] needs data only the client can supply (the specification's example collects the screen size through a script and a cookie) before it can build the page.",
		},
		Fixes: []string{
			"Client: on a 449 from ActiveSync, send the Provision command, acknowledge the policy with the temporary key, then repeat the original command with the final key in `X-MS-PolicyKey`.",
			"Client: for the [MS-WDV] form, process the body, then resend the same request with `Ms-Echo-Reply` set to the value of `Ms-Echo-Request`; give up rather than loop if the repeat fails too.",
			"Operator: check the device partnership and the policy assigned to the mailbox (`Get-MobileDevice`, `Get-MobileDeviceMailboxPolicy`), and whether `AllowNonProvisionableDevices` is needed for clients that cannot provision.",
			"Server: if your own application sends 449, always include `Ms-Echo-Request`, and never answer a request that carries `Ms-Echo-Reply` with another 449, as [MS-WDV] requires.",
		},
		Headers: []Header{
			{"Ms-Echo-Request", "Required on an [MS-WDV] 449; its value is what the client must echo back on the retry."},
			{"Ms-Echo-Reply", "Request header on the retry; tells the server the client has acted on the 449, so it must not get another one."},
			{"X-MS-PolicyKey", "ActiveSync request header carrying the device's policy key; a missing or stale key is what draws a 449 from Exchange."},
		},
		Example: `HTTP/1.1 449 Retry With
Date: Wed, 25 Nov 2026 03:12:44 GMT
Server: Microsoft-IIS/10.0
Content-Type: text/html
Ms-Echo-Request: 5f2c9a41
Content-Length: 103

<html><body onload="document.cookie='screen='+screen.availWidth+'x'+screen.availHeight;"></body></html>`,
		Related: []int{401, 428, 451, 403},
		Confusions: []Confusion{
			{401, "401 says the credentials are missing or wrong; 449 accepts who the client is but wants something more (a policy key, an echo) before answering."},
			{428, "428 demands a conditional header such as If-Match; 449 demands Microsoft-specific information and expects an immediate retry."},
			{451, "Microsoft's 451 Redirect sends an ActiveSync client to another server; 449 keeps it on the same server but makes it provision first."},
		},
		Specs: []Spec{
			{"[MS-WDV] Section 2.2.6, 449 Retry With Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100"},
			{"[MS-WDV] Section 3.1.5.5, Retrying a Request with the 449 Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936"},
			{"[MS-OXPROTO] Section 2.5.14.5, provisioning with Exchange ActiveSync", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxproto/3764ce5a-8c53-4665-8cc7-07bafe0db341"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, immediately, but only after supplying what was asked (a policy key or the echo header); an unchanged repeat gets another 449.",
			RetryAfter:  false,
		},
		Keywords: []string{"need provisioning", "ActiveSync provisioning", "mobile device policy", "phone mail not syncing", "EAS", "WebDAV"},
	},
	{
		Number:  450,
		Name:    "Blocked by Windows Parental Controls",
		Vendor:  "Microsoft IIS",
		Status:  Unofficial,
		Summary: "Windows Parental Controls refused to load the page for the restricted account that is signed in, and showed a block page instead.",
		Explanation: `450 is not registered with IANA, and Microsoft does not define it in its published protocol specifications. It is associated with the web restrictions of Windows Parental Controls, introduced in Windows Vista: when a child's account asks for a site the filter blocks, the request is answered with 450 and a block page instead of the site.

The decision is made on the user's side, by the parental controls web filter working for whichever Windows account is signed in, not by the website. That is why nothing needs fixing on the server, why the same address loads for an unrestricted account, and why a site's own logs normally show no trace of the request. Today's Microsoft Family Safety web filters work through the Edge browser and show their own block page, so a 450 in a current log more likely comes from a filtering proxy or application that borrowed the number.

A client that does not know 450 treats it as a plain 400. It is not cacheable by default, and a block page should never be stored, since it depends on who is signed in rather than on the URL. Retrying changes nothing until the restriction does; Retry-After does not apply.`,
		Causes: []string{
			"The signed-in Windows account is a child account with web restrictions on, and the site's content category is blocked.",
			"Web restrictions are set to allow only sites on the allowed list, and this address is not on it.",
			"File downloads are blocked for the account, and the request was a download.",
			"A third-party content filter or proxy reuses 450 for its own blocks, so the number can appear without Windows being involved.",
		},
		Fixes: []string{
			"Client: ask a parent or an administrator account to allow the site for this user in Parental Controls (or Microsoft Family Safety), or to lower the content restriction level.",
			"Client: check which Windows account is signed in; the filter is per user, so the site loads normally for an unrestricted account.",
			"Server: nothing on the website causes this; if 450 appears in your own server's logs, look for a filtering proxy or for application code that chose the number.",
			"Operator: if a filtering proxy answers 450, look up the URL in its logs to see which block rule or category matched, and adjust the rule if the block is wrong.",
		},
		Headers: []Header{
			{"Cache-Control", "A block page should be marked no-store: it depends on the account signed in, not on the address requested."},
			{"Content-Type", "The body is an HTML block page for the person at the screen, not content from the site that was asked for."},
		},
		Example: `HTTP/1.1 450 Blocked by Windows Parental Controls
Content-Type: text/html; charset=utf-8
Cache-Control: no-store
Content-Length: 147

<html><head><title>Blocked</title></head><body>Parental Controls has blocked this website for your account. Ask a parent to allow it.</body></html>`,
		Related: []int{403, 451, 511},
		Confusions: []Confusion{
			{451, "451 Unavailable For Legal Reasons comes from the site or an intermediary obeying a legal demand, for everyone; 450 is a per-account restriction applied on the user's own computer."},
			{403, "403 is the web server itself refusing the request; with 450 the site was never asked."},
		},
		Specs: []Spec{
			{"Microsoft: Parental Controls API overview (web restrictions and the Web Content Filter)", "https://learn.microsoft.com/en-us/windows/win32/parcon/parental-controls-api-overview"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No; the same request is blocked again until the account's restrictions change.",
			RetryAfter:  false,
		},
		Keywords: []string{"Family Safety", "child account", "content filter", "website blocked", "Windows Vista", "web restrictions"},
	},
	{
		Number:  451,
		Name:    "Redirect",
		Vendor:  "Microsoft IIS",
		Status:  Unofficial,
		Summary: "Exchange ActiveSync tells a phone or mail app to use another server URL for this mailbox, given in the X-MS-Location header.",
		Explanation: `This 451 belongs to Exchange ActiveSync, the protocol phones and mail apps use to sync with Exchange through IIS, and is defined in Microsoft's [MS-ASHTTP] specification. It has nothing to do with the registered 451 Unavailable For Legal Reasons (RFC 7725), which reports content withheld because of a legal demand; the two share only the number. An ActiveSync client that gets this 451 has reached a server that cannot reach the user's mailbox, or there is a better server to use for it.

The X-MS-Location header carries the URL the client should use for this and all later requests. If the header is missing, the client is expected to run Autodiscover again to find the right server. Exchange normally sends the response with an empty body; everything the client needs is in the header.

A cache or generic client that only knows the registered 451 will read it as Unavailable For Legal Reasons, which RFC 7725 makes cacheable by default; Exchange sends Cache-Control: private so that shared caches do not keep it. The client should repeat the request at once, but against the new URL, never the old one. Retry-After does not apply.`,
		Causes: []string{
			"The mailbox lives in another Active Directory site than the server the device contacted, and that site publishes its own ActiveSync URL.",
			"The mailbox was moved (between sites, between forests, or to Exchange Online in a hybrid deployment) and the device still holds the old server name.",
			"The device was set up by hand with an internal or legacy server name instead of the published one.",
			"On Exchange 2010, Microsoft's Remote Connectivity Analyzer also reports an HTTP 451 (\"Device Misconfigured\") when the mailbox database is dismounted.",
		},
		Fixes: []string{
			"Client: store the URL from `X-MS-Location` and send every later request there; if the header is absent, run Autodiscover again instead of retrying the old server.",
			"Client: if a device keeps looping on 451, remove and re-add the account so Autodiscover picks up the current server.",
			"Operator: set the external URL of the ActiveSync virtual directory in each Internet-facing site (`Set-ActiveSyncVirtualDirectory -ExternalUrl`) so Exchange hands out an address the device can reach.",
			"Server: check that the user's mailbox database is mounted (`Get-MailboxDatabase -Status`) and that Autodiscover returns the expected URL (test with Microsoft Remote Connectivity Analyzer).",
		},
		Headers: []Header{
			{"X-MS-Location", "The URL the client must use from now on; without it, the client falls back to Autodiscover."},
			{"MS-ASProtocolVersion", "Request header naming the ActiveSync version the device speaks; useful when matching log lines to devices."},
			{"Cache-Control", "Exchange sends private, which stops shared caches from storing a response they might read as the registered, heuristically cacheable 451."},
		},
		Example: `HTTP/1.1 451 Redirect
Date: Wed, 25 Nov 2026 03:12:44 GMT
Server: Microsoft-IIS/10.0
X-MS-Location: https://mail.example.com/Microsoft-Server-ActiveSync
Cache-Control: private
Content-Length: 0`,
		Related: []int{421, 307, 301, 449},
		Confusions: []Confusion{
			{421, "421 Misdirected Request tells a client to retry over a different connection without naming a target; Microsoft's 451 names the exact URL to use from now on."},
			{307, "307 is a standard redirect with Location that every HTTP client follows; the ActiveSync 451 uses X-MS-Location, which only ActiveSync clients understand."},
			{301, "301 tells any client and cache that a resource moved for good; the ActiveSync 451 concerns one user's mailbox and is private to that client."},
		},
		Specs: []Spec{
			{"[MS-ASHTTP] Section 3.1.5.2.2, HTTP Error 451", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f"},
			{"[MS-ASHTTP] Section 2.2.2.1.1, Status Line", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/e092c310-7609-4a38-90cc-10688f79cf8d"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, immediately, but to the URL in X-MS-Location (or one found through Autodiscover), not to the server that sent the 451.",
			RetryAfter:  false,
		},
		Keywords: []string{"ActiveSync", "Autodiscover", "EAS redirect", "mailbox moved", "phone email not syncing", "hybrid migration"},
	},
	{
		Number:     419,
		Name:       "Page Expired",
		StatusLine: "HTTP/1.1 419 unknown status",
		Vendor:     "Laravel",
		Status:     Unofficial,
		Summary:    "Laravel rejected a form post or AJAX call because its CSRF token was missing, wrong, or belonged to a session that has expired.",
		Explanation: `Laravel's CSRF middleware (VerifyCsrfToken, registered as ValidateCsrfToken from Laravel 11) checks every request in the web middleware group except GET, HEAD and OPTIONS. The token sent in the _token form field, the X-CSRF-TOKEN header or the encrypted X-XSRF-TOKEN header must equal the token stored in the user's session. When it does not, the middleware throws TokenMismatchException and Laravel's exception handler turns that into a 419: the "Page Expired" error page for browsers, or a JSON body with the message "CSRF token mismatch." for requests that expect JSON.

The usual story is a page left open longer than the session lifetime (SESSION_LIFETIME, 120 minutes by default): the session and its token are gone, so the token in the old form matches nothing. When it happens on a freshly loaded page, the session itself is not surviving from one request to the next. Symfony, which Laravel's responses are built on, has no reason phrase for 419, so over HTTP/1.1 the status line reads "419 unknown status"; "Page Expired" is only the title of Laravel's error page. Spring's HttpStatus maps the same number to its deprecated INSUFFICIENT_SPACE_ON_RESOURCE constant, which is what a Spring client calling a Laravel app will print.

419 is not registered, so generic clients treat it as a plain 400. It is not cacheable by default. Repeating the request with the same token fails every time: reload the page or fetch a fresh token first. Retry-After does not apply.`,
		Causes: []string{
			"The form has no token field: the Blade template lacks `@csrf` (or `csrf_field()` in older code).",
			"The page stayed open longer than `SESSION_LIFETIME`, so the session holding the token expired before the user submitted.",
			"JavaScript requests send no `X-CSRF-TOKEN` or `X-XSRF-TOKEN` header, or a single-page app using Sanctum never calls `/sanctum/csrf-cookie` before its first POST.",
			"The session cookie does not come back: `SESSION_DOMAIN` or `SESSION_SECURE_COOKIE` does not fit the real host and scheme, the page sits in a cross-site iframe where `SameSite` withholds the cookie, or the session storage is not writable.",
			"Several app servers behind a load balancer use the `file` session driver, so the server checking the token does not have the session that issued it.",
			"A full-page cache or CDN served HTML with someone else's (or an old) token baked into the form, or a third-party webhook posts to a route in the web group.",
		},
		Fixes: []string{
			"Client: reload the page to get a fresh token and submit again; resubmitting the stale form fails the same way.",
			"Server: add `@csrf` to every form that posts, and for JavaScript put the token from `<meta name=\"csrf-token\">` into an `X-CSRF-TOKEN` header (Axios sends `X-XSRF-TOKEN` from the `XSRF-TOKEN` cookie by itself).",
			"Server: use a shared session store (`SESSION_DRIVER=database` or `redis`) when more than one app server answers, and check `SESSION_DOMAIN`, `SESSION_SECURE_COOKIE` and `SESSION_SAME_SITE` against the real host and scheme.",
			"Server: exclude webhook routes from the check (`$middleware->validateCsrfTokens(except: [...])` in `bootstrap/app.php` on Laravel 11 and later, the `$except` array of `VerifyCsrfToken` before that) or move them to `routes/api.php`.",
			"Server: for pages kept open for hours, raise `SESSION_LIFETIME`, refresh the token in the background, or catch 419 in the front end and ask the user to reload without losing their input.",
			"Operator: never store HTML that contains a CSRF token in a shared cache or CDN; bypass the cache for pages with forms and for requests that carry the session cookie.",
		},
		Headers: []Header{
			{"X-CSRF-TOKEN", "Request header with the plain token, usually copied from the csrf-token meta tag."},
			{"X-XSRF-TOKEN", "Request header with the encrypted token copied from the XSRF-TOKEN cookie; Laravel decrypts it before comparing."},
			{"Set-Cookie", "Laravel sets the session cookie (named from APP_NAME, laravel_session by default) and XSRF-TOKEN; if these never come back on the next request, every post ends in 419."},
		},
		Example: `HTTP/1.1 419 unknown status
Date: Wed, 25 Nov 2026 03:12:44 GMT
Server: nginx
Content-Type: application/json
Cache-Control: no-cache, private
Content-Length: 41

{
    "message": "CSRF token mismatch."
}`,
		Related: []int{401, 403, 440, 498},
		Confusions: []Confusion{
			{401, "401 means the request is not authenticated at all; with 419 the user may well be logged in, but the form's CSRF token does not match the session."},
			{403, "403 is an authorisation refusal that reloading will not fix; a 419 usually clears once the page is reloaded and the form carries a fresh token."},
			{440, "Microsoft's 440 is OWA refusing an expired login session; Laravel's 419 is specifically a CSRF token check failing."},
		},
		Specs: []Spec{
			{"Laravel documentation: CSRF Protection", "https://laravel.com/docs/csrf"},
			{"Laravel source: Illuminate\\Foundation\\Exceptions\\Handler (TokenMismatchException becomes 419)", "https://github.com/laravel/framework/blob/master/src/Illuminate/Foundation/Exceptions/Handler.php"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only with a fresh token: reload the page (or fetch a new token) and submit again.",
			RetryAfter:  false,
		},
		Keywords: []string{"CSRF token mismatch", "TokenMismatchException", "419 unknown status", "session expired", "Livewire", "Inertia", "form submit error"},
	},
	{
		Number:  420,
		Name:    "Method Failure",
		Vendor:  "Spring Framework",
		Status:  Unofficial,
		Summary: "A deprecated Spring HttpStatus constant taken from an early WebDAV draft; some Spring applications still send it when an operation fails.",
		Explanation: `Spring Framework's HttpStatus enum carries METHOD_FAILURE (420, "Method Failure"), marked deprecated with a pointer to the WebDAV draft changes. The number comes from draft-ietf-webdav-protocol-05, where it meant that a method failed as a whole because one part of it failed. Later drafts dropped it, and neither RFC 2518 nor RFC 4918 registered 420; the closest registered code is 424 Failed Dependency.

Spring does not send 420 by itself. A 420 from a Spring application is one a developer chose, through ResponseEntity.status(HttpStatus.METHOD_FAILURE) or @ResponseStatus(HttpStatus.METHOD_FAILURE) on an exception, so the place to look is the application's code. It also works the other way round: HttpStatus prints itself as the number and the constant name, so a Spring client that receives any 420 (Twitter's old rate-limit answer, for instance) logs it as "420 METHOD_FAILURE". The number is Twitter's "Enhance Your Calm" too; check which server sent it before you read it either way.

420 is not registered, so generic clients treat it as a plain 400. It is not cacheable by default. Whether a retry can help depends on what the application meant; Retry-After does not apply.`,
		Causes: []string{
			"Application code returns `HttpStatus.METHOD_FAILURE`, for example `@ResponseStatus(HttpStatus.METHOD_FAILURE)` on a custom exception or `ResponseEntity.status(HttpStatus.METHOD_FAILURE)` in a controller.",
			"An older service borrowed the WebDAV-draft meaning to say that a batch or multi-step operation failed because one of its steps failed.",
			"The 420 came from somewhere else (an upstream API such as Twitter's old rate limiter) and a Spring client only printed it under Spring's constant name.",
			"A gateway or custom error mapping turns a downstream failure into 420 for want of a better code.",
		},
		Fixes: []string{
			"Server: search the code base for `METHOD_FAILURE` and literal `420` to find the handler that chose it, then read the log around it for the real failure.",
			"Server: replace it with a registered code: 424 for a failed step inside a batch, 409 or 422 for a request the application rejects, 500 or 502 for a failure on your side or upstream.",
			"Client: check the response body and the server's identity before assuming Spring's meaning, since the same number is Twitter's rate-limit answer.",
			"Client: treat 420 like any 4xx you do not recognise (as 400) and do not retry blindly.",
		},
		Headers: []Header{
			{"Content-Type", "Spring Boot's default error handling answers application/json with timestamp, status, error and path fields; the path names the endpoint that chose 420."},
		},
		Example: `HTTP/1.1 420 Method Failure
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json
Content-Length: 114

{"timestamp":"2026-11-25T03:12:44.512+00:00","status":420,"error":"Method Failure","path":"/api/batches/7/commit"}`,
		Related: []int{424, 207, 500, 429},
		Confusions: []Confusion{
			{424, "424 Failed Dependency is the registered WebDAV code for an action that failed because another one did, the idea 420 had in the early draft."},
			{429, "If a 420 comes with rate-limit wording, it follows Twitter's convention, not Spring's; the registered code for rate limiting is 429."},
			{500, "500 is the honest answer for an unexpected failure inside the application; 420 hides it behind a deprecated, unregistered number."},
		},
		Specs: []Spec{
			{"Spring Framework Javadoc: HttpStatus.METHOD_FAILURE (deprecated)", "https://docs.spring.io/spring-framework/docs/current/javadoc-api/org/springframework/http/HttpStatus.html#METHOD_FAILURE"},
			{"draft-ietf-webdav-protocol-05, Section 10.5", "https://datatracker.ietf.org/doc/html/draft-ietf-webdav-protocol-05#section-10.5"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Depends on the application; read the body and logs first, and do not retry a failed write blindly.",
			RetryAfter:  false,
		},
		Keywords: []string{"Spring Boot", "ResponseStatus", "deprecated status code", "WebDAV draft", "RestTemplate", "WebClient"},
	},
	{
		Number:  420,
		Name:    "Enhance Your Calm",
		Vendor:  "Twitter",
		Status:  Unofficial,
		Summary: "Twitter's old Search, Trends and Streaming APIs answered 420 when a client was rate limited; API v1.1 and later use 429 Too Many Requests.",
		Explanation: `Twitter started sending 420 from its Search API in January 2010, so that rate-limit answers could be told apart from other errors (until then Search and Trends had used 503 for them). Its documentation described 420 as the answer to an app making too many requests, returned by version 1 of the Search and Trends APIs; version 1.1 of the API replaced it with the registered 429 Too Many Requests. The streaming endpoints kept 420 for clients that connected too often, and Twitter told them to back off exponentially, starting at one minute and doubling each time, because every further 420 lengthened the penalty.

Other software uses the same number: Spring Framework's deprecated HttpStatus.METHOD_FAILURE is 420, and Shopify's Admin API answered 420 for locked stores until August 2018, when it switched to 423. Check which server sent a 420 before reading it as rate limiting.

420 is not registered, so generic clients treat it as a plain 400. It is not cacheable by default. A client may retry only after waiting: honour Retry-After when the response carries it, otherwise back off exponentially; reconnecting in a tight loop keeps the limit in force.`,
		Causes: []string{
			"More Search API requests in the rate-limit window than the app or IP address was allowed.",
			"A streaming client reconnecting in a tight loop after a disconnect, so the connection attempts themselves hit the limit.",
			"Several streaming connections opened with the same account credentials at the same time.",
			"Another service that copied Twitter's convention answers 420 for its own rate limiting.",
		},
		Fixes: []string{
			"Client: stop sending, wait the number of seconds in `Retry-After` if present, and otherwise back off exponentially (Twitter's streaming guidance: start at one minute and double each attempt).",
			"Client: keep a single streaming connection per account and reconnect only after the back-off delay, never immediately.",
			"Client: move code written against API v1 to current endpoints, and handle 429 wherever it handled 420.",
			"Server: if you run an API, answer rate limiting with 429 and `Retry-After` rather than 420, so standard clients and libraries understand it.",
		},
		Headers: []Header{
			{"Retry-After", "The Search API sent it with 420 to say how many seconds to wait before the next request."},
			{"X-RateLimit-Remaining", "Twitter's REST API v1 reported quota in X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset; watching them avoids the 420 in the first place."},
		},
		Example: `HTTP/1.1 420 Enhance Your Calm
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
Retry-After: 60
Content-Length: 58

{"error":"You have been rate limited. Enhance your calm."}`,
		Related: []int{429, 503, 423},
		Confusions: []Confusion{
			{429, "429 Too Many Requests is the registered rate-limit code that replaced 420 in Twitter API v1.1; new clients should expect 429."},
			{503, "503 means the service is overloaded or down for everyone; Twitter's Search API used it for rate limiting only until 420 arrived in 2010."},
			{423, "423 Locked is what Shopify's Admin API sends for a locked store since August 2018; before that it used 420 for the same thing."},
		},
		Specs: []Spec{
			{"X (Twitter) developer documentation: Response codes", "https://developer.x.com/en/docs/basics/response-codes"},
			{"X (Twitter) developer documentation: Connecting to a streaming endpoint", "https://developer.x.com/en/docs/tweets/filter-realtime/guides/connecting"},
			{"Twitter Development Talk: Search API returns 420 for rate limiting from 18 January 2010", "https://groups.google.com/g/twitter-development-talk/c/PzsP043rmw8"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, after waiting: honour Retry-After, otherwise back off exponentially from about a minute.",
			RetryAfter:  true,
		},
		Keywords: []string{"rate limited", "Twitter API", "tweepy", "streaming API", "too many connections", "X API", "back off"},
	},
	{
		Number:      430,
		Name:        "Shopify Security Rejection",
		AlsoKnownAs: []string{"Request Header Fields Too Large"},
		Vendor:      "Shopify",
		Status:      Unofficial,
		Summary:     "Shopify refused the request because its protections judged it potentially malicious; it is separate from Shopify's rate limits.",
		Explanation: `Shopify lists 430 among its API response codes as "Shopify Security Rejection": the request was turned away because it looked as if it might be malicious, and Shopify blocks such requests to protect the shop and the app. It is not the rate limit (that is 429) and not a locked shop (423); developers have reported bursts of 430 from the Admin API while well inside their limits.

Shopify does not publish the rules behind it. Developers who met it on Shopify's community forum suspected their apps' shared cloud IP addresses and moved to addresses of their own; Shopify has not said whether that is a trigger. On the Storefront API, server-side calls that do not pass the shopper's address in the Shopify-Storefront-Buyer-IP header all appear to come from one machine, which looks like a bot, and fast polling or scraping of storefront pages and /products.json draws the same answer. Some status-code lists give 430 a second Shopify meaning, "Request Header Fields Too Large", sent instead of 429 when too many URLs were requested in a short time; Shopify's own documentation today defines 430 only as a security rejection, so treat that older name as obsolete.

430 is not registered, so generic clients treat it as a plain 400. It is not cacheable by default. Retrying at once usually earns another 430: pause, change what triggered it, then try again. Shopify documents no Retry-After for it.`,
		Causes: []string{
			"Traffic that looks automated: scraping storefront pages or `/products.json`, polling a product every few seconds, or headless browsers hammering the shop.",
			"Possibly, app servers sending from shared cloud egress IPs that other tenants have abused (developers' suspicion on Shopify's forum; Shopify does not say).",
			"Server-side Storefront API calls that do not forward the shopper's address in `Shopify-Storefront-Buyer-IP`, so every buyer seems to come from one IP.",
			"Request patterns that resemble attacks, such as bursts of failing or malformed calls, or requests with no usable `User-Agent`.",
		},
		Fixes: []string{
			"Client: stop and slow down instead of retrying in a loop; a stream of blocked requests keeps the block in place.",
			"Server: make server-side Storefront API calls with a private access token in `Shopify-Storefront-Private-Token` and pass each buyer's IP in `Shopify-Storefront-Buyer-IP`.",
			"Operator: give app servers a dedicated, stable egress IP (a NAT gateway or static address) instead of a shared pool.",
			"Server: use the Admin or Storefront API instead of scraping storefront HTML, and identify your client with a descriptive `User-Agent`.",
			"Client: if 430s continue, contact Shopify Partner Support with the `X-Request-Id` values of the rejected requests.",
		},
		Headers: []Header{
			{"X-Request-Id", "Shopify's identifier for the request; quote it when asking Shopify support why it was rejected."},
			{"Shopify-Storefront-Buyer-IP", "Request header for server-side Storefront API calls carrying the shopper's IP, so each buyer is judged separately."},
			{"Shopify-Storefront-Private-Token", "Request header with the private (delegate) Storefront token meant for server contexts, used together with the buyer IP header."},
		},
		Example: `HTTP/1.1 430 Shopify Security Rejection
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: text/html; charset=utf-8
X-Request-Id: 8f3d2a6c-1b47-4e0e-9c52-3a7d0e6f41b9
Content-Length: 153

<html><head><title>Access denied</title></head><body>Request blocked for security reasons. Request ID: 8f3d2a6c-1b47-4e0e-9c52-3a7d0e6f41b9</body></html>`,
		Related: []int{429, 423, 403, 402},
		Confusions: []Confusion{
			{429, "429 is Shopify's rate limit, lifted by waiting; 430 is a security block that waiting alone may not lift."},
			{423, "423 Locked means the whole shop is locked (for example after repeated abuse or suspected fraud); 430 rejects individual requests."},
			{403, "403 from Shopify usually means the app lacks the access scope for the call; 430 means the request itself looked malicious."},
		},
		Specs: []Spec{
			{"Shopify: API response status and error codes", "https://shopify.dev/docs/api/usage/response-codes"},
			{"Shopify: API authentication (Storefront API access tokens)", "https://shopify.dev/docs/api/usage/authentication"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not straight away; slow down and fix the trigger (IP, missing buyer IP, scraping) before trying again.",
			RetryAfter:  false,
		},
		Keywords: []string{"blocked by Shopify", "bot protection", "Storefront API", "scraping", "shared IP", "Shopify 430"},
	},
	{
		Number:  498,
		Name:    "Invalid Token",
		Vendor:  "Esri ArcGIS",
		Status:  Unofficial,
		Summary: "An ArcGIS service got a token it will not accept: expired, revoked, issued by another server, or used from the wrong referer or IP address.",
		Explanation: `ArcGIS Server, ArcGIS Enterprise portals and ArcGIS Online use 498 when a request to a secured service carries a token that fails validation. Most REST endpoints answer with HTTP 200 and put the code in the JSON body, as {"error": {"code": 498, "message": "Invalid token.", ...}}, so a client that checks only the status line believes the call succeeded; some endpoints, such as tile and image requests, can put 498 on the status line itself. Esri's own ArcGIS REST JS library treats 498 and 499 in the body as authentication errors.

Tokens expire after the lifetime set when they were issued, and they can be bound: a token generated with client=referer works only for requests whose Referer header matches, and one bound to an IP address works only from that address. A token issued by one server or portal is generally not valid on another unless both trust the same portal through federation.

When 498 does appear on the status line, generic clients treat it as a plain 400. It is not cacheable by default. Retrying with the same token fails every time; get a new token first. Retry-After does not apply.`,
		Causes: []string{
			"The token's lifetime ran out: a long-running script, a browser tab left open, or a token pasted into a configuration file.",
			"The token was generated with `client=referer` and the request's `Referer` header is missing or different, or it was bound to an IP address and the request now arrives through another one (a proxy, NAT or load balancer).",
			"The token was issued by a different server or portal than the one receiving it, for example a stand-alone server's token sent to a federated server.",
			"The token was revoked: the password changed, the account was disabled, or an administrator invalidated tokens (for instance by changing the server's token shared key).",
			"The clocks of the portal and server machines disagree, so a fresh token already looks expired.",
		},
		Fixes: []string{
			"Client: request a new token (`generateToken` or your OAuth refresh) and repeat the call; refresh shortly before expiry instead of waiting for 498.",
			"Client: check the JSON body for `error.code` even when the HTTP status is 200, and route 498 and 499 to your authentication logic.",
			"Client: generate the token with the binding your requests will really have (matching referer, or an IP binding only when the client address is stable), and send it in `X-Esri-Authorization: Bearer ...` rather than in the URL.",
			"Operator: if tokens fail right after they are issued, synchronise the clocks and time zones of all ArcGIS machines and review the token settings and federation in ArcGIS Server Administrator.",
		},
		Headers: []Header{
			{"X-Esri-Authorization", "Esri's header for sending the token as a Bearer value; it keeps the token out of URLs and logs and works with web-tier authentication."},
			{"Authorization", "The standard Bearer header, accepted when ArcGIS Server does not use web-tier authentication."},
			{"Referer", "Must match the referer a token was generated for when it was issued with client=referer."},
		},
		Example: `HTTP/1.1 498 Invalid Token
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
Cache-Control: private
Content-Length: 62

{"error":{"code":498,"message":"Invalid token.","details":[]}}`,
		Related: []int{499, 401, 403, 440},
		Confusions: []Confusion{
			{499, "Esri's 499 Token Required means no token was sent at all; 498 means one was sent and rejected. (nginx's 499 is unrelated: a log entry for a client that hung up.)"},
			{401, "401 with WWW-Authenticate is the standard HTTP answer; ArcGIS reports token problems as 498, usually inside an HTTP 200 body."},
			{403, "ArcGIS uses 403 when the token is valid but the user lacks permission for the resource; 498 means the token itself is no good."},
		},
		Specs: []Spec{
			{"Esri: Access ArcGIS token-secured web services (ArcGIS Enterprise)", "https://enterprise.arcgis.com/en/server/11.2/administer/linux/accessing-arcgis-token-secured-web-services.htm"},
			{"Esri ArcGIS REST JS: Error handling (ArcGISAuthError)", "https://developers.arcgis.com/arcgis-rest-js/error-handling"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Only with a new, valid token; the same token fails every time.",
			RetryAfter:  false,
		},
		Keywords: []string{"ArcGIS token expired", "Esri", "feature service", "map service", "ArcGIS Online", "GIS"},
	},
	{
		Number:  499,
		Name:    "Token Required",
		Vendor:  "Esri ArcGIS",
		Status:  Unofficial,
		Summary: "An ArcGIS service or item is secured and the request carried no token, so nothing was returned.",
		Explanation: `ArcGIS answers 499 when a request reaches a secured service, folder or item without any token. Like 498 it usually arrives inside an HTTP 200 response, as {"error": {"code": 499, "message": "Token Required", ...}}; ArcGIS Online adds the messageCode GWM_0003. Esri's desktop tools report it as "Authentication token required. (status code 499)". Some endpoints, such as tile and image requests, can put 499 on the status line itself.

The same number means something very different in nginx: its 499 Client Closed Request is written to the access log when the client hung up before nginx answered, and it is never sent to anyone. If 499 shows up in an nginx or load balancer log in front of a GIS server, it is nginx's meaning; if it shows up in a JSON body from an /arcgis/rest/ or /sharing/rest/ URL, it is Esri's.

When 499 does appear on the status line, generic clients treat it as a plain 400. It is not cacheable by default. A retry succeeds only once a token is attached. Retry-After does not apply.`,
		Causes: []string{
			"The service, layer or item is shared with an organisation or group rather than with everyone, and the request is anonymous.",
			"The token was lost on the way: a redirect, proxy or URL rewrite dropped the `token` parameter or the authorization header.",
			"A web map or app references a layer that has since been unshared or moved into a secured folder.",
			"Layers added from an older project, or WMS and WMTS layers hosted in ArcGIS Online that are not shared publicly (Esri notes these OGC services must be shared with everyone to work).",
		},
		Fixes: []string{
			"Client: sign in or obtain a token (OAuth, an API key or `generateToken`) and send it with every request, preferably as `X-Esri-Authorization: Bearer ...`.",
			"Operator: if the content is meant to be public, share the item or service with Everyone in the portal; if not, give the app's identity membership of the group it is shared with.",
			"Client: look for `error.code` 499 in HTTP 200 JSON bodies and send the user to your sign-in flow instead of treating the body as data.",
			"Operator: make sure proxies and URL rewrites in front of ArcGIS pass the `token` parameter and the `Authorization` and `X-Esri-Authorization` headers through unchanged.",
		},
		Headers: []Header{
			{"X-Esri-Authorization", "Esri's header for sending the token as a Bearer value; adding it is what turns a 499 into a normal answer."},
			{"Authorization", "The standard Bearer header, accepted when ArcGIS Server does not use web-tier authentication."},
		},
		Example: `HTTP/1.1 499 Token Required
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
Cache-Control: private
Content-Length: 103

{"error":{"code":499,"message":"Token Required","messageCode":"GWM_0003","details":["Token Required"]}}`,
		Related: []int{498, 401, 403},
		Confusions: []Confusion{
			{498, "498 Invalid Token means a token was sent but rejected (expired, revoked, wrong referer); 499 means none was sent."},
			{401, "401 with WWW-Authenticate is the standard way to ask for credentials; ArcGIS asks with 499, usually inside an HTTP 200 body."},
			{403, "ArcGIS answers 403 when a valid token belongs to a user without access; adding a token fixes 499 but not 403."},
		},
		Specs: []Spec{
			{"Esri Support: Error: Authentication token required. (status code 499)", "https://support.esri.com/en-us/knowledge-base/error-authentication-token-required-status-code-499-000022899"},
			{"Esri ArcGIS REST JS: Error handling (ArcGISAuthError)", "https://developers.arcgis.com/arcgis-rest-js/error-handling"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, once a valid token is attached; without one the answer stays the same.",
			RetryAfter:  false,
		},
		Keywords: []string{"secured layer", "ArcGIS Online", "sign in required", "anonymous access", "Esri", "feature layer"},
	},
}
