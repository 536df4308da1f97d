package search

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"httpstatus/data"
)

// rankingCase is a query someone types, reading logs at 3 a.m., and what
// must come out on top. Expectations follow HTTP semantics and the vendors'
// documentation, not whatever the ranking happens to produce.
type rankingCase struct {
	query string
	// top is the code that must come first: "502", or "499 nginx" when the
	// number has several meanings. "403|419" accepts either.
	top string
	// also must appear among the first within results (3 when zero).
	also   []string
	within int
	why    string
}

var rankingCases = []rankingCase{
	// Numbers: the exact code first, a prefix lists codes in order.
	{query: "502", top: "502", why: "an exact number is that code"},
	{query: "404", top: "404", why: "an exact number is that code"},
	{query: "50", top: "500", also: []string{"501", "502"}, why: "a prefix lists its codes in order"},
	{query: "4", top: "400", also: []string{"401", "402"}, why: "one digit lists its class in order"},
	{query: "5xx", top: "500", also: []string{"501", "502"}, why: "5xx is the server error class"},
	{query: "4XX", top: "400", why: "4xx is the client error class, in any case"},
	{query: "499", top: "499 nginx", also: []string{"499 esri"}, within: 2, why: "both meanings of 499, the best known first"},
	{query: "000", top: "000 aws", why: "AWS logs 000 when no response was sent"},
	{query: "error 503", top: "503", why: "filler words around a number do not matter"},
	{query: "http 418", top: "418", why: "filler words around a number do not matter"},
	{query: "nginx 499", top: "499 nginx", why: "a vendor next to a number picks that vendor's meaning"},
	{query: "100 continue", top: "100", why: "number and name agree"},
	{query: "cloudflare 1016", top: "530", why: "Cloudflare's error 1016 comes with a 530"},
	{query: "error 1020 cloudflare", top: "403", why: "Cloudflare's firewall error 1020 comes with a 403"},
	{query: "cloudflare 1015", top: "429", why: "Cloudflare's rate-limit error 1015 comes with a 429"},
	{query: "spring boot 405", top: "405", why: "words that match nothing with the number leave the number"},

	// Names, former names and aliases.
	{query: "bad gateway", top: "502", why: "the name of 502"},
	{query: "gateway timeout", top: "504", also: []string{"502"}, why: "a phrase match wins: 504 is named gateway timeout"},
	{query: "gateway", top: "502", also: []string{"504"}, within: 2, why: "both names hold gateway; 502 is met far more often"},
	{query: "internal server error", top: "500", why: "the name of 500"},
	{query: "service unavailable", top: "503", why: "the name of 503"},
	{query: "not found", top: "404", why: "the name of 404"},
	{query: "too many requests", top: "429", why: "the name of 429"},
	{query: "payload too large", top: "413", why: "413's name in RFC 7231"},
	{query: "request entity too large", top: "413", why: "413's name in RFC 2616"},
	{query: "unprocessable entity", top: "422", why: "422's name before RFC 9110"},
	{query: "requested range not satisfiable", top: "416", why: "416's name in RFC 2616"},
	{query: "gateway time-out", top: "504", why: "504's name in RFC 2616"},
	{query: "service temporarily unavailable", top: "503", why: "the reason phrase Apache and nginx send with 503"},
	{query: "moved permanently", top: "301", also: []string{"308"}, why: "the name of 301; 308 is its method-keeping twin"},
	{query: "not modified", top: "304", why: "the name of 304"},
	{query: "method not allowed", top: "405", why: "the name of 405"},
	{query: "uri too long", top: "414", why: "the name of 414"},
	{query: "url too long", top: "414", why: "people say URL where the RFC says URI"},
	{query: "partial content", top: "206", why: "the name of 206"},
	{query: "early hints", top: "103", why: "the name of 103"},
	{query: "teapot", top: "418", why: "the teapot is 418"},
	{query: "i'm a teapot", top: "418", why: "418's well-known name"},
	{query: "forbidden", top: "403", why: "the name of 403"},
	{query: "unauthorized", top: "401", also: []string{"561 aws"}, within: 2, why: "the registered 401 before AWS's 561 of the same name"},
	{query: "see other", top: "303", why: "the name of 303"},
	{query: "temporary redirect", top: "307", why: "the name of 307"},
	{query: "switching protocols", top: "101", why: "the name of 101"},
	{query: "precondition failed", top: "412", why: "the name of 412"},
	{query: "request timeout", top: "408", why: "the name of 408, not the gateway's timeout"},
	{query: "request header or cookie too large", top: "494 nginx", why: "the page nginx shows for 494"},
	{query: "http.StatusTeapot", top: "418", why: "Go's constant for 418"},

	// Vendors.
	{query: "cloudflare", top: "520 cloudflare", also: []string{"521 cloudflare", "522 cloudflare", "524 cloudflare"}, within: 5, why: "Cloudflare's 52x codes"},
	{query: "nginx", top: "499 nginx|444 nginx", also: []string{"444 nginx", "499 nginx"}, within: 3, why: "nginx's own codes, the common ones first"},
	{query: "aws alb", top: "000 aws|460 aws|463 aws|464 aws|561 aws", why: "ALB is AWS's Application Load Balancer"},
	{query: "laravel", top: "419", why: "Laravel's code"},
	{query: "iis", top: "440 iis|449 iis|450 iis|451 iis", why: "Microsoft IIS's codes"},
	{query: "twitter", top: "420 twitter", why: "Twitter's code"},
	{query: "linkedin", top: "999", why: "LinkedIn's code"},
	{query: "shopify", top: "430", why: "Shopify's code"},
	{query: "arcgis", top: "498 esri|499 esri", why: "Esri ArcGIS's codes"},
	{query: "cloudflare timeout", top: "522|524", also: []string{"522", "524"}, why: "Cloudflare's two time-outs"},
	{query: "cloudflare connection refused", top: "521", why: "Cloudflare's code for a refused connection"},
	{query: "certificate", top: "495 nginx|496 nginx|526", also: []string{"526"}, why: "only vendors name codes for certificates"},
	{query: "activesync redirect", top: "451 iis", why: "Exchange ActiveSync's redirect, not the legal 451"},
	{query: "owa", top: "440 iis", why: "Outlook Web Access logs people out with 440"},

	// Symptoms and log lines.
	{query: "upstream timed out", top: "504", also: []string{"598"}, why: "nginx logs 'upstream timed out' and answers 504"},
	{query: "upstream", top: "502", also: []string{"504"}, why: "the upstream failed (502) or was too slow (504)"},
	{query: "connection refused", top: "502", also: []string{"521"}, why: "a proxy answers 502 when upstream refuses; 521 behind Cloudflare"},
	{query: "econnrefused", top: "502", also: []string{"521"}, why: "the errno of a refused connection"},
	{query: "no live upstreams", top: "502", why: "nginx log line for 502"},
	{query: "upstream prematurely closed connection", top: "502", why: "nginx log line for 502"},
	{query: "php-fpm", top: "502", why: "a dead PHP-FPM pool is the classic 502"},
	{query: "rate limit", top: "429", why: "429 is the rate-limit code"},
	{query: "rate limited", top: "429", also: []string{"420 twitter"}, why: "429, and Twitter's old 420"},
	{query: "throttled", top: "429", also: []string{"503"}, why: "throttling is 429; nginx limit_req answers 503"},
	{query: "file upload too big", top: "413", why: "an upload over the body limit"},
	{query: "client_max_body_size", top: "413", why: "the nginx directive behind 413"},
	{query: "csrf", top: "403|419", also: []string{"403", "419"}, why: "Django refuses with 403, Laravel with 419"},
	{query: "django csrf", top: "403", why: "Django refuses a failed CSRF check with 403"},
	{query: "csrf token mismatch", top: "419 laravel", why: "Laravel's CSRF failure"},
	{query: "page expired", top: "419 laravel", why: "the name of Laravel's 419"},
	{query: "client closed request", top: "499 nginx", why: "the name of nginx's 499"},
	{query: "ssl handshake failed", top: "525", why: "the name of Cloudflare's 525"},
	{query: "tls handshake failed", top: "525", why: "TLS is SSL's current name"},
	{query: "origin unreachable", top: "523", why: "Cloudflare's 523"},
	{query: "maintenance", top: "503", why: "down for maintenance is 503"},
	{query: "down for maintenance", top: "503", why: "down for maintenance is 503"},
	{query: "login required", top: "401", why: "401 asks for credentials"},
	{query: "not logged in", top: "401", why: "401 asks for credentials"},
	{query: "validation failed", top: "422", why: "well-formed content that fails validation"},
	{query: "legal", top: "451", why: "Unavailable For Legal Reasons, not IIS's 451"},
	{query: "censorship", top: "451", why: "451 was named for censorship"},
	{query: "not available in my country", top: "451", why: "geoblocking for legal reasons"},
	{query: "websocket", top: "101", also: []string{"426"}, within: 2, why: "a WebSocket handshake answers 101; 426 demands the upgrade"},
	{query: "range", top: "416", also: []string{"206"}, why: "range requests: 206 serves them, 416 refuses them"},
	{query: "resume download", top: "206", also: []string{"416"}, within: 2, why: "a resumed download is a range request"},
	{query: "cookie too large", top: "494 nginx", also: []string{"431"}, why: "nginx's page says Request Header Or Cookie Too Large"},
	{query: "header too large", top: "431", also: []string{"494 nginx"}, why: "431 is the registered code; nginx logs 494"},
	{query: "expired token", top: "401", also: []string{"498 esri"}, why: "an expired bearer token is 401 (RFC 6750); ArcGIS says 498"},
	{query: "jwt expired", top: "401", why: "an expired bearer token is 401"},
	{query: "etag", top: "304", also: []string{"412"}, why: "ETags validate caches (304) and guard writes (412)"},
	{query: "redirect permanent post", top: "308", why: "308 is the permanent redirect that keeps POST"},
	{query: "redirect after post", top: "303", why: "303 is the redirect after a POST"},
	{query: "redirect", top: "301|302|307|308", why: "the registered redirects, not IIS's 451 named Redirect"},
	{query: "too many redirects", top: "301", why: "redirect loops are usually 301s to HTTPS"},
	{query: "timeout", top: "504", also: []string{"408"}, why: "the gateway time-out is met most, the request time-out next"},
	{query: "cors preflight", top: "204", why: "preflights are answered with 204"},
	{query: "no space left on device", top: "507", why: "a full disk is 507"},
	{query: "disk full", top: "507", why: "a full disk is 507"},
	{query: "captive portal", top: "511", why: "captive portals send 511"},
	{query: "hotel wifi", top: "511", why: "hotel Wi-Fi portals send 511"},
	{query: "proxy authentication", top: "407", why: "407 asks for proxy credentials"},
	{query: "wrong content type", top: "415", why: "415 is the wrong request format"},
	{query: "json parse error", top: "400", why: "unparsable JSON is a bad request"},
	{query: "access denied", top: "403", why: "access denied is 403"},
	{query: "permission denied", top: "403", why: "nginx logs Permission denied for 403"},
	{query: "already exists", top: "409", why: "a duplicate is a conflict"},
	{query: "deleted", top: "410", why: "deliberately removed is 410"},
	{query: "something went wrong", top: "500", why: "the generic crash page"},
	{query: "server crashed", top: "500", why: "the generic crash"},
	{query: "site down", top: "503", why: "the registered code before Cloudflare's 521"},
	{query: "payment required", top: "402", why: "the name of 402"},
	{query: "card declined", top: "402", why: "Stripe answers a declined card with 402"},
	{query: "0-rtt", top: "425", why: "TLS early data is refused with 425"},
	{query: "loop detected", top: "508", why: "the name of 508"},
	{query: "not implemented", top: "501", why: "the name of 501"},
	{query: "http version not supported", top: "505", why: "the name of 505"},
	{query: "socket hang up", top: "444 nginx", why: "Node's message when nginx closes without answering"},
	{query: "empty reply from server", top: "520", why: "curl's message for Cloudflare's 520 case"},
	{query: "certbot renewal failed", top: "526", why: "an expired origin certificate behind Cloudflare"},
	{query: "cloudflared not running", top: "530", why: "a tunnel without its connector"},
	{query: "enhance your calm", top: "420 twitter", why: "Twitter's 420"},
	{query: "mtls", top: "495 nginx|496 nginx", why: "nginx's client certificate codes"},
	{query: "plain http request was sent to https port", top: "497 nginx", why: "nginx's message for 497"},
	{query: "heroku h12", top: "503", why: "Heroku's H12 reaches the client as 503"},
	{query: "retry-after", top: "429|503", also: []string{"429", "503"}, why: "Retry-After goes with 429 and 503"},
	{query: "www-authenticate", top: "401", why: "401 carries WWW-Authenticate"},
	{query: "slow upload", top: "408", why: "the client too slow to send is 408"},
	{query: "locked", top: "423", why: "the name of 423"},

	// Typos, spelling variants, case and accents.
	{query: "unauthorised", top: "401", why: "British spelling"},
	{query: "not fond", top: "404", why: "one letter missing"},
	{query: "gatway", top: "502", why: "one letter missing"},
	{query: "gatway timout", top: "504", why: "a letter missing in each word"},
	{query: "forbiden", top: "403", why: "one letter missing"},
	{query: "maintainance", top: "503", why: "the usual misspelling, two edits away"},
	{query: "interal server error", top: "500", why: "one letter missing"},
	{query: "unprocesable entity", top: "422", why: "one letter missing"},
	{query: "too many request", top: "429", why: "singular for plural"},
	{query: "SERVICE UNAVAILABLE", top: "503", why: "case never matters"},
	{query: "Gátéway Tímeout", top: "504", why: "accents never matter"},
	{query: "I’m a teapot", top: "418", why: "a typographic apostrophe"},
	{query: "bad gatew", top: "502", why: "the last word is still being typed"},
	{query: "too many req", top: "429", why: "the last word is still being typed"},
	{query: "too m", top: "429", why: "one letter of the last word is enough"},
	{query: "b", top: "502", why: "a first letter lists names starting with it"},
	{query: "intsrvr", top: "500", why: "scattered letters of a name"},
}

// spec matches a result against "502", "499 nginx" or "403|419".
func matches(c data.Code, spec string) bool {
	for _, alt := range strings.Split(spec, "|") {
		num, vendor, _ := strings.Cut(alt, " ")
		n, err := strconv.Atoi(num)
		if err != nil || c.Number != n {
			continue
		}
		if vendor != "" {
			if strings.Contains(strings.ToLower(c.Vendor), vendor) {
				return true
			}
			continue
		}
		// A bare number means the registered meaning when there is one.
		registered := false
		for _, m := range data.Lookup(n) {
			registered = registered || m.Vendor == ""
		}
		if !registered || c.Vendor == "" {
			return true
		}
	}
	return false
}

func label(c data.Code) string {
	if c.Vendor == "" {
		return fmt.Sprintf("%03d %s", c.Number, c.Name)
	}
	return fmt.Sprintf("%03d %s (%s)", c.Number, c.Name, c.Vendor)
}

func labels(rs []Result, n int) string {
	var out []string
	for _, r := range rs[:min(n, len(rs))] {
		out = append(out, label(r.Code))
	}
	return strings.Join(out, "; ")
}

func TestRanking(t *testing.T) {
	for _, tc := range rankingCases {
		name := fmt.Sprintf("%s finds %s first", tc.query, tc.top)
		t.Run(name, func(t *testing.T) {
			rs := Search(tc.query)
			if len(rs) == 0 {
				t.Fatalf("%q found nothing; want %s first (%s)", tc.query, tc.top, tc.why)
			}
			if !matches(rs[0].Code, tc.top) {
				t.Errorf("%q: first is %s; want %s (%s)\n\ttop: %s", tc.query, label(rs[0].Code), tc.top, tc.why, labels(rs, 5))
			}
			within := tc.within
			if within == 0 {
				within = 3
			}
			for _, want := range tc.also {
				found := false
				for _, r := range rs[:min(within, len(rs))] {
					found = found || matches(r.Code, want)
				}
				if !found {
					t.Errorf("%q: %s not in the first %d (%s)\n\ttop: %s", tc.query, want, within, tc.why, labels(rs, within))
				}
			}
		})
	}
}
