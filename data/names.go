package data

import (
	"slices"
	"strings"
)

// SpecName is the reason phrase one specification gives a status code, and
// where it says so.
type SpecName struct {
	// Phrase is the reason phrase as the section heading gives it.
	Phrase string `json:"phrase"`
	// Spec names the document: "RFC 7231", or an Internet-Draft's name.
	Spec string `json:"spec"`
	// Section is the section number inside Spec ("6.5.11"), empty for a
	// draft whose section numbers still move.
	Section string `json:"section"`
	// URL links to that section.
	URL string `json:"url"`
}

// codeNames is a code's phrases, oldest document first.
type codeNames struct {
	number int
	names  []namedIn
}

// namedIn is one row of the history: the phrase a document gives the code.
type namedIn struct {
	spec, section, phrase string
}

// phraseHistory lists, for every registered code, the phrase in RFC 2616,
// its successors of 2014 (RFC 7231, or RFC 7232/7233/7235 for the codes those
// took over) and RFC 9110, or in the extension RFCs that define the codes the
// core documents never had; oldest document first. 302 starts at RFC 2068,
// the last document to call it "Moved Temporarily". Headings were checked
// against the RFC texts: RFC 2616 from its plain text, the 2014 documents,
// RFC 6585, 7538, 7540, 7725, 8297, 8470 and 9110 from the HTTP working
// group's copies (github.com/httpwg/httpwg.github.io, specs/), the older
// extension RFCs from published copies of their text.
var phraseHistory = []codeNames{
	{100, []namedIn{{"RFC 2616", "10.1.1", "Continue"}, {"RFC 7231", "6.2.1", "Continue"}, {"RFC 9110", "15.2.1", "Continue"}}},
	{101, []namedIn{{"RFC 2616", "10.1.2", "Switching Protocols"}, {"RFC 7231", "6.2.2", "Switching Protocols"}, {"RFC 9110", "15.2.2", "Switching Protocols"}}},
	{102, []namedIn{{"RFC 2518", "10.1", "Processing"}}},
	{103, []namedIn{{"RFC 8297", "2", "Early Hints"}}},
	{104, []namedIn{{"draft-ietf-httpbis-resumable-upload", "", "Upload Resumption Supported"}}},
	{200, []namedIn{{"RFC 2616", "10.2.1", "OK"}, {"RFC 7231", "6.3.1", "OK"}, {"RFC 9110", "15.3.1", "OK"}}},
	{201, []namedIn{{"RFC 2616", "10.2.2", "Created"}, {"RFC 7231", "6.3.2", "Created"}, {"RFC 9110", "15.3.2", "Created"}}},
	{202, []namedIn{{"RFC 2616", "10.2.3", "Accepted"}, {"RFC 7231", "6.3.3", "Accepted"}, {"RFC 9110", "15.3.3", "Accepted"}}},
	{203, []namedIn{{"RFC 2616", "10.2.4", "Non-Authoritative Information"}, {"RFC 7231", "6.3.4", "Non-Authoritative Information"}, {"RFC 9110", "15.3.4", "Non-Authoritative Information"}}},
	{204, []namedIn{{"RFC 2616", "10.2.5", "No Content"}, {"RFC 7231", "6.3.5", "No Content"}, {"RFC 9110", "15.3.5", "No Content"}}},
	{205, []namedIn{{"RFC 2616", "10.2.6", "Reset Content"}, {"RFC 7231", "6.3.6", "Reset Content"}, {"RFC 9110", "15.3.6", "Reset Content"}}},
	{206, []namedIn{{"RFC 2616", "10.2.7", "Partial Content"}, {"RFC 7233", "4.1", "Partial Content"}, {"RFC 9110", "15.3.7", "Partial Content"}}},
	{207, []namedIn{{"RFC 2518", "10.2", "Multi-Status"}, {"RFC 4918", "11.1", "Multi-Status"}}},
	{208, []namedIn{{"RFC 5842", "7.1", "Already Reported"}}},
	{226, []namedIn{{"RFC 3229", "10.4.1", "IM Used"}}},
	{300, []namedIn{{"RFC 2616", "10.3.1", "Multiple Choices"}, {"RFC 7231", "6.4.1", "Multiple Choices"}, {"RFC 9110", "15.4.1", "Multiple Choices"}}},
	{301, []namedIn{{"RFC 2616", "10.3.2", "Moved Permanently"}, {"RFC 7231", "6.4.2", "Moved Permanently"}, {"RFC 9110", "15.4.2", "Moved Permanently"}}},
	{302, []namedIn{{"RFC 2068", "10.3.3", "Moved Temporarily"}, {"RFC 2616", "10.3.3", "Found"}, {"RFC 7231", "6.4.3", "Found"}, {"RFC 9110", "15.4.3", "Found"}}},
	{303, []namedIn{{"RFC 2616", "10.3.4", "See Other"}, {"RFC 7231", "6.4.4", "See Other"}, {"RFC 9110", "15.4.4", "See Other"}}},
	{304, []namedIn{{"RFC 2616", "10.3.5", "Not Modified"}, {"RFC 7232", "4.1", "Not Modified"}, {"RFC 9110", "15.4.5", "Not Modified"}}},
	{305, []namedIn{{"RFC 2616", "10.3.6", "Use Proxy"}, {"RFC 7231", "6.4.5", "Use Proxy"}, {"RFC 9110", "15.4.6", "Use Proxy"}}},
	{306, []namedIn{{"RFC 2616", "10.3.7", "(Unused)"}, {"RFC 7231", "6.4.6", "(Unused)"}, {"RFC 9110", "15.4.7", "(Unused)"}}},
	{307, []namedIn{{"RFC 2616", "10.3.8", "Temporary Redirect"}, {"RFC 7231", "6.4.7", "Temporary Redirect"}, {"RFC 9110", "15.4.8", "Temporary Redirect"}}},
	{308, []namedIn{{"RFC 7538", "3", "Permanent Redirect"}, {"RFC 9110", "15.4.9", "Permanent Redirect"}}},
	{400, []namedIn{{"RFC 2616", "10.4.1", "Bad Request"}, {"RFC 7231", "6.5.1", "Bad Request"}, {"RFC 9110", "15.5.1", "Bad Request"}}},
	{401, []namedIn{{"RFC 2616", "10.4.2", "Unauthorized"}, {"RFC 7235", "3.1", "Unauthorized"}, {"RFC 9110", "15.5.2", "Unauthorized"}}},
	{402, []namedIn{{"RFC 2616", "10.4.3", "Payment Required"}, {"RFC 7231", "6.5.2", "Payment Required"}, {"RFC 9110", "15.5.3", "Payment Required"}}},
	{403, []namedIn{{"RFC 2616", "10.4.4", "Forbidden"}, {"RFC 7231", "6.5.3", "Forbidden"}, {"RFC 9110", "15.5.4", "Forbidden"}}},
	{404, []namedIn{{"RFC 2616", "10.4.5", "Not Found"}, {"RFC 7231", "6.5.4", "Not Found"}, {"RFC 9110", "15.5.5", "Not Found"}}},
	{405, []namedIn{{"RFC 2616", "10.4.6", "Method Not Allowed"}, {"RFC 7231", "6.5.5", "Method Not Allowed"}, {"RFC 9110", "15.5.6", "Method Not Allowed"}}},
	{406, []namedIn{{"RFC 2616", "10.4.7", "Not Acceptable"}, {"RFC 7231", "6.5.6", "Not Acceptable"}, {"RFC 9110", "15.5.7", "Not Acceptable"}}},
	{407, []namedIn{{"RFC 2616", "10.4.8", "Proxy Authentication Required"}, {"RFC 7235", "3.2", "Proxy Authentication Required"}, {"RFC 9110", "15.5.8", "Proxy Authentication Required"}}},
	{408, []namedIn{{"RFC 2616", "10.4.9", "Request Timeout"}, {"RFC 7231", "6.5.7", "Request Timeout"}, {"RFC 9110", "15.5.9", "Request Timeout"}}},
	{409, []namedIn{{"RFC 2616", "10.4.10", "Conflict"}, {"RFC 7231", "6.5.8", "Conflict"}, {"RFC 9110", "15.5.10", "Conflict"}}},
	{410, []namedIn{{"RFC 2616", "10.4.11", "Gone"}, {"RFC 7231", "6.5.9", "Gone"}, {"RFC 9110", "15.5.11", "Gone"}}},
	{411, []namedIn{{"RFC 2616", "10.4.12", "Length Required"}, {"RFC 7231", "6.5.10", "Length Required"}, {"RFC 9110", "15.5.12", "Length Required"}}},
	{412, []namedIn{{"RFC 2616", "10.4.13", "Precondition Failed"}, {"RFC 7232", "4.2", "Precondition Failed"}, {"RFC 9110", "15.5.13", "Precondition Failed"}}},
	{413, []namedIn{{"RFC 2616", "10.4.14", "Request Entity Too Large"}, {"RFC 7231", "6.5.11", "Payload Too Large"}, {"RFC 9110", "15.5.14", "Content Too Large"}}},
	{414, []namedIn{{"RFC 2616", "10.4.15", "Request-URI Too Long"}, {"RFC 7231", "6.5.12", "URI Too Long"}, {"RFC 9110", "15.5.15", "URI Too Long"}}},
	{415, []namedIn{{"RFC 2616", "10.4.16", "Unsupported Media Type"}, {"RFC 7231", "6.5.13", "Unsupported Media Type"}, {"RFC 9110", "15.5.16", "Unsupported Media Type"}}},
	{416, []namedIn{{"RFC 2616", "10.4.17", "Requested Range Not Satisfiable"}, {"RFC 7233", "4.4", "Range Not Satisfiable"}, {"RFC 9110", "15.5.17", "Range Not Satisfiable"}}},
	{417, []namedIn{{"RFC 2616", "10.4.18", "Expectation Failed"}, {"RFC 7231", "6.5.14", "Expectation Failed"}, {"RFC 9110", "15.5.18", "Expectation Failed"}}},
	{418, []namedIn{{"RFC 2324", "2.3.2", "I'm a teapot"}, {"RFC 9110", "15.5.19", "(Unused)"}}},
	{421, []namedIn{{"RFC 7540", "9.1.2", "Misdirected Request"}, {"RFC 9110", "15.5.20", "Misdirected Request"}}},
	{422, []namedIn{{"RFC 2518", "10.3", "Unprocessable Entity"}, {"RFC 4918", "11.2", "Unprocessable Entity"}, {"RFC 9110", "15.5.21", "Unprocessable Content"}}},
	{423, []namedIn{{"RFC 2518", "10.4", "Locked"}, {"RFC 4918", "11.3", "Locked"}}},
	{424, []namedIn{{"RFC 2518", "10.5", "Failed Dependency"}, {"RFC 4918", "11.4", "Failed Dependency"}}},
	{425, []namedIn{{"RFC 8470", "5.2", "Too Early"}}},
	{426, []namedIn{{"RFC 7231", "6.5.15", "Upgrade Required"}, {"RFC 9110", "15.5.22", "Upgrade Required"}}},
	{428, []namedIn{{"RFC 6585", "3", "Precondition Required"}}},
	{429, []namedIn{{"RFC 6585", "4", "Too Many Requests"}}},
	{431, []namedIn{{"RFC 6585", "5", "Request Header Fields Too Large"}}},
	{451, []namedIn{{"RFC 7725", "3", "Unavailable For Legal Reasons"}}},
	{500, []namedIn{{"RFC 2616", "10.5.1", "Internal Server Error"}, {"RFC 7231", "6.6.1", "Internal Server Error"}, {"RFC 9110", "15.6.1", "Internal Server Error"}}},
	{501, []namedIn{{"RFC 2616", "10.5.2", "Not Implemented"}, {"RFC 7231", "6.6.2", "Not Implemented"}, {"RFC 9110", "15.6.2", "Not Implemented"}}},
	{502, []namedIn{{"RFC 2616", "10.5.3", "Bad Gateway"}, {"RFC 7231", "6.6.3", "Bad Gateway"}, {"RFC 9110", "15.6.3", "Bad Gateway"}}},
	{503, []namedIn{{"RFC 2616", "10.5.4", "Service Unavailable"}, {"RFC 7231", "6.6.4", "Service Unavailable"}, {"RFC 9110", "15.6.4", "Service Unavailable"}}},
	{504, []namedIn{{"RFC 2616", "10.5.5", "Gateway Timeout"}, {"RFC 7231", "6.6.5", "Gateway Timeout"}, {"RFC 9110", "15.6.5", "Gateway Timeout"}}},
	{505, []namedIn{{"RFC 2616", "10.5.6", "HTTP Version Not Supported"}, {"RFC 7231", "6.6.6", "HTTP Version Not Supported"}, {"RFC 9110", "15.6.6", "HTTP Version Not Supported"}}},
	{506, []namedIn{{"RFC 2295", "8.1", "Variant Also Negotiates"}}},
	{507, []namedIn{{"RFC 2518", "10.6", "Insufficient Storage"}, {"RFC 4918", "11.5", "Insufficient Storage"}}},
	{508, []namedIn{{"RFC 5842", "7.2", "Loop Detected"}}},
	{510, []namedIn{{"RFC 2774", "7", "Not Extended"}}},
	{511, []namedIn{{"RFC 6585", "6", "Network Authentication Required"}}},
}

// NameHistory returns the reason phrases the specifications have given a
// registered code, oldest document first, or nil for a number no
// specification defines.
func NameHistory(number int) []SpecName {
	i, found := slices.BinarySearchFunc(phraseHistory, number, func(h codeNames, n int) int { return h.number - n })
	if !found {
		return nil
	}
	var history []SpecName
	for _, n := range phraseHistory[i].names {
		history = append(history, SpecName{Phrase: n.phrase, Spec: n.spec, Section: n.section, URL: specURL(n.spec, n.section)})
	}
	return history
}

// NameChanged reports whether the specifications disagree on the code's
// reason phrase, which is when a page shows its name history.
func NameChanged(number int) bool {
	history := NameHistory(number)
	for _, n := range history {
		if n.Phrase != history[0].Phrase {
			return true
		}
	}
	return false
}

// specURL links to a section of an RFC on rfc-editor.org, or to a draft's
// page on the IETF datatracker.
func specURL(spec, section string) string {
	rfc, isRFC := strings.CutPrefix(spec, "RFC ")
	if !isRFC {
		return "https://datatracker.ietf.org/doc/" + spec + "/"
	}
	url := "https://www.rfc-editor.org/rfc/rfc" + rfc
	if section != "" {
		url += "#section-" + section
	}
	return url
}
