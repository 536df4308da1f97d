package data

// chooserSteps are the questions of the chooser. Answers name the next step
// or a recommendation ("use-NNN", in chooser_picks.go). Steps are listed in
// the order a reader meets them.
var chooserSteps = []ChooserStep{
	{
		ID:       ChooserStartID,
		Question: "What happened to the request?",
		Hint:     "Pick the closest answer; the next questions narrow it down.",
		Answers: []ChooserAnswer{
			{"It worked", "success"},
			{"The client should look elsewhere, or already has the content", "redirect"},
			{"The request is at fault or not allowed", "client-error"},
			{"The server, or something behind it, failed", "server-error"},
			{"Nothing final yet: I want to send an interim response first", "interim"},
		},
	},
	{
		ID:       "success",
		Question: "What is the outcome?",
		Answers: []ChooserAnswer{
			{"The body carries the result, or the resource asked for", "use-200"},
			{"A new resource was created", "use-201"},
			{"The work is queued and will finish later", "use-202"},
			{"The action is done and there is nothing to send back", "use-204"},
			{"The body carries only the byte ranges asked for with Range", "use-206"},
		},
	},
	{
		ID:       "redirect",
		Question: "Why is the answer not here?",
		Answers: []ChooserAnswer{
			{"The resource has moved to a new URL for good", "moved-permanently"},
			{"The resource is at another URL for now", "moved-temporarily"},
			{"The client sent a form or other action, and the result is at another URL", "use-303"},
			{"The client's cached copy is still current", "use-304"},
		},
	},
	{
		ID:       "moved-permanently",
		Question: "Must the client repeat the same method and body at the new URL?",
		Hint:     "Browsers following a 301 turn a POST into a GET and drop the body.",
		Answers: []ChooserAnswer{
			{"No: the URL is only ever fetched, as with web pages and files", "use-301"},
			{"Yes: it also receives POST, PUT or DELETE, as with an API", "use-308"},
		},
	},
	{
		ID:       "moved-temporarily",
		Question: "Must the client repeat the same method and body at the other URL?",
		Hint:     "Browsers following a 302 turn a POST into a GET and drop the body.",
		Answers: []ChooserAnswer{
			{"No: the URL is only ever fetched, as with web pages and login redirects", "use-302"},
			{"Yes: the request must arrive intact, as with API calls and uploads", "use-307"},
			{"No: it should fetch a different resource with GET, such as the result of a form post", "use-303"},
		},
	},
	{
		ID:       "client-error",
		Question: "What is wrong with the request?",
		Answers: []ChooserAnswer{
			{"Whether this client may have it: credentials, permissions, payment or a legal block", "access"},
			{"What it asks for: the URL or the method", "target"},
			{"What it carries: its syntax, values or formats", "content"},
			{"How it fits the resource's current state or version", "state"},
			{"How it was sent: too often, too big, too slowly, or over the wrong protocol", "delivery"},
		},
	},
	{
		ID:       "access",
		Question: "Why is the client refused?",
		Answers: []ChooserAnswer{
			{"It sent no credentials, or invalid or expired ones", "use-401"},
			{"Its credentials are fine, but it may not do this", "use-403"},
			{"You would rather not reveal that the resource exists", "use-404"},
			{"It has to pay first", "use-402"},
			{"A legal demand forbids serving it", "use-451"},
		},
	},
	{
		ID:       "target",
		Question: "What is wrong with what it asks for?",
		Answers: []ChooserAnswer{
			{"Nothing exists at this URL", "use-404"},
			{"Something did, and was removed for good", "use-410"},
			{"The URL exists but does not take this method", "use-405"},
			{"The server does not support this method anywhere", "use-501"},
		},
	},
	{
		ID:       "content",
		Question: "What is wrong with what it carries?",
		Answers: []ChooserAnswer{
			{"It cannot be parsed: broken syntax, bad framing, a malformed header", "use-400"},
			{"It parses, but the values fail validation", "use-422"},
			{"Its body is in a format or encoding you do not accept", "use-415"},
			{"It asks for a response format or language you cannot produce", "use-406"},
			{"Its Range header lies outside the content, or asks for too many ranges", "use-416"},
		},
	},
	{
		ID:       "state",
		Question: "How does it clash with the resource?",
		Hint:     "Conditions are the If-* request headers that make a request depend on the resource's current version.",
		Answers: []ChooserAnswer{
			{"It conflicts with the current state, such as a duplicate or a change of state not allowed now", "use-409"},
			{"It carries a condition that is now false: If-Match, If-Unmodified-Since, or If-None-Match on a write", "use-412"},
			{"It would change the resource without a condition, and you require one", "use-428"},
			{"It is a GET with If-None-Match or If-Modified-Since, and nothing has changed", "use-304"},
		},
	},
	{
		ID:       "delivery",
		Question: "What is wrong with how it was sent?",
		Answers: []ChooserAnswer{
			{"Too many requests in too short a time", "use-429"},
			{"Part of it is too large, or the body's length is missing", "size"},
			{"It took too long to arrive", "use-408"},
			{"It used a protocol or version you will not serve, or came in TLS early data", "protocol"},
		},
	},
	{
		ID:       "size",
		Question: "Which part is the problem?",
		Answers: []ChooserAnswer{
			{"The body is too large", "use-413"},
			{"The header fields are too large, often because of cookies", "use-431"},
			{"The URL is too long", "use-414"},
			{"The body's length is not declared and you need it up front", "use-411"},
		},
	},
	{
		ID:       "protocol",
		Question: "What is wrong with the protocol?",
		Answers: []ChooserAnswer{
			{"The client must switch to another protocol first, such as WebSocket", "use-426"},
			{"The request line names an HTTP version you do not support", "use-505"},
			{"It arrived in TLS 1.3 early data, and a replay of it would do harm", "use-425"},
		},
	},
	{
		ID:       "server-error",
		Question: "What went wrong on the server side?",
		Answers: []ChooserAnswer{
			{"Your code failed unexpectedly: a bug, a crash, a broken configuration", "use-500"},
			{"The server does not support what the request needs", "use-501"},
			{"You are a proxy or gateway, and the server behind you failed", "upstream"},
			{"The service is overloaded or down for maintenance", "use-503"},
			{"The request uses an HTTP version you do not support", "use-505"},
		},
	},
	{
		ID:       "upstream",
		Question: "How did the upstream server fail?",
		Answers: []ChooserAnswer{
			{"It refused or dropped the connection, or sent an invalid response", "use-502"},
			{"It did not answer within your time limit", "use-504"},
			{"There is no healthy upstream to send the request to", "use-503"},
		},
	},
	{
		ID:       "interim",
		Question: "What should the client know before the final response?",
		Hint:     "Interim (1xx) responses come before the final one; servers and WebSocket libraries usually send 100 and 101 for you.",
		Answers: []ChooserAnswer{
			{"It may go ahead and send the request body", "use-100"},
			{"You accept its request to switch protocols, such as to WebSocket", "use-101"},
			{"It can start loading what the page will need", "use-103"},
		},
	},
}
