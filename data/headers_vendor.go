package data

// headersVendor are the fields of the "Vendor-specific" group of the header index: fields that
// one product or company defines in its own documentation, and a few that several services use
// without any specification.
var headersVendor = []HeaderField{
	{
		Name:      "X-GUploader-UploadID",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Google",
		Summary:   "An identifier Google's upload front ends put on responses to uploads, such as the steps of a resumable upload to Cloud Storage.",
		Explanation: `Responses from Google's upload servers carry X-GUploader-UploadID, an opaque token naming the upload session or request on Google's side. It shows up on every step of a resumable upload, including the 308 answers that say which bytes have arrived.

Google does not document the field in its API references; its client libraries and support staff use it to find an upload in Google's logs. Treat it like any request ID: log it, quote it in a support case, never parse it.`,
		Syntax: "An opaque string of letters, digits, hyphens and underscores.",
		Examples: []string{
			"X-GUploader-UploadID: ADPycdtV8u1q7R3ZkX0",
			"x-guploader-uploadid: ABgVH8_2sPq3rRkq0Wd1Xx",
		},
		Handling: "Browsers and proxies ignore it. It is not the session URI of a resumable upload: resuming uses the Location returned by the first request, not this value.",
		Mistakes: []string{
			"Using it to resume an upload instead of the session URI from Location.",
			"Dropping it from logs, which leaves Google support nothing to search for.",
		},
		Related:  []string{"Location", "Range", "X-Request-Id"},
		Keywords: []string{"google upload id", "resumable upload", "gcs upload"},
	},
	{
		Name:      "X-Shopify-Shop-Api-Call-Limit",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Shopify",
		Summary:   "How full a shop's REST Admin API request bucket is for the calling app, as used/size (for example 32/40).",
		Explanation: `Shopify's REST Admin API limits each app per shop with a leaky bucket: requests fill it, and it drains at a steady rate. Every REST Admin API response says how full that bucket is, as the number of requests in it, a slash, and its size. A full bucket means the next call gets 429 Too Many Requests with Retry-After.

GraphQL Admin API calls are limited by query cost instead and report it in the response body's extensions, not in this header.`,
		Syntax: "Two integers separated by a slash: requests now in the bucket, then the bucket's size.",
		Examples: []string{
			"X-Shopify-Shop-Api-Call-Limit: 32/40",
			"X-Shopify-Shop-Api-Call-Limit: 399/400",
		},
		Handling: "Only API clients read it: a well-behaved app slows down as the first number nears the second, rather than waiting for 429.",
		Mistakes: []string{
			"Reading the first number as the calls left; it is the calls used.",
			"Assuming every shop's bucket holds 40: larger plans have larger buckets, so read the second number.",
			"Expecting it on GraphQL responses, which report cost in the body.",
		},
		Related: []string{"Retry-After", "X-RateLimit-Remaining", "RateLimit"},
		Specs: []Spec{
			{"Shopify docs: API rate limits", "https://shopify.dev/docs/api/usage/rate-limits"},
		},
		Keywords: []string{"shopify rate limit", "leaky bucket", "api call limit"},
	},
	{
		Name:        "CF-Ray",
		Group:       GroupVendor,
		Direction:   InBoth,
		Standing:    VendorField,
		Vendor:      "Cloudflare",
		AlsoKnownAs: []string{"CF-RAY", "Cf-Ray"},
		Summary:     "Cloudflare's Ray ID: an identifier for one request through Cloudflare, sent to the origin and returned to the client, with the data centre after the dash.",
		Explanation: `Every request that passes through Cloudflare gets a Ray ID. Cloudflare adds it as a request header on the way to the origin and returns the same value in its response, so the client, Cloudflare's logs and the origin's logs can be matched on it. The part after the dash is the code of the Cloudflare data centre that handled the request, such as FRA or SJC.

Cloudflare's error pages (the 52x origin errors, firewall blocks, the 1xxx errors) show the Ray ID, and Cloudflare support asks for it. Cloudflare warns that Ray IDs are not guaranteed to be unique, so treat one as a search key, not a primary key.`,
		Syntax: "Sixteen hexadecimal digits (the Ray ID proper), a hyphen and the data centre's location code.",
		Examples: []string{
			"CF-Ray: 8e6b1f0c2d4a7b39-FRA",
			"cf-ray: 9a1c3e5f7b2d4c68-SJC",
		},
		Handling: "Browsers ignore it. At the origin it arrives as a request header, so adding it to the access log format (in nginx, $http_cf_ray) ties each Cloudflare event to a line in your own logs.",
		Mistakes: []string{
			"Searching Cloudflare's logs with the whole value: the Ray ID is the part before the dash.",
			"Assuming a Ray ID is unique for all time; Cloudflare says two requests can share one.",
			"Parsing it with a pattern that does not allow the hyphen, so log pipelines silently drop it.",
		},
		Related: []string{"X-Request-Id", "Request-Id", "X-Amzn-Trace-Id", "Via", "Server"},
		Specs: []Spec{
			{"Cloudflare docs: Cloudflare HTTP headers, Cf-Ray", "https://developers.cloudflare.com/fundamentals/reference/http-headers/#cf-ray"},
			{"Cloudflare docs: Cloudflare Ray ID", "https://developers.cloudflare.com/fundamentals/reference/cloudflare-ray-id/"},
		},
		Keywords: []string{"cloudflare request id", "cf ray", "rayid", "cloudflare trace"},
	},
	{
		Name:      "Cf-Railgun",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Cloudflare",
		Summary:   "Added by Cloudflare to responses that passed through a Railgun listener, encoding compression ratio, flags and version; Railgun was shut down in January 2024.",
		Explanation: `Railgun was Cloudflare's accelerator for dynamic pages: a listener installed in the customer's network kept a compressed connection to Cloudflare and sent only the differences between versions of a page. Responses that went through it carried Cf-Railgun, a five-part value that Cloudflare's rg-diag tool decoded into the compression ratio, the Railgun flags that applied and the Railgun version. Captures also show values such as "direct (starting new WAN connection)".

Cloudflare announced Railgun's deprecation in June 2023 and turned it off on 31 January 2024. The header is now found only in old captures and logs.`,
		Syntax: "Five space-separated fields that only Cloudflare's rg-diag tool decoded; no public grammar exists.",
		Examples: []string{
			"Cf-Railgun: 2b8e17c04f 1.87 0.011302 0031 5360",
			"Cf-Railgun: direct (starting new WAN connection)",
		},
		Handling: "Browsers ignore it. Its presence once proved that a response had crossed the Railgun listener; today it means the capture predates 2024.",
		Mistakes: []string{
			"Troubleshooting Railgun behind a current 527 or Cf-Railgun value: the product is gone, so the source is old tooling, archived logs or something else reusing the name.",
		},
		Related: []string{"CF-Ray", "Via", "Content-Encoding"},
		Specs: []Spec{
			{"Cloudflare blog: Cloudflare is deprecating Railgun", "https://blog.cloudflare.com/deprecating-railgun/"},
			{"Cloudflare docs (archived): Railgun potential problems, decoding Cf-Railgun", "https://developers.cloudflare.com/railgun/user-guide/troubleshooting/potential-problems/"},
		},
		Keywords: []string{"cloudflare optimizer", "dynamic content compression", "wan accelerator"},
	},
	{
		Name:      "X-Amzn-Trace-Id",
		Group:     GroupVendor,
		Direction: InBoth,
		Standing:  VendorField,
		Vendor:    "Amazon Web Services",
		Summary:   "The trace header AWS load balancers add to requests before forwarding them, with a Root ID that follows one request through logs, targets and X-Ray.",
		Explanation: `When an Application Load Balancer receives a request it adds X-Amzn-Trace-Id, or updates it, before passing the request to the target. If the header is absent it creates one with a Root field; if a Root is already there, as when the request came through another AWS service, it keeps it and adds or updates a Self field, so the Root stays the same along the chain. Applications may add fields of their own, which the load balancer keeps but does not read.

The load balancer writes the value to its access log (the trace_id field), so one Root can be looked up in the load balancer's logs, the target's logs and AWS X-Ray, which uses the same header, with Parent and Sampled fields, to join the segments of a trace. Applications instrumented with the X-Ray SDK also return it in their responses.`,
		Syntax: "Semicolon-separated Field=version-time-id pairs: version 1, the epoch time in seconds as 8 hexadecimal digits and a 24-hex-digit identifier; Root and Self are the load balancer's fields.",
		Examples: []string{
			"X-Amzn-Trace-Id: Root=1-6752a1f3-5c1e2d3f4a5b6c7d8e9f0a1b",
			"X-Amzn-Trace-Id: Self=1-6752a1f3-0a1b2c3d4e5f60718293a4b5;Root=1-6752a1f3-5c1e2d3f4a5b6c7d8e9f0a1b;CalledFrom=checkout",
		},
		Handling: "The load balancer changes the header only on the way in, never in the response. If the request's headers exceed 7 KB it rewrites the header with a Root field alone, and for WebSockets tracing stops once the upgrade succeeds. Because clients can send the header too, AWS notes that an application may strip it from incoming requests rather than let users choose trace IDs or sampling.",
		Mistakes: []string{
			"Starting a new trace ID in every service instead of passing the incoming header on, which splits one request into unrelated traces.",
			"Expecting the load balancer to put it in the response: it changes only the request, and a response carries the header only if the application sends it back.",
			"Parsing it strictly: any service may add fields, so read it as a list of key=value pairs.",
		},
		Related: []string{"X-Request-Id", "X-Forwarded-For", "X-Amz-Cf-Id", "CF-Ray", "Via"},
		Specs: []Spec{
			{"AWS docs: Request tracing for your Application Load Balancer", "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-request-tracing.html"},
			{"AWS X-Ray docs: Concepts, tracing header", "https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html#xray-concepts-tracingheader"},
		},
		Keywords: []string{"distributed tracing", "correlation id", "alb request id", "elb logs"},
	},
	{
		Name:      "X-Amz-Cf-Id",
		Group:     GroupVendor,
		Direction: InBoth,
		Standing:  VendorField,
		Vendor:    "Amazon Web Services",
		Summary:   "Amazon CloudFront's identifier for one request, added to every request it forwards to the origin and returned to the viewer; AWS support asks for it.",
		Explanation: `CloudFront adds X-Amz-Cf-Id to every request it sends to an origin, along with Host and User-Agent, and returns an X-Amz-Cf-Id to the viewer as well. Its value is an opaque string that names the request inside CloudFront; CloudFront's standard logs record the same ID in their x-edge-request-id field, so one request can be followed from the browser to the logs to the origin.

Because CloudFront sets it, some origins treat its presence as proof that a request came through CloudFront. That proves nothing, since anyone can send the header; a secret custom origin header or origin access control does the job.`,
		Syntax: "An opaque string of letters, digits, hyphens and underscores, ending in == padding; treat it as a token, not something to parse.",
		Examples: []string{
			"X-Amz-Cf-Id: 7bQ3xLp0Tg9VdR2mWcJ5yKs8HnE1aFz4Uo6iYtPqXr_NbC-gD0hSlM==",
			"x-amz-cf-id: Jm4_Rk8sVe2QwN7cXb1LtY9hPz3Gf6UaKd0oIiE5yTnWq-BvCrMxSg==",
		},
		Handling: "Browsers ignore it. Origins receive it as a request header and can log it to match their entries with CloudFront's; other proxies pass it through.",
		Mistakes: []string{
			"Trusting its presence as proof that a request came through CloudFront; any client can send it.",
			"Quoting a Via or X-Cache value to AWS support instead of this ID, which is what identifies the request.",
		},
		Related: []string{"X-Amzn-Trace-Id", "Via", "CF-Ray", "X-Request-Id"},
		Specs: []Spec{
			{"AWS CloudFront API reference: OriginRequestPolicy (headers added to every origin request)", "https://docs.aws.amazon.com/cloudfront/latest/APIReference/API_OriginRequestPolicy.html"},
			{"AWS CloudFront docs: Standard logging reference (x-edge-request-id)", "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/standard-logs-reference.html"},
		},
		Keywords: []string{"cloudfront request id", "aws cdn", "edge request id"},
	},
	{
		Name:        "X-FEServer",
		Group:       GroupVendor,
		Direction:   InResponses,
		Standing:    VendorField,
		Vendor:      "Microsoft Exchange",
		Summary:     "Added by Exchange Server 2013 and later, and by Exchange Online, to name the front-end (Client Access) server that handled the request.",
		Explanation: `Exchange splits client access into front-end servers, which accept the HTTP connections for Outlook on the web, ActiveSync, EWS, Autodiscover and MAPI over HTTP, and the mailbox servers behind them. The front end names itself in X-FEServer on its responses, so a response tells you whose logs to read. Microsoft's guidance for EWS lists it, with X-TargetBEServer (the mailbox server that processed the request) and request-id, among the response headers worth logging for support.`,
		Syntax:      "One server name; Microsoft describes it as the FQDN of the Client Access server, and on-premises servers often send the short host name.",
		Examples: []string{
			"X-FEServer: EXCH01",
			"X-FEServer: AM6PR04CA0021",
		},
		Handling: "Browsers and mail clients ignore it. Reverse proxies in front of Exchange pass it on unless configured to remove it.",
		Mistakes: []string{
			"Leaving it visible on the internet: it reveals internal server names, which scanners read when they fingerprint Exchange.",
			"Reading it as the mailbox server: it names the front end; X-TargetBEServer names the back end.",
		},
		Related: []string{"Server", "Request-Id", "X-Request-Id", "Via"},
		Specs: []Spec{
			{"Microsoft: Instrumenting client requests for EWS and REST in Exchange", "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/instrumenting-client-requests-for-ews-and-rest-in-exchange"},
		},
		Keywords: []string{"owa", "outlook web access", "cas server", "exchange 2016", "exchange 2019"},
	},
	{
		Name:      "X-MS-Location",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Microsoft Exchange",
		Summary:   "Exchange ActiveSync's redirect header: sent with HTTP 451, it gives the URL a device must use for this and all later requests.",
		Explanation: `When an ActiveSync client reaches a server that cannot reach its mailbox, or there is a better server for it, Exchange answers 451 with X-MS-Location holding the ActiveSync URL to use. The client should use that URL for every later request, not just retry once. If the header is missing, the client runs Autodiscover again to find the right server.

It is ActiveSync's own mechanism, defined in [MS-ASHTTP]. Ordinary HTTP clients do not follow it, and a generic client will read the 451 as the registered Unavailable For Legal Reasons.`,
		Syntax: "An absolute https URL of an ActiveSync endpoint, ending in /Microsoft-Server-ActiveSync.",
		Examples: []string{
			"X-MS-Location: https://mail.example.com/Microsoft-Server-ActiveSync",
			"X-MS-Location: https://outlook.office365.com/Microsoft-Server-ActiveSync",
		},
		Handling: "Only ActiveSync clients act on it. Exchange sends the 451 with Cache-Control: private, so shared caches do not keep the redirect.",
		Mistakes: []string{
			"Following it for one request and then returning to the old server; the new URL applies to all later requests.",
			"Leaving devices configured with an internal or old server name, so every sync starts with another 451.",
		},
		Related: []string{"Location", "MS-ASProtocolVersion", "X-MS-PolicyKey", "Cache-Control"},
		Specs: []Spec{
			{"[MS-ASHTTP] Section 3.1.5.2.2, HTTP Error 451", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f"},
			{"[MS-ASHTTP] Section 4.2, FolderSync Request and Redirect Response", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/5702eaaa-e958-4c7f-8f31-71375b87228c"},
		},
		Keywords: []string{"eas redirect", "exchange redirect", "phone email not syncing", "mailbox moved"},
	},
	{
		Name:      "X-MS-PolicyKey",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Microsoft Exchange",
		Summary:   "Exchange ActiveSync request header with the device's current security policy key; a missing or stale key makes Exchange demand provisioning.",
		Explanation: `ActiveSync lets an organisation impose a security policy on devices, such as a PIN or encryption. A device fetches the policy with the Provision command, acknowledges it and receives a policy key, which it then sends in X-MS-PolicyKey with every command. When the key is missing or no longer current, because the device is new or an administrator changed its policy, Exchange answers 449 Retry With (or an ActiveSync status in the body) and the device must provision again.

[MS-ASHTTP] says a client that encodes its request parameters in the base64 query form should put the key there instead of in this header.`,
		Syntax: "The numeric policy key the server issued during provisioning.",
		Examples: []string{
			"X-MS-PolicyKey: 3942919513",
			"X-MS-PolicyKey: 1307199584",
		},
		Handling: "Exchange compares it with the key of the policy the device currently has to accept; proxies pass it through, and nothing outside ActiveSync reads it.",
		Mistakes: []string{
			"Repeating the original command after a 449 without provisioning first; the old key fails again.",
			"Using a sync client that never implements Provision, so it loops on 449 against any server with a device policy.",
		},
		Related: []string{"MS-ASProtocolVersion", "X-MS-Location", "Authorization"},
		Specs: []Spec{
			{"[MS-ASHTTP] Section 2.2.1.1.2.8, X-MS-PolicyKey", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/f09c4f5c-cb7a-4343-8755-cdab546d2d45"},
			{"[MS-OXPROTO] Section 2.5.14.5, provisioning with Exchange ActiveSync", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxproto/3764ce5a-8c53-4665-8cc7-07bafe0db341"},
		},
		Keywords: []string{"mdm", "exchange device policy", "need provisioning", "mobile device mailbox policy"},
	},
	{
		Name:      "MS-ASProtocolVersion",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Microsoft Exchange",
		Summary:   "Names the Exchange ActiveSync protocol version a device used to format its request, such as 14.1 or 16.1.",
		Explanation: `Every ActiveSync command carries MS-ASProtocolVersion so the server knows which version of the protocol the request follows. A device picks it from the versions the server lists in the MS-ASProtocolVersions header (note the plural) of its answer to OPTIONS. The valid values are 2.5, 12.0, 12.1, 14.0, 14.1, 16.0 and 16.1, the latest.

As with the policy key, a client that uses the base64-encoded query form puts the version there instead of in this header.`,
		Syntax: "One ActiveSync version number from the list the server offered.",
		Examples: []string{
			"MS-ASProtocolVersion: 16.1",
			"MS-ASProtocolVersion: 14.0",
		},
		Handling: "Only ActiveSync servers read it. Logging it helps tell old devices from new ones when a problem depends on the protocol version.",
		Mistakes: []string{
			"Sending a version the server did not list in MS-ASProtocolVersions.",
			"Confusing it with MS-ASProtocolVersions, the server's list of the versions it supports.",
		},
		Related: []string{"X-MS-PolicyKey", "X-MS-Location", "User-Agent"},
		Specs: []Spec{
			{"[MS-ASHTTP] Section 2.2.1.1.2.6, MS-ASProtocolVersion", "https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/53676b94-410d-48bb-b92b-7a88e1667dd9"},
		},
		Keywords: []string{"eas", "eas version", "mobile mail sync"},
	},
	{
		Name:        "Ms-Echo-Request",
		Group:       GroupVendor,
		Direction:   InResponses,
		Standing:    VendorField,
		Vendor:      "Microsoft",
		Summary:     "Sent with Microsoft's 449 Retry With: the value a client must echo back in Ms-Echo-Reply when it repeats the request.",
		Explanation: `Microsoft's WebDAV client extensions ([MS-WDV]) define 449 Retry With for a server that needs more from the client before it can answer, and require that response to carry Ms-Echo-Request. A client that supports the extension processes the response body without showing it to the user, then repeats the request with Ms-Echo-Reply set to the same value. The echo tells the server the client has done what was asked, so it must not answer the repeat with another 449.`,
		Syntax:      "An opaque value chosen by the server, to be copied unchanged.",
		Examples: []string{
			"Ms-Echo-Request: 5f2c9a41",
			"Ms-Echo-Request: 0a1d7e33-9c2b-4f61",
		},
		Handling: "Only clients that implement [MS-WDV] act on it; other clients treat the 449 as a plain 400 and ignore the header.",
		Mistakes: []string{
			"Sending 449 without it: the specification requires the header, and the client has nothing to echo on its retry.",
		},
		Related: []string{"Ms-Echo-Reply", "DAV"},
		Specs: []Spec{
			{"[MS-WDV] Section 2.2.6, 449 Retry With Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100"},
			{"[MS-WDV] Section 3.1.5.5, Retrying a Request with the 449 Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936"},
		},
		Keywords: []string{"windows webdav redirector", "webclient service"},
	},
	{
		Name:        "Ms-Echo-Reply",
		Group:       GroupVendor,
		Direction:   InRequests,
		Standing:    VendorField,
		Vendor:      "Microsoft",
		Summary:     "Sent when a client repeats a request after Microsoft's 449 Retry With, echoing the Ms-Echo-Request value to show it has acted on it.",
		Explanation: `After a 449 Retry With under Microsoft's WebDAV client extensions ([MS-WDV]), the client processes the response body and sends the request again with Ms-Echo-Reply carrying exactly the value of the Ms-Echo-Request header it received. A server that gets a request with Ms-Echo-Reply must not answer it with another 449, which keeps the exchange from looping.`,
		Syntax:      "The value of the Ms-Echo-Request header from the 449 response, unchanged.",
		Examples: []string{
			"Ms-Echo-Reply: 5f2c9a41",
			"Ms-Echo-Reply: 0a1d7e33-9c2b-4f61",
		},
		Handling: "Only servers that implement [MS-WDV] look for it; everything else ignores it.",
		Mistakes: []string{
			"Server: answering a request that carries Ms-Echo-Reply with another 449, which can loop for ever.",
			"Client: sending a value of its own instead of copying Ms-Echo-Request exactly.",
		},
		Related: []string{"Ms-Echo-Request", "DAV"},
		Specs: []Spec{
			{"[MS-WDV] Section 3.1.5.5, Retrying a Request with the 449 Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/31cfbd6d-fab9-475c-8309-96c91fc27936"},
			{"[MS-WDV] Section 2.2.6, 449 Retry With Status Code", "https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100"},
		},
		Keywords: []string{"windows webdav redirector", "webclient service"},
	},
	{
		Name:      "Shopify-Storefront-Buyer-IP",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Shopify",
		Summary:   "Passes the shopper's IP address on server-side Storefront API calls made with a private token, so Shopify can limit and screen each buyer separately.",
		Explanation: `Shopify's Storefront API accepts public tokens, meant for browsers and apps, and private tokens, meant for servers. When a server calls the API for its shoppers with a private token, every request comes from the server's own address; Shopify-Storefront-Buyer-IP tells Shopify which shopper each request is for, so its throttling and bot protection apply per buyer rather than to the server as a whole. Shopify's Hydrogen library adds it when you pass the buyer's IP to getPrivateTokenHeaders.

Without it a busy storefront server looks like one very active client, which invites throttling and 430 Shopify Security Rejection responses.`,
		Syntax: "One IPv4 or IPv6 address: the shopper's, not the server's.",
		Examples: []string{
			"Shopify-Storefront-Buyer-IP: 203.0.113.42",
			"Shopify-Storefront-Buyer-IP: 2001:db8::7c1",
		},
		Handling: "It belongs on requests that carry a private token; client-side requests with a public token come from the buyer directly and need no such header. Behind a CDN or load balancer, take the shopper's address from the forwarding header your own proxy sets.",
		Mistakes: []string{
			"Sending the server's or load balancer's address, which defeats the purpose.",
			"Copying a client-supplied X-Forwarded-For value without checking which proxy added it, letting a visitor pick any address.",
		},
		Related: []string{"Shopify-Storefront-Private-Token", "X-Forwarded-For", "Forwarded"},
		Specs: []Spec{
			{"Shopify: API authentication (Storefront API access tokens)", "https://shopify.dev/docs/api/usage/authentication"},
			{"Shopify Hydrogen React: createStorefrontClient", "https://shopify.dev/docs/api/hydrogen-react/latest/utilities/createstorefrontclient"},
		},
		Keywords: []string{"headless commerce", "shopify rate limit", "customer ip"},
	},
	{
		Name:        "Shopify-Storefront-Private-Token",
		Group:       GroupVendor,
		Direction:   InRequests,
		Standing:    VendorField,
		Vendor:      "Shopify",
		Summary:     "Carries a private (delegate) Storefront API access token for server-side requests; unlike a public token it must never reach a browser.",
		Explanation: `Storefront API requests from browsers and apps authenticate with a public access token in X-Shopify-Storefront-Access-Token. Requests from a server can use a private access token instead, sent in Shopify-Storefront-Private-Token; Shopify's Hydrogen documentation notes that it reduces the chance of throttling but must not be exposed to clients. Shopify expects the shopper's address in Shopify-Storefront-Buyer-IP alongside it. An app can hold at most 100 active storefront access tokens per shop.`,
		Syntax:      "The private access token exactly as Shopify issued it.",
		Examples: []string{
			"Shopify-Storefront-Private-Token: 5f8e0c2a7b9d4e1f3a6c8b0d2e4f6a81",
			"shopify-storefront-private-token: 0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
		},
		Handling: "Shopify treats it as a server-to-server credential. A token that leaks into client code or a public repository should be revoked and replaced.",
		Mistakes: []string{
			"Shipping the private token in front-end JavaScript or a mobile app, where anyone can read it; use a public token there.",
			"Using a private token without Shopify-Storefront-Buyer-IP, so every shopper shares the server's limits.",
		},
		Related: []string{"Shopify-Storefront-Buyer-IP", "Authorization"},
		Specs: []Spec{
			{"Shopify: API authentication (Storefront API access tokens)", "https://shopify.dev/docs/api/usage/authentication"},
			{"Shopify Hydrogen React: createStorefrontClient", "https://shopify.dev/docs/api/hydrogen-react/latest/utilities/createstorefrontclient"},
		},
		Keywords: []string{"delegate access token", "headless commerce", "server-side storefront"},
	},
	{
		Name:      "X-Esri-Authorization",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Esri ArcGIS",
		Summary:   "Carries an ArcGIS access token as a Bearer value, keeping it out of URLs; the header to use where ArcGIS sits behind web-tier authentication.",
		Explanation: `ArcGIS Server, ArcGIS Enterprise and ArcGIS Online accept tokens in a token query parameter, but Esri recommends a header for GET requests so that proxies, gateways and load balancers do not see or log the token. When the server uses web-tier authentication (Integrated Windows, HTTP Basic, PKI), the standard Authorization header already belongs to that login, so the ArcGIS token goes in X-Esri-Authorization instead; with ArcGIS's own authentication, Authorization: Bearer works too.

A missing token draws Esri's 499 Token Required and a rejected one 498 Invalid Token, often inside an HTTP 200 JSON body.`,
		Syntax: "The word Bearer, a space and the ArcGIS access token.",
		Examples: []string{
			"X-Esri-Authorization: Bearer 3NKHt6i2urmWtqOuugvr9bF5e1hL0dYq7Tx4GvzKcM8pRaJs",
			"x-esri-authorization: Bearer AAPK1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c",
		},
		Handling: "Only ArcGIS services read it. Proxies forward it, and unlike a token in the query string it does not end up in access logs that record URLs or in browser history.",
		Mistakes: []string{
			"Sending the token without the Bearer prefix.",
			"Using Authorization on a server behind web-tier authentication, where that header carries the Windows or Basic login and the ArcGIS token is not seen.",
			"Leaving the token in the URL, where proxy logs and Referer headers pick it up.",
		},
		Related: []string{"Authorization", "WWW-Authenticate", "Referer"},
		Specs: []Spec{
			{"Esri: Access ArcGIS token-secured web services (ArcGIS Enterprise)", "https://enterprise.arcgis.com/en/server/11.2/administer/linux/accessing-arcgis-token-secured-web-services.htm"},
			{"ArcGIS Developers: HTTP authorization headers", "https://developers.arcgis.com/documentation/security-and-authentication/reference/http-authorization-headers/"},
		},
		Keywords: []string{"arcgis rest api", "esri token header", "arcgis online api", "map service"},
	},
	{
		Name:        "X-LI-UUID",
		Group:       GroupVendor,
		Direction:   InResponses,
		Standing:    VendorField,
		Vendor:      "LinkedIn",
		Summary:     "LinkedIn's identifier for a response, on its API and web servers alike; LinkedIn asks developers to quote it when reporting server errors.",
		Explanation: `LinkedIn adds X-LI-UUID to its responses, from the REST API and the website, including the 999 answers its bot defences send. Its value is a short base64 string that identifies the response inside LinkedIn. LinkedIn's API error-handling guide names it, with x-li-fabric and x-li-request-id, among the response headers to record and send to LinkedIn support when server errors keep occurring.`,
		Syntax:      "A base64 string of 22 characters plus == padding, that is 16 bytes once decoded.",
		Examples: []string{
			"X-LI-UUID: AAX4kz8W0bN9dQm0oX1Ujw==",
			"x-li-uuid: 7kQpVw2LxN9fR3sYtGmB0A==",
		},
		Handling: "Browsers ignore it. API clients should log it with failed calls; it means nothing outside LinkedIn.",
		Mistakes: []string{
			"Reporting a LinkedIn API failure without it; support uses it to find the request.",
		},
		Related: []string{"X-Li-Pop", "X-Request-Id", "Request-Id"},
		Specs: []Spec{
			{"LinkedIn API guide: Error handling (500 Internal Server Error)", "https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling"},
		},
		Keywords: []string{"linkedin api error", "linkedin 999", "linkedin request id"},
	},
	{
		Name:        "X-Li-Pop",
		Group:       GroupVendor,
		Direction:   InResponses,
		Standing:    VendorField,
		Vendor:      "LinkedIn",
		Summary:     "Names the LinkedIn point of presence that answered a request; LinkedIn does not document it, so only its observed form is known.",
		Explanation: `LinkedIn's responses, including the 999 refusals its bot defences send, carry X-Li-Pop. LinkedIn does not document the header. Observed values have the form prod- followed by a short code, such as prod-ela4 or prod-lva1, which reads as a production point of presence (the edge site that answered). Comparing it across requests shows whether different networks reach different LinkedIn sites, which helps when only some of them are blocked.`,
		Syntax:      "Undocumented; observed values are prod- followed by a short site code, in lower or upper case.",
		Examples: []string{
			"X-Li-Pop: prod-lva1",
			"X-Li-Pop: PROD-ELA4",
		},
		Handling: "Browsers and clients ignore it.",
		Mistakes: []string{
			"Building logic on its value: LinkedIn publishes no meaning for it and can change it at any time.",
		},
		Related:  []string{"X-LI-UUID", "Via", "Server"},
		Keywords: []string{"linkedin 999", "linkedin edge", "linkedin blocked"},
	},
	{
		Name:      "X-Max-Assessments",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Qualys SSL Labs",
		Summary:   "Returned by the Qualys SSL Labs API on every successful call: how many assessments this client may run at the same time.",
		Explanation: `The SSL Labs assessment API limits how many server tests a client may have in progress. Every successful API response carries X-Max-Assessments with that limit, alongside X-Current-Assessments with the number the client is running, and the documentation asks clients to update their own count from them after each complete response. A client that starts more than the limit allows, or starts them too fast, gets 429; when the service itself is overloaded it answers 529 (or 503 in maintenance), and the client should pause for many minutes.

The info call returns the same limit in its maxAssessments field, which is why clients call it first.`,
		Syntax: "A decimal integer.",
		Examples: []string{
			"X-Max-Assessments: 25",
			"X-Max-Assessments: 5",
		},
		Handling: "Only SSL Labs clients read it. Qualys's own ssllabs-scan client stops altogether when the value is zero or below.",
		Mistakes: []string{
			"Ignoring it and starting assessments in parallel until a 429 arrives.",
			"Expecting it on error responses: SSL Labs documents it for successful calls only.",
		},
		Related: []string{"X-Current-Assessments", "Retry-After", "X-RateLimit-Remaining", "RateLimit"},
		Specs: []Spec{
			{"SSL Labs API v3 documentation: Access Rate and Rate Limiting", "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md"},
		},
		Keywords: []string{"qualys api", "ssl server test", "ssl labs rate limit", "tls scan"},
	},
	{
		Name:      "X-Current-Assessments",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Qualys SSL Labs",
		Summary:   "Returned by the Qualys SSL Labs API on every successful call: how many assessments this client has running right now.",
		Explanation: `SSL Labs counts the server tests each client has in progress. Every successful API response reports that count in X-Current-Assessments, next to the client's limit in X-Max-Assessments; the difference is how many new assessments the client may start. The documentation asks clients to update their state from the two headers after each complete response instead of keeping their own tally.

The info call returns the same count in its currentAssessments field.`,
		Syntax: "A decimal integer.",
		Examples: []string{
			"X-Current-Assessments: 3",
			"X-Current-Assessments: 0",
		},
		Handling: "Only SSL Labs clients read it; it changes as assessments finish, so read it from the latest response.",
		Mistakes: []string{
			"Keeping a local count and never correcting it from this header, so a client drifts into 429 responses.",
		},
		Related: []string{"X-Max-Assessments", "Retry-After", "X-RateLimit-Remaining"},
		Specs: []Spec{
			{"SSL Labs API v3 documentation: Access Rate and Rate Limiting", "https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md"},
		},
		Keywords: []string{"ssllabs", "ssl server test", "ssl labs rate limit", "tls scan"},
	},
	{
		Name:      "Non-Authoritative-Reason",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  VendorField,
		Vendor:    "Chromium",
		Summary:   "Added by Chromium-based browsers to redirects they invent themselves, such as the HSTS upgrade to https shown as 307 Internal Redirect; no server sent it.",
		Explanation: `When Chrome, Edge or another Chromium-based browser rewrites a request internally, its network stack fabricates a redirect response so that the rest of the browser can treat the change like any other redirect. The made-up response has the status line 307 Internal Redirect, a Location with the new URL, and Non-Authoritative-Reason saying why. The usual value is HSTS: the site is on the HSTS preload list, or told the browser earlier to use https only, so an http:// URL is upgraded before any request leaves the machine. Extensions that redirect requests produce other values, such as WebRequest API.

The header never crosses the network. It shows up in developer tools, HAR files and tools built on them; Lighthouse, for one, uses it to tell HSTS upgrades from real redirects.`,
		Syntax: "A short free-text reason chosen by the browser, such as HSTS.",
		Examples: []string{
			"Non-Authoritative-Reason: HSTS",
			"Non-Authoritative-Reason: WebRequest API",
		},
		Handling: "Nothing on the network sees it, and server logs show no trace of the internal redirect: the first request the server receives is already the https one.",
		Mistakes: []string{
			"Hunting for the server or proxy that sent the 307: with this header present the browser made it up, and no server change will remove it.",
			"Trying to stop an unwanted https upgrade on the server: the HSTS state lives in the browser (chrome://net-internals/#hsts) or in the preload list built into it.",
		},
		Related: []string{"Strict-Transport-Security", "Location"},
		Specs: []Spec{
			{"Chromium source: net/url_request/redirect_util.cc (SynthesizeRedirectHeaders)", "https://source.chromium.org/chromium/chromium/src/+/main:net/url_request/redirect_util.cc"},
		},
		Keywords: []string{"chrome forces https", "devtools 307", "http to https"},
	},
	{
		Name:      "Request-Id",
		Group:     GroupVendor,
		Direction: InResponses,
		Standing:  Conventional,
		Summary:   "A response header in which some APIs, Stripe and Microsoft Exchange among them, return their own ID for the request, to log and quote to support.",
		Explanation: `Request-Id has no specification, but several services use it for the same purpose: their own identifier for the request, returned so the caller can log it and quote it. Stripe sends one on every API response, req_ followed by letters and digits, and the same ID appears in the request logs of its Dashboard. Exchange's EWS and REST endpoints return request-id, a GUID, and Microsoft asks developers to log it together with the client-request-id they sent.

It is the same idea as the more common X-Request-Id, which proxies and frameworks often also accept from the client to tie their logs together.`,
		Syntax: "An opaque identifier chosen by the server: Stripe's start with req_, Exchange's are GUIDs.",
		Examples: []string{
			"Request-Id: req_7hV2rK9mQx3LpT",
			"request-id: 4f9b2c1e-7a6d-4e3b-9f1a-2c8d5e6b7a90",
		},
		Handling: "Proxies and caches pass it through. Stripe's official libraries expose it on the response object, so clients can log it with every failed call.",
		Mistakes: []string{
			"Not logging it: once the response is gone, support has no quick way to find the request.",
			"Confusing it with Idempotency-Key: the request ID names one attempt, while the idempotency key the client chooses ties retries of one operation together.",
		},
		Related: []string{"X-Request-Id", "Idempotency-Key", "CF-Ray", "X-Amzn-Trace-Id", "X-FEServer"},
		Specs: []Spec{
			{"Stripe API reference: Request IDs", "https://docs.stripe.com/api/request_ids"},
			{"Microsoft: Instrumenting client requests for EWS and REST in Exchange", "https://learn.microsoft.com/en-us/exchange/client-developer/exchange-web-services/instrumenting-client-requests-for-ews-and-rest-in-exchange"},
		},
		Keywords: []string{"correlation id", "support ticket", "trace id", "stripe request id"},
	},
	{
		Name:      "X-CSRF-TOKEN",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Laravel",
		Summary:   "Carries Laravel's plain CSRF token on JavaScript requests, usually copied from the csrf-token meta tag; a missing or stale token ends in 419.",
		Explanation: `Laravel's CSRF middleware checks every POST, PUT, PATCH and DELETE request in the web middleware group. It looks for the token first in the _token form field, then in X-CSRF-TOKEN, and compares it with the token stored in the user's session. Pages usually print the token into <meta name="csrf-token"> and JavaScript copies it into this header on every request. A missing or mismatched token makes Laravel answer 419 Page Expired, or a JSON "CSRF token mismatch." error.

The value is the plain token from csrf_token(). Ruby on Rails reads a header of the same name for the same purpose.`,
		Syntax: "The session's CSRF token as csrf_token() returns it, unencrypted.",
		Examples: []string{
			"X-CSRF-TOKEN: v4Jg3k9QpLr2ZxW8sYtB1mNcE6hDaF0uKoIe5qTz",
			"x-csrf-token: 9sKd2LmQ7xVb3NpR8tYw1zHc5jFg0aUe4iOo6rEy",
		},
		Handling: "Laravel reads it only on routes with CSRF protection. Because it is a custom header, a cross-site form cannot set it, and a cross-origin fetch that sets it must pass a CORS preflight first.",
		Mistakes: []string{
			"Putting the encrypted XSRF-TOKEN cookie value in X-CSRF-TOKEN: that one belongs in X-XSRF-TOKEN, which Laravel decrypts first.",
			"Caching pages with the meta tag in a shared cache, so visitors get someone else's token and every post fails with 419.",
			"Sending Django's X-CSRFToken spelling to Laravel, which does not read it.",
		},
		Related: []string{"X-XSRF-TOKEN", "Cookie", "Set-Cookie", "Origin"},
		Specs: []Spec{
			{"Laravel docs: CSRF Protection, X-CSRF-TOKEN", "https://laravel.com/docs/csrf#csrf-x-csrf-token"},
		},
		Keywords: []string{"ajax csrf", "laravel ajax", "jquery csrf"},
	},
	{
		Name:      "X-XSRF-TOKEN",
		Group:     GroupVendor,
		Direction: InRequests,
		Standing:  VendorField,
		Vendor:    "Laravel",
		Summary:   "Carries the encrypted CSRF token from Laravel's XSRF-TOKEN cookie; Axios and Angular copy the cookie into this header on their own.",
		Explanation: `Laravel sets an XSRF-TOKEN cookie holding the current CSRF token, encrypted like all its cookies. Some JavaScript libraries, Axios and Angular's HTTP client among them, read a cookie of that name and send its value back in X-XSRF-TOKEN on same-origin requests without any code from you. Laravel decrypts the header and compares the result with the session's token; a mismatch ends in 419 Page Expired.

This double-submit pattern works because a page on another site cannot read the cookie. Laravel Sanctum builds on it: a single-page app first requests /sanctum/csrf-cookie to receive the cookie, then sends the header on each state-changing request.`,
		Syntax: "The value of the XSRF-TOKEN cookie, URL-decoded but otherwise unchanged (Laravel's encrypted form).",
		Examples: []string{
			"X-XSRF-TOKEN: eyJpdiI6IlFaM2tOZ1JBbXc9PSIsInZhbHVlIjoiT2dWQ3J1c3lXdz09IiwibWFjIjoiNWQ0YyJ9",
			"x-xsrf-token: eyJpdiI6Ik1uT0x3eUk9IiwidmFsdWUiOiJyU2x4bU09IiwibWFjIjoiOGIxYSJ9",
		},
		Handling: "Laravel decrypts it before comparing. Libraries that send it automatically do so only for same-origin requests, so a front end on another domain has to send it itself, and the cookie must be readable by JavaScript.",
		Mistakes: []string{
			"Sending the plain csrf_token() value here: X-XSRF-TOKEN must hold the encrypted cookie value, while the plain token goes in X-CSRF-TOKEN.",
			"Forgetting to URL-decode the cookie value before copying it, so decryption fails.",
			"Calling the API from another domain without first fetching /sanctum/csrf-cookie, so there is no cookie to copy and every post gets 419.",
		},
		Related: []string{"X-CSRF-TOKEN", "Cookie", "Set-Cookie", "Origin"},
		Specs: []Spec{
			{"Laravel docs: CSRF Protection, X-XSRF-TOKEN", "https://laravel.com/docs/csrf#csrf-x-xsrf-token"},
			{"Laravel docs: Sanctum, CSRF protection for SPAs", "https://laravel.com/docs/sanctum#csrf-protection"},
		},
		Keywords: []string{"spa csrf", "laravel spa", "xsrf cookie"},
	},
}
