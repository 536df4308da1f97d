package data

import "slices"

// ClientBehaviour is one thing a kind of client is documented, or shown by
// a test here, to do when it gets a status code.
type ClientBehaviour struct {
	// Client is "Browsers", "fetch()", "curl" or "Googlebot".
	Client string `json:"client"`
	// Behaviour is one sentence in our words.
	Behaviour string `json:"behaviour"`
	// Source is the documentation, specification or source file that
	// states the behaviour.
	Source Spec `json:"source"`
	// Checked names the test that shows the behaviour against the real
	// client ("live: e2e/clients_test.go"), empty when only the source
	// vouches for it.
	Checked string `json:"checked"`
}

// clientRule gives one behaviour to a set of numbers: those listed in
// codes, and every number from..to except those in except. Sharing one
// rule between codes keeps each sentence in the bundle once.
type clientRule struct {
	codes    []int
	from, to int
	except   []int
	ClientBehaviour
}

func (r clientRule) covers(number int) bool {
	if slices.Contains(r.codes, number) {
		return true
	}
	return r.from != 0 && number >= r.from && number <= r.to && !slices.Contains(r.except, number)
}

// ClientsFor returns how clients react to number, grouped by client in
// clientOrder, or nil when nothing beyond the ordinary happens or the
// number never reaches a client (every meaning of it is LogOnly).
func ClientsFor(number int) []ClientBehaviour {
	meanings := Lookup(number)
	if !slices.ContainsFunc(meanings, func(c Code) bool { return !c.LogOnly }) {
		return nil
	}
	var found []ClientBehaviour
	for _, r := range clientRules {
		if r.covers(number) {
			found = append(found, r.ClientBehaviour)
		}
	}
	slices.SortStableFunc(found, func(a, b ClientBehaviour) int {
		return slices.Index(clientOrder, a.Client) - slices.Index(clientOrder, b.Client)
	})
	return found
}

// clientOrder is the order a code's behaviours are listed in.
var clientOrder = []string{"Browsers", "fetch()", "curl", "Googlebot"}

// The tests that run the real clients, named in Checked.
const (
	checkedInChromium = "live: e2e/clients_test.go"
	checkedWithCurl   = "live: data/clients_curl_test.go"
)

// Sources of the client behaviours; fetchRedirect is shared with
// comparisons.go.
var (
	fetchNetworkOrCache = Spec{"Fetch Standard, HTTP-network-or-cache fetch", "https://fetch.spec.whatwg.org/#http-network-or-cache-fetch"}
	fetchNetwork        = Spec{"Fetch Standard, HTTP-network fetch", "https://fetch.spec.whatwg.org/#http-network-fetch"}
	htmlNavigation      = Spec{"HTML Standard, 7.4.5 Populating a session history entry", "https://html.spec.whatwg.org/multipage/browsing-the-web.html#populating-a-session-history-entry"}
	chromiumHints       = Spec{"Chromium documentation, 103 Early Hints", "https://chromium.googlesource.com/chromium/src/+/main/docs/early-hints.md"}
	chromiumFreshness   = Spec{"Chromium source, net/http/http_response_headers.cc (GetFreshnessLifetimes)", "https://source.chromium.org/chromium/chromium/src/+/main:net/http/http_response_headers.cc"}
	curlRetry           = Spec{"curl 8.17.0 manual, --retry", "https://github.com/curl/curl/blob/curl-8_17_0/docs/cmdline-opts/retry.md"}
	curlLocation        = Spec{"curl 8.17.0 manual, --location", "https://github.com/curl/curl/blob/curl-8_17_0/docs/cmdline-opts/location.md"}
	curlFail            = Spec{"curl 8.17.0 manual, --fail", "https://github.com/curl/curl/blob/curl-8_17_0/docs/cmdline-opts/fail.md"}
	curlExpect          = Spec{"curl 8.17.0 source, lib/http.c (addexpect) and lib/http.h", "https://github.com/curl/curl/blob/curl-8_17_0/lib/http.c"}
	googleStatus        = Spec{"Google Search Central, How HTTP status codes affect Google Search", "https://developers.google.com/search/docs/crawling-indexing/http-network-errors"}
)

// The curl rules the live curl test runs against the real curl.
var (
	curlRetriesTransient = clientRule{codes: []int{408, 429, 500, 502, 503, 504}, ClientBehaviour: ClientBehaviour{"curl",
		"`--retry` counts it as transient and tries again, waiting as long as a Retry-After header asks.", curlRetry, checkedWithCurl}}
	curlRetriesCloudflareTimeouts = clientRule{codes: []int{522, 524}, ClientBehaviour: ClientBehaviour{"curl",
		"`--retry` tries again from curl " + curlRetriesCloudflareTimeoutsSince + " on; older versions, such as Debian 12's 7.88.1, give up at once.", curlRetry, checkedWithCurl}}
	curlRedirectPostBecomesGet = clientRule{codes: []int{301, 302, 303}, ClientBehaviour: ClientBehaviour{"curl",
		"Followed only with `-L`, which resends a `--data` POST as a GET without the body (`--post301`, `--post302`, `--post303` keep it) but keeps a method set with `-X` on every hop.", curlLocation, checkedWithCurl}}
	curlRedirectKeepsMethod = clientRule{codes: []int{307, 308}, ClientBehaviour: ClientBehaviour{"curl",
		"Followed only with `-L`, which repeats the same method and body at the new location.", curlLocation, checkedWithCurl}}
	curlFailsOnErrors = clientRule{from: 400, to: 999, ClientBehaviour: ClientBehaviour{"curl",
		"`--fail` makes curl exit with code 22 and print nothing; `--fail-with-body` (7.76.0) keeps the body.", curlFail, checkedWithCurl}}
	curlExpectsContinue = clientRule{codes: []int{100}, ClientBehaviour: ClientBehaviour{"curl",
		"Over HTTP/1.1 curl sends `Expect: 100-continue` with a body over 1 MiB or of unknown size and waits one second (`--expect100-timeout`) for the 100 before sending it anyway.", curlExpect, checkedWithCurl}}
)

// curlRetriesCloudflareTimeoutsSince is the first curl release whose
// --retry covers 522 and 524 (curl commit fe06127, src/tool_operate.c).
const curlRetriesCloudflareTimeoutsSince = "8.17.0"

// chromiumTenthOfAge is Chromium's heuristic lifetime for 200, 203 and
// 206; only the first two can be shown with a navigation.
const chromiumTenthOfAge = "Without Cache-Control or Expires, Chromium reuses it for a tenth of the time since its Last-Modified date, or not at all when there is none."

// clientRules are every client behaviour we state.
var clientRules = []clientRule{
	curlExpectsContinue,
	{codes: []int{100, 102, 103, 104}, ClientBehaviour: ClientBehaviour{"fetch()",
		"Scripts never see an interim response: fetch() resolves with the final status only.", fetchNetwork, checkedInChromium}},
	{codes: []int{103}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Chromium acts on the preload and preconnect links of a 103 only over HTTP/2 or HTTP/3, never over HTTP/1.1.", chromiumHints, checkedInChromium}},
	{codes: []int{103}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Chromium uses only the first 103 of a top-level navigation and ignores those sent to iframes and subresource requests.", chromiumHints, ""}},

	{codes: []int{200, 203}, ClientBehaviour: ClientBehaviour{"Browsers",
		chromiumTenthOfAge, chromiumFreshness, checkedInChromium}},
	{codes: []int{206}, ClientBehaviour: ClientBehaviour{"Browsers", chromiumTenthOfAge, chromiumFreshness, ""}},
	{codes: []int{200}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"The content goes on to indexing, which is not guaranteed; a page that reads like an error is reported as a soft 404.", googleStatus, ""}},
	{codes: []int{202}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot waits a limited time for the content, then passes on whatever it received for indexing.", googleStatus, ""}},
	{codes: []int{204}, ClientBehaviour: ClientBehaviour{"Browsers",
		"A navigation that gets 204 goes nowhere: the current page stays as it was.", htmlNavigation, checkedInChromium}},
	{codes: []int{205}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Navigation treats it like 204: the current page stays, form contents included, since browsers do not reset forms for it.", htmlNavigation, checkedInChromium}},
	{codes: []int{204}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot tells indexing it received no content, and Search Console may report a soft 404.", googleStatus, ""}},

	{codes: []int{300, 301, 308, 410}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Without Cache-Control or Expires, Chromium treats it as fresh forever and reuses it from its cache without asking the server again.", chromiumFreshness, checkedInChromium}},
	{codes: []int{204, 404, 405, 414, 451, 501}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Chromium does not reuse it from its cache without Cache-Control or Expires, although RFC 9111 would allow a heuristic lifetime.", chromiumFreshness, checkedInChromium}},
	{codes: []int{301, 302}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Followed automatically; a POST is repeated as a GET without its body, any other method is kept.", fetchRedirect, checkedInChromium}},
	{codes: []int{303}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Followed automatically with GET, whatever the original method (HEAD stays HEAD).", fetchRedirect, checkedInChromium}},
	{codes: []int{307, 308}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Followed automatically with the same method and body.", fetchRedirect, checkedInChromium}},
	{codes: []int{301, 302, 303, 307, 308}, ClientBehaviour: ClientBehaviour{"fetch()",
		"Followed like a navigation, up to 20 redirects; `redirect: \"manual\"` returns an opaque response instead and `redirect: \"error\"` rejects.", fetchRedirect, checkedInChromium}},
	curlRedirectPostBecomesGet,
	curlRedirectKeepsMethod,
	{codes: []int{301, 308}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot follows up to 10 hops and takes a permanent redirect as a strong sign that the target is the canonical URL.", googleStatus, ""}},
	{codes: []int{302, 303, 307}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot follows up to 10 hops and takes a temporary redirect as a weak sign that the target is the canonical URL.", googleStatus, ""}},
	{codes: []int{304}, ClientBehaviour: ClientBehaviour{"fetch()",
		"When the browser revalidated its own cached copy, the script gets that copy as a 200; it sees the 304 only if it sent the If-None-Match or If-Modified-Since itself.", fetchNetworkOrCache, checkedInChromium}},
	{codes: []int{304}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot reads it as unchanged since the last crawl; signals may be recalculated, indexing is otherwise unaffected.", googleStatus, ""}},

	{codes: []int{401}, ClientBehaviour: ClientBehaviour{"Browsers",
		"Chromium asks for a user name and password only when the 401 carries a WWW-Authenticate challenge it can answer, such as Basic; otherwise it shows the response body as the page.", fetchNetworkOrCache, checkedInChromium}},
	{codes: []int{401}, ClientBehaviour: ClientBehaviour{"fetch()",
		"A same-origin fetch() can raise the same login prompt; a cross-origin (CORS) request never does and gets the 401 as it is.", fetchNetworkOrCache, ""}},
	{codes: []int{407}, ClientBehaviour: ClientBehaviour{"Browsers",
		"The browser asks for proxy credentials; a fetch with no window to prompt in, such as one from a service worker, fails with a network error.", fetchNetworkOrCache, ""}},
	{codes: []int{401, 407}, ClientBehaviour: ClientBehaviour{"curl",
		"curl's manual warns that `--fail` can let this code through when authentication is involved.", curlFail, ""}},
	{codes: []int{421}, ClientBehaviour: ClientBehaviour{"Browsers",
		"The browser retries once on a new connection, provided it can send the request body again.", fetchNetworkOrCache, checkedInChromium}},
	curlRetriesTransient,
	curlRetriesCloudflareTimeouts,
	curlFailsOnErrors,
	{from: 400, to: 499, except: []int{429}, ClientBehaviour: ClientBehaviour{"Googlebot",
		"The URL is not indexed, or is dropped from the index; unlike 429, it does not slow the crawling of the site.", googleStatus, ""}},
	{codes: []int{429}, from: 500, to: 599, ClientBehaviour: ClientBehaviour{"Googlebot",
		"Googlebot slows its crawling of the host; indexed URLs stay for a while but are dropped if the errors persist.", googleStatus, ""}},
}
