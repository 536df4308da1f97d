package data

import (
	"fmt"
	"path"
	"strconv"
	"strings"
)

// The runtimes a code page shows snippets for, in the order shown.
const (
	RuntimeGo      = "Go (net/http)"
	RuntimeExpress = "Node.js (Express)"
	RuntimeFlask   = "Python (Flask)"
	RuntimeNginx   = "nginx"
)

// Snippet is how to send a code from one runtime: lines to paste into a
// handler (into a location block for nginx), or, when the runtime cannot
// send the code correctly, the reason instead.
type Snippet struct {
	Runtime string
	// Code is empty when Unavailable is set.
	Code string
	// Unavailable says why this runtime cannot send the code.
	Unavailable string
}

// HeaderValue is a header field with a realistic value.
type HeaderValue struct {
	Name, Value string
}

// requiredHeaders are the fields a response with the registered code must
// carry, or without which it misses its point (Retry-After on 429 and 503,
// Link on 103), as each entry's explanation and example say. The example
// checker and every snippet use this one table.
var requiredHeaders = map[int][]HeaderValue{
	101: {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}},
	103: {{"Link", "</style.css>; rel=preload; as=style"}},
	104: {{"Location", "https://example.com/uploads/7f3a9c2e51"}},
	201: {{"Location", "/orders/7781"}},
	206: {{"Content-Range", "bytes 0-1023/146515"}},
	301: {{"Location", redirectTarget}},
	302: {{"Location", redirectTarget}},
	303: {{"Location", redirectTarget}},
	307: {{"Location", redirectTarget}},
	308: {{"Location", redirectTarget}},
	401: {{"WWW-Authenticate", `Bearer realm="api"`}},
	405: {{"Allow", "GET, HEAD"}},
	407: {{"Proxy-Authenticate", `Basic realm="proxy"`}},
	416: {{"Content-Range", "bytes */146515"}},
	426: {{"Upgrade", "websocket"}, {"Connection", "Upgrade"}},
	429: {{"Retry-After", "120"}},
	503: {{"Retry-After", "120"}},
}

const redirectTarget = "https://example.com/new-page"

// RangeFile is the file the 206 snippets serve. Each runtime's file server
// answers a Range request with 206 and the Content-Range for that file,
// which no hand-written header can know in advance.
const RangeFile = "/srv/files/report.pdf"

// RequiredHeaders returns the header fields a response with the registered
// meaning of number must carry, nil when there are none.
func RequiredHeaders(number int) []HeaderValue { return requiredHeaders[number] }

func requiredHeadersOf(c Code) []HeaderValue {
	if c.Vendor != "" {
		return nil
	}
	return RequiredHeaders(c.Number)
}

// IsInterim reports whether number is an interim (1xx) response that a
// final response must follow; 101 is not, since HTTP ends with it.
func IsInterim(number int) bool {
	return number >= 100 && number < 200 && number != 101
}

func isRedirect(number int) bool {
	switch number {
	case 301, 302, 303, 307, 308:
		return true
	}
	return false
}

// nginxSpecial are the codes nginx's return directive does not send as
// they are (checked against nginx 1.22.1 by the runtime tests).
var nginxSpecial = map[int]string{
	408: "nginx treats 408 as an order to close the connection: `return 408;` sends no response at all.",
	444: "`return 444;` closes the connection without sending anything.",
	494: nginxSends400(494),
	495: nginxSends400(495),
	496: nginxSends400(496),
	497: nginxSends400(497),
	499: "nginx reserves 499 for requests the client gave up on: `return 499;` closes the connection without a response.",
}

func nginxSends400(number int) string {
	return fmt.Sprintf("`return %d;` sends 400 Bad Request: nginx turns its internal codes 494 to 497 into 400 before answering.", number)
}

// NoSnippetsReason says why a log-only code has no snippets, and is empty
// for every other code.
func NoSnippetsReason(c Code) string {
	if !c.LogOnly {
		return ""
	}
	return fmt.Sprintf("Nothing to send: %s uses %03d only internally and in its logs; no response carrying it ever reaches a client.", c.Vendor, c.Number)
}

// SnippetsFor returns how to send c from Go, Express, Flask and nginx, nil
// for a log-only code (see NoSnippetsReason).
func SnippetsFor(c Code) []Snippet {
	if c.LogOnly {
		return nil
	}
	return []Snippet{goSnippet(c), expressSnippet(c), flaskSnippet(c), nginxSnippet(c)}
}

func goSnippet(c Code) Snippet {
	s := Snippet{Runtime: RuntimeGo}
	status := strconv.Itoa(c.Number)
	if c.GoConstant != "" {
		status = "http." + c.GoConstant
	}
	headers := requiredHeadersOf(c)
	var lines []string
	switch {
	case c.Number == 101:
		// net/http treats WriteHeader(101) as a final response; switching
		// protocols means taking the connection over.
		var head strings.Builder
		head.WriteString(`"HTTP/1.1 101 Switching Protocols\r\n`)
		for _, h := range headers {
			head.WriteString(h.Name + ": " + h.Value + `\r\n`)
		}
		head.WriteString(`\r\n"`)
		lines = []string{
			"conn, rw, err := http.NewResponseController(w).Hijack()",
			"if err != nil {",
			"\thttp.Error(w, err.Error(), http.StatusInternalServerError)",
			"\treturn",
			"}",
			"defer conn.Close()",
			"// WebSocket also needs Sec-WebSocket-Accept: a WebSocket library does all this",
			"rw.WriteString(" + head.String() + ")",
			"rw.Flush()",
			"// conn now speaks the new protocol",
		}
	case c.Number == 206:
		lines = []string{fmt.Sprintf("http.ServeFile(w, r, %q) // 206 for a Range request", RangeFile)}
	case isRedirect(c.Number):
		lines = []string{fmt.Sprintf("http.Redirect(w, r, %s, %s)", goString(redirectTarget), status)}
	default:
		for _, h := range headers {
			lines = append(lines, fmt.Sprintf("w.Header().Set(%s, %s)", goString(h.Name), goString(h.Value)))
		}
		if c.Number == 100 {
			lines = append(lines, "// net/http sends it by itself if the request has Expect: 100-continue and the handler reads r.Body")
		}
		lines = append(lines, fmt.Sprintf("w.WriteHeader(%s)", status))
		if IsInterim(c.Number) {
			lines = append(lines, "// sent at once as an interim response; now write the final one")
		}
	}
	s.Code = strings.Join(lines, "\n")
	return s
}

// goString quotes s as a Go string literal, raw when it holds quotes.
func goString(s string) string {
	if strings.Contains(s, `"`) && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func expressSnippet(c Code) Snippet {
	s := Snippet{Runtime: RuntimeExpress}
	headers := requiredHeadersOf(c)
	switch {
	case c.Number == 100:
		s.Code = "// Node sends it by itself for Expect: 100-continue unless the server handles 'checkContinue'\nres.writeContinue();\n// then send the final response"
	case c.Number == 102:
		s.Code = "res.writeProcessing(); // then send the final response"
	case c.Number == 103 && len(headers) == 0:
		s.Unavailable = "Node writes a 103 only with at least one hint: `res.writeEarlyHints({})` with no Link sends nothing, and `res.status(103)` would make 103 the final status."
	case c.Number == 103:
		var fields []string
		for _, h := range headers {
			fields = append(fields, fmt.Sprintf("%s: %s", strings.ToLower(h.Name), jsString(h.Value)))
		}
		s.Code = fmt.Sprintf("res.writeEarlyHints({ %s });\n// then send the final response", strings.Join(fields, ", "))
	case c.Number == 101:
		s.Unavailable = "Express handles ordinary requests only. A 101 is written on the raw socket from the Node server's `upgrade` event, which a WebSocket library such as `ws` handles for you."
	case IsInterim(c.Number):
		s.Unavailable = fmt.Sprintf("Node sends only 100, 102 and 103 as interim responses (`writeContinue`, `writeProcessing`, `writeEarlyHints`); `res.status(%d)` would make %d the final status and leave the client waiting.", c.Number, c.Number)
	case c.Number == 206:
		s.Code = fmt.Sprintf("res.sendFile(%s); // 206 for a Range request", jsString(RangeFile))
	case isRedirect(c.Number):
		s.Code = fmt.Sprintf("res.redirect(%d, %s);", c.Number, jsString(redirectTarget))
	default:
		s.Code = plainExpress(c)
	}
	return s
}

// plainExpress sets the required headers and the status, the way that
// works unless the code is special.
func plainExpress(c Code) string {
	var lines []string
	for _, h := range requiredHeadersOf(c) {
		lines = append(lines, fmt.Sprintf("res.set(%s, %s);", jsString(h.Name), jsString(h.Value)))
	}
	return strings.Join(append(lines, fmt.Sprintf("res.status(%d).end();", c.Number)), "\n")
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

func flaskSnippet(c Code) Snippet {
	s := Snippet{Runtime: RuntimeFlask}
	switch {
	case c.Number == 101:
		s.Unavailable = "WSGI gives a Flask view no access to the connection, so it cannot switch protocols; WebSocket needs an extension that reaches past WSGI, or an ASGI framework."
	case c.Number == 100:
		s.Unavailable = "A Flask view cannot send it, and need not: the WSGI server answers `Expect: 100-continue` by itself, as PEP 3333 requires of HTTP/1.1 servers."
	case IsInterim(c.Number):
		s.Unavailable = "WSGI has no way to send an interim response: a Flask view can only return the final one, and returning a 1xx status would pass it off as final."
	case c.Number == 206:
		s.Code = fmt.Sprintf("return send_file(%s)  # 206 for a Range request", pyString(RangeFile))
	case isRedirect(c.Number):
		s.Code = fmt.Sprintf("return redirect(%s, %d)  # from flask import redirect", pyString(redirectTarget), c.Number)
	default:
		s.Code = plainFlask(c)
	}
	return s
}

// plainFlask returns the required headers with the status, the way that
// works unless the code is special.
func plainFlask(c Code) string {
	code := fmt.Sprintf(`return "", %d`, c.Number)
	if headers := requiredHeadersOf(c); len(headers) > 0 {
		var fields []string
		for _, h := range headers {
			fields = append(fields, pyString(h.Name)+": "+pyString(h.Value))
		}
		code += ", {" + strings.Join(fields, ", ") + "}"
	}
	return code
}

func pyString(s string) string {
	if strings.Contains(s, `"`) {
		return "'" + s + "'"
	}
	return `"` + s + `"`
}

func nginxSnippet(c Code) Snippet {
	s := Snippet{Runtime: RuntimeNginx}
	if why, special := nginxSpecial[c.Number]; special {
		s.Unavailable = why
		return s
	}
	switch {
	case c.Number == 101:
		s.Unavailable = "nginx does not switch protocols itself; it passes on the 101 of an upstream it proxies to, when configured with `proxy_http_version 1.1` and the client's Upgrade and Connection headers set on the proxied request."
	case c.Number < 200:
		s.Unavailable = "nginx cannot send an interim response with `return`: it would go out as the final status."
	case c.Number == 206:
		s.Code = fmt.Sprintf("root %s;  # static files get 206 for a Range request", path.Dir(RangeFile))
	case isRedirect(c.Number):
		// Without a URL, nginx sends these with an empty Location.
		s.Code = fmt.Sprintf("return %d %s;", c.Number, redirectTarget)
	default:
		s.Code = plainNginx(c)
	}
	return s
}

// plainNginx adds the required headers and returns the status, the way
// that works unless the code is special.
func plainNginx(c Code) string {
	var lines []string
	for _, h := range requiredHeadersOf(c) {
		// Without always, add_header applies only to 2xx and 3xx responses.
		lines = append(lines, fmt.Sprintf("add_header %s %s always;", h.Name, nginxString(h.Value)))
	}
	return strings.Join(append(lines, fmt.Sprintf("return %d;", c.Number)), "\n")
}

func nginxString(s string) string {
	if strings.Contains(s, `"`) {
		return "'" + s + "'"
	}
	return `"` + s + `"`
}
