package data

import "fmt"

// Class is one of the five classes of status codes defined by the first
// digit (RFC 9110, Section 15).
type Class struct {
	// Digit is the first digit of every code in the class, 1 to 5.
	Digit int
	// Name is the class's name in RFC 9110 ("Server Error").
	Name string
	// Summary is one sentence on what the class means.
	Summary string
	// Explanation says more about the class, in paragraphs separated by blank lines.
	Explanation string
	// Spec is the section of RFC 9110 that defines the class.
	Spec Spec
}

// Label is the class as people write it: "5xx".
func (c Class) Label() string { return fmt.Sprintf("%dxx", c.Digit) }

// Classes are the five classes in order.
var Classes = []Class{
	{
		Digit:   1,
		Name:    "Informational",
		Summary: "An interim answer: the request was received and work on it continues; the final response is still to come.",
		Explanation: `A 1xx response never ends an exchange. The server sends it before the final response to let the client know something early: that it may go on sending a large body, that the connection is about to switch protocols, or which resources it will probably need.

A 1xx response has a status line and header fields but never any content. Clients that do not understand a particular 1xx code must still accept and skip it, which is why servers can send them to HTTP/1.1 clients without asking first. HTTP/1.0 clients do not know the class at all, so servers must not send them one.`,
		Spec: Spec{"RFC 9110, Section 15.2", "https://www.rfc-editor.org/rfc/rfc9110#section-15.2"},
	},
	{
		Digit:   2,
		Name:    "Successful",
		Summary: "The server received, understood and accepted the request.",
		Explanation: `A 2xx code tells the client that its request did what it asked for. The precise code says how: 200 carries a representation of the result, 201 reports a newly created resource, 204 says there is nothing to send back, 206 delivers only the requested ranges.

Which content a 2xx response carries depends on the method: a GET returns the target resource, a POST usually returns the outcome of the action, a HEAD returns header fields alone.`,
		Spec: Spec{"RFC 9110, Section 15.3", "https://www.rfc-editor.org/rfc/rfc9110#section-15.3"},
	},
	{
		Digit:   3,
		Name:    "Redirection",
		Summary: "The client has to take a further step, usually following the Location header, to complete the request.",
		Explanation: `A 3xx code sends the client elsewhere, or tells it that the copy it already holds is still good. Redirects that carry a Location header can be followed automatically by user agents; the codes differ in whether the move is permanent (301, 308) or temporary (302, 303, 307), and in whether the client may switch the method to GET (301, 302 historically, 303 always) or must repeat it unchanged (307, 308).

304 Not Modified is the odd one out: it is not a redirect at all but the answer to a conditional request whose cached copy is still fresh.`,
		Spec: Spec{"RFC 9110, Section 15.4", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4"},
	},
	{
		Digit:   4,
		Name:    "Client Error",
		Summary: "The request itself is at fault: malformed, unauthorised, aimed at something that does not exist, or otherwise unacceptable.",
		Explanation: `A 4xx code means the server believes the client made a mistake, and that sending the same request again without changing it will fail the same way. Servers should include content explaining the problem, except in answer to HEAD.

Among the codes people meet most: 400 for a malformed request, 401 when credentials are missing or wrong, 403 when they are valid but not enough, 404 when nothing lives at the URL, 409 for a state conflict and 429 when the client is sending too many requests.`,
		Spec: Spec{"RFC 9110, Section 15.5", "https://www.rfc-editor.org/rfc/rfc9110#section-15.5"},
	},
	{
		Digit:   5,
		Name:    "Server Error",
		Summary: "The server, or something behind it, failed to carry out a request that looked valid.",
		Explanation: `A 5xx code puts the blame on the server side: an application crashed, a dependency was unreachable, a proxy got no usable answer from upstream, or the service is overloaded or down for maintenance. Servers should include content explaining whether the condition is temporary.

Which code appears tells you where to look. 500 points at the application itself; 502 and 504 at the link between a proxy or gateway and the server behind it; 503 at a service that refuses work for now and may say when to come back with Retry-After.`,
		Spec: Spec{"RFC 9110, Section 15.6", "https://www.rfc-editor.org/rfc/rfc9110#section-15.6"},
	},
}

// ClassOf returns the class a number belongs to, and false for numbers
// outside 100–599 (AWS's 000, LinkedIn's 999).
func ClassOf(number int) (Class, bool) {
	d := number / 100
	if number < 100 || d > 5 {
		return Class{}, false
	}
	return Classes[d-1], true
}

// OfClass returns the entries of a class in display order.
func OfClass(cl Class) []Code {
	var codes []Code
	for _, c := range All() {
		if c.Number/100 == cl.Digit && c.Number >= 100 {
			codes = append(codes, c)
		}
	}
	return codes
}

// OutsideClasses returns the entries whose number no class covers (AWS's
// 000, LinkedIn's 999), in display order.
func OutsideClasses() []Code {
	var codes []Code
	for _, c := range All() {
		if _, ok := ClassOf(c.Number); !ok {
			codes = append(codes, c)
		}
	}
	return codes
}
