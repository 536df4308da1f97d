package data

// vendorShopify holds the Shopify API's own codes beyond 430 (which sits
// with the other platforms in vendor_platforms.go): its reading of 423 for
// a locked shop, and the unregistered 540 and 783.
var vendorShopify = []Code{
	{
		Number:  423,
		Name:    "Locked",
		Vendor:  "Shopify",
		Status:  Unofficial,
		Summary: "Current since 2018: Shopify's API refuses every request for a shop it has locked, after repeated abuse of the API limits or an account problem.",
		Explanation: `Shopify uses the registered number with its own meaning: not a WebDAV lock on one resource, but a lock on the whole shop. Its API documentation says a shop is locked when it keeps exceeding the API request limits, or when something is wrong with the account, such as a suspected compromise or fraud risk. Until Shopify lifts the lock, Admin API calls for that shop get 423.

Shopify moved to this number on 30 August 2018; before that, requests to locked stores got 420, which Shopify dropped because 420 meant too many things. Code written before then may still look for 420.

The lock is not something the app can wait out: Retry-After is not sent, and retrying changes nothing. Like any 4xx it is not cacheable by default.`,
		Causes: []string{
			"The shop's apps repeatedly exceeded Shopify's API rate limits, so Shopify locked the shop rather than throttling single requests.",
			"Shopify detected a possible compromise of the shop or its credentials.",
			"An account problem, such as a fraud risk review, that Shopify resolves with the merchant.",
		},
		Fixes: []string{
			"Operator: the merchant contacts Shopify support; only Shopify can unlock the shop.",
			"Client: stop calling the shop's API while it is locked and alert a person, instead of retrying.",
			"Server: keep apps inside the rate limits (watch `X-Shopify-Shop-Api-Call-Limit` on REST, the query cost on GraphQL) so the lock does not recur.",
			"Client: treat 423 from Shopify as a locked shop, and any code still matching the old 420 for this case should match 423.",
		},
		Headers: []Header{
			{"X-Request-Id", "Shopify's identifier for the request; quote it to Shopify support."},
			{"X-Shopify-Shop-Api-Call-Limit", "On REST Admin API responses, how much of the request bucket is used (for example 32/40); staying well below the limit avoids locks."},
		},
		Example: `HTTP/1.1 423 Locked
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
X-Request-Id: 2b7c9e41-5a0d-4f83-b6e2-91c4d3a8f057
Content-Length: 32

{"errors":"This shop is locked"}`,
		Related: []int{429, 430, 402},
		Confusions: []Confusion{
			{429, "429 throttles single requests and clears after a short wait; Shopify's 423 locks the whole shop until Shopify lifts it."},
			{430, "430 rejects individual requests that look malicious; 423 refuses every request for the shop."},
			{402, "Shopify's 402 means the shop has an unpaid bill or is frozen for payment; 423 is a lock for abuse or account risk."},
		},
		Specs: []Spec{
			{"Shopify: API response status and error codes", "https://shopify.dev/docs/api/usage/response-codes"},
			{"Shopify changelog (30 August 2018): locked stores return 423 instead of 420", "https://shopify.dev/changelog/admin-api-requests-to-locked-stores-will-return-a-423-status-code-instead-of-420"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "No: nothing changes until Shopify unlocks the shop.",
			RetryAfter:  false,
		},
		Keywords: []string{"shop locked", "store locked", "Shopify 420", "Admin API locked", "fraud review"},
	},
	{
		Number:  540,
		Name:    "Temporarily Disabled",
		Vendor:  "Shopify",
		Status:  Unofficial,
		Summary: "Shopify's API endpoint has been switched off for a while and is expected back shortly.",
		Explanation: `Shopify lists 540 in its API response codes for an endpoint that is not available at the moment because Shopify has disabled it temporarily; it is meant to come back. It describes the endpoint, not the request or the shop, so every app calling that endpoint sees it at the same time.

540 is not registered, so generic clients treat it as a plain 500. It is not cacheable by default. The request itself is fine: send it again later, with backoff. Shopify documents no Retry-After for it.`,
		Causes: []string{
			"Shopify disabled the endpoint during an incident or maintenance.",
			"A feature behind the endpoint was switched off for a time while Shopify changed it.",
			"An app calling the endpoint at a moment when it was briefly out of service.",
		},
		Fixes: []string{
			"Client: retry later with exponential backoff; the request does not need to change.",
			"Operator: check Shopify's status page (shopifystatus.com) for an incident before debugging the app.",
			"Server: queue the work that depends on the endpoint so the app keeps running while it is disabled.",
		},
		Headers: []Header{
			{"X-Request-Id", "Shopify's identifier for the request; quote it to Shopify support if the endpoint stays disabled."},
		},
		Example: `HTTP/1.1 540 Temporarily Disabled
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
X-Request-Id: 6d1f0a93-7c2e-4b58-a0d4-3e9b5c7f2a16
Content-Length: 53

{"errors":"This endpoint is temporarily unavailable"}`,
		Related: []int{503, 500, 429},
		Confusions: []Confusion{
			{503, "503 says the whole service is unavailable for now; Shopify's 540 says one endpoint has been disabled on purpose."},
		},
		Specs: []Spec{
			{"Shopify: API response status and error codes", "https://shopify.dev/docs/api/usage/response-codes"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Yes, later, with backoff: the endpoint is expected back.",
			RetryAfter:  false,
		},
		Keywords: []string{"endpoint disabled", "Shopify API unavailable", "Shopify 540"},
	},
	{
		Number:  783,
		Name:    "Unexpected Token",
		Vendor:  "Shopify",
		Status:  Unofficial,
		Summary: "Shopify's API could not parse the request because its JSON has a syntax error; the number lies outside HTTP's five classes.",
		Explanation: `Shopify lists 783 among its API response codes for a request whose JSON body has a syntax error: a stray comma, a missing quote or brace, or a body that is not JSON at all. The name echoes the "Unexpected token" message JSON parsers give.

The number is outside the 100 to 599 range that RFC 9110 allows, so a client should treat it like a 5xx; many report an unknown status or a parse error instead. It is not cacheable, and sending the same body again fails the same way.`,
		Causes: []string{
			"A JSON body built by string concatenation, with a trailing comma, an unescaped quote or a missing brace.",
			"A body that is empty, form-encoded or otherwise not JSON, sent where the endpoint expects JSON.",
			"A body cut short by a proxy or a client bug, so the JSON ends early.",
		},
		Fixes: []string{
			"Client: build request bodies with a JSON encoder (`json.Marshal`, `JSON.stringify`) instead of by hand.",
			"Client: log the exact body sent and check it with a JSON validator such as `jq . body.json`.",
			"Client: if the answer is 400 rather than 783, check `Content-Type` as well: Shopify's documentation gives a `Content-Type` other than `application/json` as a cause of 400, not of 783.",
		},
		Headers: []Header{
			{"Content-Type", "Must be application/json for a JSON body; Shopify documents a wrong one as a cause of 400, so with 783 look at the body itself."},
			{"X-Request-Id", "Shopify's identifier for the request, useful when reporting a parse error you cannot explain."},
		},
		Example: `HTTP/1.1 783 Unexpected Token
Date: Wed, 25 Nov 2026 03:12:44 GMT
Content-Type: application/json; charset=utf-8
X-Request-Id: 9a4e6c20-3b71-4d0f-8e25-c17b6f9d3e48
Content-Length: 37

{"errors":"Unexpected token in JSON"}`,
		Related: []int{400, 422, 415},
		Confusions: []Confusion{
			{400, "400 is the registered code for a request that cannot be parsed; Shopify's 783 is its own number for the JSON case."},
			{422, "422 means the JSON parsed but its content failed validation; 783 means it did not parse."},
		},
		Specs: []Spec{
			{"Shopify: API response status and error codes", "https://shopify.dev/docs/api/usage/response-codes"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not unchanged: fix the JSON, then send it again.",
			RetryAfter:  false,
		},
		Keywords: []string{"JSON syntax error", "invalid JSON", "Shopify 783", "parse error"},
	},
}
