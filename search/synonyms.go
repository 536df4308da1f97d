package search

// synonyms are groups of words and phrases that mean the same thing to
// someone searching for a status code. Wherever a member appears, in the
// data or in a query, the index also sees the group as one concept, so any
// member finds the others: "throttled" finds "Too Many Requests", "timed
// out" finds "Gateway Timeout", "ALB" finds "AWS Elastic Load Balancing".
// A phrase matches only as a whole, in order; stopwords inside it are
// ignored. Members are written as people type them; they are normalised and
// stemmed like everything else.
//
// Add a group only when the words are interchangeable in this domain, not
// merely related: every member of a group matches every other one.
var synonyms = [][]string{
	// Being rate limited.
	{"rate limit", "rate limited", "rate limiting", "ratelimit", "ratelimited", "throttle", "throttled", "throttling", "too many requests"},
	// Time-outs, however they are spelt.
	{"timeout", "time out", "timed out", "time-out", "timing out", "timeouts"},
	// A proxy's view of the server behind it: nginx says upstream, HAProxy
	// and Apache say backend, the summaries say "the server behind it".
	{"upstream", "upstream server", "backend", "backend server", "back end", "server behind"},
	{"connection refused", "econnrefused", "refused connection", "refused to connect", "conn refused"},
	{"connection reset", "econnreset", "reset by peer"},
	{"websocket", "web socket", "ws", "wss"},
	{"login", "log in", "logged in", "logon", "log on", "sign in", "signin", "signed in", "sign on"},
	{"logout", "log out", "logged out", "sign out", "signout"},
	{"expired token", "token expired", "jwt expired", "expired jwt", "token expiry", "token has expired"},
	{"too large", "too big", "too huge", "oversized"},
	// AWS's load balancers, by every name people give them.
	{"aws", "amazon", "alb", "elb", "application load balancer", "elastic load balancing", "elastic load balancer"},
	{"esri", "arcgis"},
	{"iis", "microsoft iis", "internet information services"},
	{"url", "uri"},
	{"ssl", "tls"},
	{"cert", "certificate", "certs"},
	{"csrf", "xsrf", "cross site request forgery"},
	{"cors", "cross origin", "cross origin resource sharing"},
	{"wifi", "wi fi", "wlan"},
	{"email", "e mail"},
	{"http2", "http 2", "h2"},
	{"0 rtt", "0rtt", "zero round trip", "early data"},
	{"k8s", "kubernetes"},
	{"db", "database"},
	{"redirect", "redirection", "redirected", "redirecting"},
	{"maintenance", "scheduled downtime", "planned downtime", "maintenance mode"},
	{"ok", "okay"},
}
