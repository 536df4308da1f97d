package data

import (
	"slices"
	"strings"
)

// Library is a standard or widely used library that names status codes.
type Library struct {
	// Language is the programming language ("Python").
	Language string `json:"language"`
	// Library is the type, module or table holding the names
	// ("http.HTTPStatus").
	Library string `json:"library"`
	// Version is the release the names were read from.
	Version string `json:"version"`
	// Source is the file holding the names at that release, so the check
	// can be repeated.
	Source string `json:"source"`
}

// Constant is how one library names one status code.
type Constant struct {
	Library *Library `json:"library"`
	// Name is the constant, enum member or symbol as written in the
	// language (Python UNPROCESSABLE_CONTENT, Ruby :unprocessable_content);
	// for Node.js, whose table maps numbers to text, it is the text. Empty
	// when the library has nothing for the code.
	Name string `json:"name"`
	// Since is the first release with Name, or, when Name is empty, the
	// release that dropped Formerly. Empty when the name is older than the
	// oldest release compared (see libraries).
	Since string `json:"since,omitempty"`
	// Formerly is the name the library gave the code before Name, or beside
	// it, that is now an alias, deprecated or gone.
	Formerly string `json:"formerly,omitempty"`
}

// The libraries in the order of a constantRow's columns; Go comes first and
// takes its names from Code.GoConstant. Since values were found by reading
// every x.y.0 release from the oldest compared one to the newest.
var libraries = []Library{
	// Checked by goconstant_test.go against the toolchain's own net/http.
	{"Go", "net/http", "1.26", "https://github.com/golang/go/blob/go1.26.8/src/net/http/status.go"},
	// Compared live with python3 3.6 to 3.13 (pyenv) and with CPython main;
	// HTTPStatus dates from 3.5.
	{"Python", "http.HTTPStatus", "3.13", "https://github.com/python/cpython/blob/v3.13.0/Lib/http/__init__.py"},
	// Compared live with node v20.20.2; Node.js main has the same table.
	{"JavaScript", "Node.js http.STATUS_CODES", "20.20.2", "https://github.com/nodejs/node/blob/v20.20.2/lib/_http_server.js"},
	// Compared from 4.1. 7.0 deprecates PROCESSING, I_AM_A_TEAPOT,
	// BANDWIDTH_LIMIT_EXCEEDED and NOT_EXTENDED, which remain.
	{"Java", "Spring HttpStatus", "7.0.9", "https://github.com/spring-projects/spring-framework/blob/v7.0.9/spring-web/src/main/java/org/springframework/http/HttpStatus.java"},
	// No release tag could be read; this is the main branch at that commit.
	// The enum also has the synonyms Ambiguous (300), Moved (301),
	// Redirect (302), RedirectMethod (303) and RedirectKeepVerb (307), and
	// keeps UnprocessableEntity beside UnprocessableContent (422), which
	// .NET 8 added (dotnet/runtime#85841; its docs were ported for 8.0 in
	// dotnet/runtime#88569).
	{"C#", ".NET System.Net.HttpStatusCode", "main (8b9361f)", "https://github.com/dotnet/runtime/blob/8b9361fc73ecb94ec69c883ace79e54c9b6c34c9/src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs"},
	// Compared from 0.1.0.
	{"Rust", "http::StatusCode", "1.4.2", "https://github.com/hyperium/http/blob/v1.4.2/src/status.rs"},
	// Compared from 2.4, the first release with the constants.
	{"PHP", "Symfony Response::HTTP_*", "7.1.5", "https://github.com/symfony/symfony/blob/v7.1.5/src/Symfony/Component/HttpFoundation/Response.php"},
	// Compared from 2.0. Rack derives each symbol from its reason phrase;
	// the symbols dropped in 3.1 still work in status_code with a warning.
	{"Ruby", "Rack::Utils::SYMBOL_TO_STATUS_CODE", "3.2.7", "https://github.com/rack/rack/blob/v3.2.7/lib/rack/utils.rb"},
}

// Libraries returns the libraries ConstantsFor reports on, in its order.
// The slice is shared: do not modify it.
func Libraries() []Library { return libraries }

// constantRow holds a number's names in the libraries after Go, in their
// order. A cell is "NAME", "NAME|since" or "NAME|since|formerly"; NAME is
// "-" where the library has nothing for the number.
type constantRow struct {
	number int
	names  [7]string
}

var noConstant = [7]string{"-", "-", "-", "-", "-", "-", "-"}

// constantTable has a row for every number in the catalog, sorted.
var constantTable = []constantRow{
	{0, noConstant},
	{100, [7]string{"CONTINUE", "Continue", "CONTINUE", "Continue", "CONTINUE", "HTTP_CONTINUE", ":continue"}},
	{101, [7]string{"SWITCHING_PROTOCOLS", "Switching Protocols", "SWITCHING_PROTOCOLS", "SwitchingProtocols", "SWITCHING_PROTOCOLS", "HTTP_SWITCHING_PROTOCOLS", ":switching_protocols"}},
	{102, [7]string{"PROCESSING", "Processing", "PROCESSING", "Processing", "PROCESSING", "HTTP_PROCESSING", ":processing"}},
	{103, [7]string{"EARLY_HINTS|3.9", "Early Hints", "EARLY_HINTS|6.1|CHECKPOINT", "EarlyHints", "EARLY_HINTS|1.4", "HTTP_EARLY_HINTS|4.1", ":early_hints|2.1"}},
	{104, noConstant},
	{200, [7]string{"OK", "OK", "OK", "OK", "OK", "HTTP_OK", ":ok"}},
	{201, [7]string{"CREATED", "Created", "CREATED", "Created", "CREATED", "HTTP_CREATED", ":created"}},
	{202, [7]string{"ACCEPTED", "Accepted", "ACCEPTED", "Accepted", "ACCEPTED", "HTTP_ACCEPTED", ":accepted"}},
	{203, [7]string{"NON_AUTHORITATIVE_INFORMATION", "Non-Authoritative Information", "NON_AUTHORITATIVE_INFORMATION", "NonAuthoritativeInformation", "NON_AUTHORITATIVE_INFORMATION", "HTTP_NON_AUTHORITATIVE_INFORMATION", ":non_authoritative_information"}},
	{204, [7]string{"NO_CONTENT", "No Content", "NO_CONTENT", "NoContent", "NO_CONTENT", "HTTP_NO_CONTENT", ":no_content"}},
	{205, [7]string{"RESET_CONTENT", "Reset Content", "RESET_CONTENT", "ResetContent", "RESET_CONTENT", "HTTP_RESET_CONTENT", ":reset_content"}},
	{206, [7]string{"PARTIAL_CONTENT", "Partial Content", "PARTIAL_CONTENT", "PartialContent", "PARTIAL_CONTENT", "HTTP_PARTIAL_CONTENT", ":partial_content"}},
	{207, [7]string{"MULTI_STATUS", "Multi-Status", "MULTI_STATUS", "MultiStatus", "MULTI_STATUS", "HTTP_MULTI_STATUS", ":multi_status"}},
	{208, [7]string{"ALREADY_REPORTED", "Already Reported", "ALREADY_REPORTED", "AlreadyReported", "ALREADY_REPORTED", "HTTP_ALREADY_REPORTED", ":already_reported"}},
	{218, noConstant},
	{226, [7]string{"IM_USED", "IM Used", "IM_USED", "IMUsed", "IM_USED", "HTTP_IM_USED", ":im_used"}},
	{300, [7]string{"MULTIPLE_CHOICES", "Multiple Choices", "MULTIPLE_CHOICES", "MultipleChoices", "MULTIPLE_CHOICES", "HTTP_MULTIPLE_CHOICES", ":multiple_choices"}},
	{301, [7]string{"MOVED_PERMANENTLY", "Moved Permanently", "MOVED_PERMANENTLY", "MovedPermanently", "MOVED_PERMANENTLY", "HTTP_MOVED_PERMANENTLY", ":moved_permanently"}},
	{302, [7]string{"FOUND", "Found", "FOUND||MOVED_TEMPORARILY", "Found", "FOUND", "HTTP_FOUND", ":found"}},
	{303, [7]string{"SEE_OTHER", "See Other", "SEE_OTHER", "SeeOther", "SEE_OTHER", "HTTP_SEE_OTHER", ":see_other"}},
	{304, [7]string{"NOT_MODIFIED", "Not Modified", "NOT_MODIFIED", "NotModified", "NOT_MODIFIED", "HTTP_NOT_MODIFIED", ":not_modified"}},
	{305, [7]string{"USE_PROXY", "Use Proxy", "-|7.0|USE_PROXY", "UseProxy", "USE_PROXY", "HTTP_USE_PROXY", ":use_proxy"}},
	{306, [7]string{"-", "-", "-", "Unused", "-", "HTTP_RESERVED", "-"}},
	{307, [7]string{"TEMPORARY_REDIRECT", "Temporary Redirect", "TEMPORARY_REDIRECT", "TemporaryRedirect", "TEMPORARY_REDIRECT", "HTTP_TEMPORARY_REDIRECT", ":temporary_redirect"}},
	{308, [7]string{"PERMANENT_REDIRECT", "Permanent Redirect", "PERMANENT_REDIRECT", "PermanentRedirect", "PERMANENT_REDIRECT", "HTTP_PERMANENTLY_REDIRECT", ":permanent_redirect"}},
	{400, [7]string{"BAD_REQUEST", "Bad Request", "BAD_REQUEST", "BadRequest", "BAD_REQUEST", "HTTP_BAD_REQUEST", ":bad_request"}},
	{401, [7]string{"UNAUTHORIZED", "Unauthorized", "UNAUTHORIZED", "Unauthorized", "UNAUTHORIZED", "HTTP_UNAUTHORIZED", ":unauthorized"}},
	{402, [7]string{"PAYMENT_REQUIRED", "Payment Required", "PAYMENT_REQUIRED", "PaymentRequired", "PAYMENT_REQUIRED", "HTTP_PAYMENT_REQUIRED", ":payment_required"}},
	{403, [7]string{"FORBIDDEN", "Forbidden", "FORBIDDEN", "Forbidden", "FORBIDDEN", "HTTP_FORBIDDEN", ":forbidden"}},
	{404, [7]string{"NOT_FOUND", "Not Found", "NOT_FOUND", "NotFound", "NOT_FOUND", "HTTP_NOT_FOUND", ":not_found"}},
	{405, [7]string{"METHOD_NOT_ALLOWED", "Method Not Allowed", "METHOD_NOT_ALLOWED", "MethodNotAllowed", "METHOD_NOT_ALLOWED", "HTTP_METHOD_NOT_ALLOWED", ":method_not_allowed"}},
	{406, [7]string{"NOT_ACCEPTABLE", "Not Acceptable", "NOT_ACCEPTABLE", "NotAcceptable", "NOT_ACCEPTABLE", "HTTP_NOT_ACCEPTABLE", ":not_acceptable"}},
	{407, [7]string{"PROXY_AUTHENTICATION_REQUIRED", "Proxy Authentication Required", "PROXY_AUTHENTICATION_REQUIRED", "ProxyAuthenticationRequired", "PROXY_AUTHENTICATION_REQUIRED", "HTTP_PROXY_AUTHENTICATION_REQUIRED", ":proxy_authentication_required"}},
	{408, [7]string{"REQUEST_TIMEOUT", "Request Timeout", "REQUEST_TIMEOUT", "RequestTimeout", "REQUEST_TIMEOUT", "HTTP_REQUEST_TIMEOUT", ":request_timeout"}},
	{409, [7]string{"CONFLICT", "Conflict", "CONFLICT", "Conflict", "CONFLICT", "HTTP_CONFLICT", ":conflict"}},
	{410, [7]string{"GONE", "Gone", "GONE", "Gone", "GONE", "HTTP_GONE", ":gone"}},
	{411, [7]string{"LENGTH_REQUIRED", "Length Required", "LENGTH_REQUIRED", "LengthRequired", "LENGTH_REQUIRED", "HTTP_LENGTH_REQUIRED", ":length_required"}},
	{412, [7]string{"PRECONDITION_FAILED", "Precondition Failed", "PRECONDITION_FAILED", "PreconditionFailed", "PRECONDITION_FAILED", "HTTP_PRECONDITION_FAILED", ":precondition_failed"}},
	{413, [7]string{"CONTENT_TOO_LARGE|3.13|REQUEST_ENTITY_TOO_LARGE", "Payload Too Large", "CONTENT_TOO_LARGE|7.0|PAYLOAD_TOO_LARGE", "RequestEntityTooLarge", "PAYLOAD_TOO_LARGE", "HTTP_REQUEST_ENTITY_TOO_LARGE", ":content_too_large|3.1|:payload_too_large"}},
	{414, [7]string{"URI_TOO_LONG|3.13|REQUEST_URI_TOO_LONG", "URI Too Long", "URI_TOO_LONG||REQUEST_URI_TOO_LONG", "RequestUriTooLong", "URI_TOO_LONG", "HTTP_REQUEST_URI_TOO_LONG", ":uri_too_long"}},
	{415, [7]string{"UNSUPPORTED_MEDIA_TYPE", "Unsupported Media Type", "UNSUPPORTED_MEDIA_TYPE", "UnsupportedMediaType", "UNSUPPORTED_MEDIA_TYPE", "HTTP_UNSUPPORTED_MEDIA_TYPE", ":unsupported_media_type"}},
	{416, [7]string{"RANGE_NOT_SATISFIABLE|3.13|REQUESTED_RANGE_NOT_SATISFIABLE", "Range Not Satisfiable", "REQUESTED_RANGE_NOT_SATISFIABLE", "RequestedRangeNotSatisfiable", "RANGE_NOT_SATISFIABLE", "HTTP_REQUESTED_RANGE_NOT_SATISFIABLE", ":range_not_satisfiable"}},
	{417, [7]string{"EXPECTATION_FAILED", "Expectation Failed", "EXPECTATION_FAILED", "ExpectationFailed", "EXPECTATION_FAILED", "HTTP_EXPECTATION_FAILED", ":expectation_failed"}},
	{418, [7]string{"IM_A_TEAPOT|3.9", "I'm a Teapot", "I_AM_A_TEAPOT", "-", "IM_A_TEAPOT", "HTTP_I_AM_A_TEAPOT", "-"}},
	{419, [7]string{"-", "-", "-|7.0|INSUFFICIENT_SPACE_ON_RESOURCE", "-", "-", "-", "-"}},
	{420, [7]string{"-", "-", "-|7.0|METHOD_FAILURE", "-", "-", "-", "-"}},
	{421, [7]string{"MISDIRECTED_REQUEST|3.7", "Misdirected Request", "MISDIRECTED_REQUEST|7.0|DESTINATION_LOCKED", "MisdirectedRequest", "MISDIRECTED_REQUEST", "HTTP_MISDIRECTED_REQUEST|3.1", ":misdirected_request"}},
	{422, [7]string{"UNPROCESSABLE_CONTENT|3.13|UNPROCESSABLE_ENTITY", "Unprocessable Entity", "UNPROCESSABLE_CONTENT|7.0|UNPROCESSABLE_ENTITY", "UnprocessableContent|8.0|UnprocessableEntity", "UNPROCESSABLE_ENTITY", "HTTP_UNPROCESSABLE_ENTITY", ":unprocessable_content|3.1|:unprocessable_entity"}},
	{423, [7]string{"LOCKED", "Locked", "LOCKED", "Locked", "LOCKED", "HTTP_LOCKED", ":locked"}},
	{424, [7]string{"FAILED_DEPENDENCY", "Failed Dependency", "FAILED_DEPENDENCY", "FailedDependency", "FAILED_DEPENDENCY", "HTTP_FAILED_DEPENDENCY", ":failed_dependency"}},
	{425, [7]string{"TOO_EARLY|3.9", "Too Early", "TOO_EARLY|5.2", "-", "TOO_EARLY|1.2", "HTTP_TOO_EARLY|4.2|HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL", ":too_early|2.1"}},
	{426, [7]string{"UPGRADE_REQUIRED", "Upgrade Required", "UPGRADE_REQUIRED", "UpgradeRequired", "UPGRADE_REQUIRED", "HTTP_UPGRADE_REQUIRED", ":upgrade_required"}},
	{428, [7]string{"PRECONDITION_REQUIRED", "Precondition Required", "PRECONDITION_REQUIRED", "PreconditionRequired", "PRECONDITION_REQUIRED", "HTTP_PRECONDITION_REQUIRED", ":precondition_required"}},
	{429, [7]string{"TOO_MANY_REQUESTS", "Too Many Requests", "TOO_MANY_REQUESTS", "TooManyRequests", "TOO_MANY_REQUESTS", "HTTP_TOO_MANY_REQUESTS", ":too_many_requests"}},
	{430, noConstant},
	{431, [7]string{"REQUEST_HEADER_FIELDS_TOO_LARGE", "Request Header Fields Too Large", "REQUEST_HEADER_FIELDS_TOO_LARGE", "RequestHeaderFieldsTooLarge", "REQUEST_HEADER_FIELDS_TOO_LARGE", "HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE", ":request_header_fields_too_large"}},
	{440, noConstant},
	{444, noConstant},
	{449, noConstant},
	{450, noConstant},
	{451, [7]string{"UNAVAILABLE_FOR_LEGAL_REASONS|3.8", "Unavailable For Legal Reasons", "UNAVAILABLE_FOR_LEGAL_REASONS|4.3", "UnavailableForLegalReasons", "UNAVAILABLE_FOR_LEGAL_REASONS", "HTTP_UNAVAILABLE_FOR_LEGAL_REASONS|3.1", ":unavailable_for_legal_reasons"}},
	{460, noConstant},
	{463, noConstant},
	{464, noConstant},
	{494, noConstant},
	{495, noConstant},
	{496, noConstant},
	{497, noConstant},
	{498, noConstant},
	{499, noConstant},
	{500, [7]string{"INTERNAL_SERVER_ERROR", "Internal Server Error", "INTERNAL_SERVER_ERROR", "InternalServerError", "INTERNAL_SERVER_ERROR", "HTTP_INTERNAL_SERVER_ERROR", ":internal_server_error"}},
	{501, [7]string{"NOT_IMPLEMENTED", "Not Implemented", "NOT_IMPLEMENTED", "NotImplemented", "NOT_IMPLEMENTED", "HTTP_NOT_IMPLEMENTED", ":not_implemented"}},
	{502, [7]string{"BAD_GATEWAY", "Bad Gateway", "BAD_GATEWAY", "BadGateway", "BAD_GATEWAY", "HTTP_BAD_GATEWAY", ":bad_gateway"}},
	{503, [7]string{"SERVICE_UNAVAILABLE", "Service Unavailable", "SERVICE_UNAVAILABLE", "ServiceUnavailable", "SERVICE_UNAVAILABLE", "HTTP_SERVICE_UNAVAILABLE", ":service_unavailable"}},
	{504, [7]string{"GATEWAY_TIMEOUT", "Gateway Timeout", "GATEWAY_TIMEOUT", "GatewayTimeout", "GATEWAY_TIMEOUT", "HTTP_GATEWAY_TIMEOUT", ":gateway_timeout"}},
	{505, [7]string{"HTTP_VERSION_NOT_SUPPORTED", "HTTP Version Not Supported", "HTTP_VERSION_NOT_SUPPORTED", "HttpVersionNotSupported", "HTTP_VERSION_NOT_SUPPORTED", "HTTP_VERSION_NOT_SUPPORTED", ":http_version_not_supported"}},
	{506, [7]string{"VARIANT_ALSO_NEGOTIATES", "Variant Also Negotiates", "VARIANT_ALSO_NEGOTIATES", "VariantAlsoNegotiates", "VARIANT_ALSO_NEGOTIATES", "HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL", ":variant_also_negotiates"}},
	{507, [7]string{"INSUFFICIENT_STORAGE", "Insufficient Storage", "INSUFFICIENT_STORAGE", "InsufficientStorage", "INSUFFICIENT_STORAGE", "HTTP_INSUFFICIENT_STORAGE", ":insufficient_storage"}},
	{508, [7]string{"LOOP_DETECTED", "Loop Detected", "LOOP_DETECTED", "LoopDetected", "LOOP_DETECTED", "HTTP_LOOP_DETECTED", ":loop_detected"}},
	{509, [7]string{"-", "Bandwidth Limit Exceeded", "BANDWIDTH_LIMIT_EXCEEDED", "-", "-", "-", "-|3.1|:bandwidth_limit_exceeded"}},
	{510, [7]string{"NOT_EXTENDED", "Not Extended", "NOT_EXTENDED", "NotExtended", "NOT_EXTENDED", "HTTP_NOT_EXTENDED", "-|3.1|:not_extended"}},
	{511, [7]string{"NETWORK_AUTHENTICATION_REQUIRED", "Network Authentication Required", "NETWORK_AUTHENTICATION_REQUIRED", "NetworkAuthenticationRequired", "NETWORK_AUTHENTICATION_REQUIRED", "HTTP_NETWORK_AUTHENTICATION_REQUIRED", ":network_authentication_required"}},
	{520, noConstant},
	{521, noConstant},
	{522, noConstant},
	{523, noConstant},
	{524, noConstant},
	{525, noConstant},
	{526, noConstant},
	{527, noConstant},
	{529, noConstant},
	{530, noConstant},
	{540, noConstant},
	{561, noConstant},
	{598, noConstant},
	{599, noConstant},
	{783, noConstant},
	{999, noConstant},
}

// ConstantsFor returns how each library names the number, one Constant per
// library in the order of Libraries, with an empty Name where a library has
// none; nil for a number the catalog does not hold.
func ConstantsFor(number int) []Constant {
	i, found := slices.BinarySearchFunc(constantTable, number, func(r constantRow, n int) int { return r.number - n })
	if !found {
		return nil
	}
	constants := []Constant{{Library: &libraries[0], Name: goConstant(number)}}
	for col, cell := range constantTable[i].names {
		name, since, formerly := splitCell(cell)
		constants = append(constants, Constant{&libraries[col+1], name, since, formerly})
	}
	return constants
}

// goConstant is the net/http name of the number's registered meaning.
func goConstant(number int) string {
	for _, c := range Lookup(number) {
		if c.Vendor == "" {
			return c.GoConstant
		}
	}
	return ""
}

func splitCell(cell string) (name, since, formerly string) {
	parts := strings.SplitN(cell, "|", 3)
	parts = append(parts, "", "")
	name, since, formerly = parts[0], parts[1], parts[2]
	if name == "-" {
		name = ""
	}
	return name, since, formerly
}
