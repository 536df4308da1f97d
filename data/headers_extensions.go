package data

// headersExtensions are the fields of the "WebDAV and HTTP extensions" group of the header index:
// WebDAV (RFC 4918, RFC 2518), delta encoding (RFC 3229), the HTTP Extension Framework (RFC 2774,
// now Historic) and the Set-Proxy header of the expired 305/306 draft.
var headersExtensions = []HeaderField{
	{
		Name:      "DAV",
		Group:     GroupExtensions,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Lists the WebDAV compliance classes a resource supports, so a client can tell from an OPTIONS response whether it speaks WebDAV and locking.",
		Explanation: `DAV is how WebDAV (RFC 4918) announces itself. A WebDAV resource must return it on every response to OPTIONS, listing the compliance classes it meets: 1 for the core methods (PROPFIND, PROPPATCH, MKCOL, COPY, MOVE), 2 for locking with LOCK and UNLOCK, 3 for the revisions RFC 4918 made to RFC 2518. Classes 2 and 3 require class 1, and compliance is per resource, so one server can answer differently for different paths.

Extensions add names of their own: access-control (RFC 3744), calendar-access (CalDAV), addressbook (CardDAV) and bind (RFC 5842). A client may send DAV in a request only where a specification asks for it; RFC 5842 uses that for a client to say it understands bindings, which lets the server report 208 Already Reported.`,
		Syntax: "A comma-separated list of compliance classes: the digits 1, 2 and 3, tokens such as calendar-access or bind, or an absolute URI in angle brackets for a private extension.",
		ABNF: `DAV              = "DAV" ":" #( compliance-class )
compliance-class = ( "1" | "2" | "3" | extend )
extend           = Coded-URL | token
Coded-URL        = "<" absolute-URI ">"`,
		Examples: []string{
			"DAV: 1, 2, 3",
			"DAV: 1, 2, access-control, calendar-access",
			"DAV: bind",
		},
		Handling: "Browsers ignore it. WebDAV clients, such as file managers that mount a share and CalDAV or CardDAV apps, send OPTIONS first and choose features from this list, so a proxy or gateway that answers OPTIONS itself or drops the header makes a working WebDAV server look like plain HTTP. Caches are not involved: responses to OPTIONS are not cacheable.",
		Mistakes: []string{
			"Listing class 2 on a resource that cannot lock, so clients that trust it send LOCK and fail on every save.",
			"Checking OPTIONS on / when the share lives under another path; the classes are per resource and may differ.",
			"Reading DAV: 3 as a protocol version: it only claims RFC 4918's revisions, and the list must still include 1.",
		},
		Related: []string{"Depth", "If", "Lock-Token", "Timeout"},
		Specs: []Spec{
			{"RFC 4918, Section 10.1", "https://www.rfc-editor.org/rfc/rfc4918#section-10.1"},
			{"RFC 4918, Section 18 (compliance classes)", "https://www.rfc-editor.org/rfc/rfc4918#section-18"},
			{"RFC 5842 (WebDAV bindings)", "https://www.rfc-editor.org/rfc/rfc5842"},
		},
		Keywords: []string{"mapped network drive", "nextcloud", "sharepoint", "finder connect to server", "sabre"},
	},
	{
		Name:      "Depth",
		Group:     GroupExtensions,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Tells a WebDAV method how far into a collection to act: the resource alone (0), its direct members (1) or the whole tree (infinity).",
		Explanation: `WebDAV methods that can act on collections take Depth to set their reach: 0 is the collection itself, 1 adds its direct members, infinity every descendant. Each method fixes which values it accepts and what a missing header means. PROPFIND without Depth is treated as infinity; DELETE and MOVE on a collection always act as infinity; COPY and LOCK accept 0 or infinity and default to infinity.

Depth: infinity is what makes WebDAV requests expensive. A PROPFIND or COPY over a large tree can run long enough for RFC 2518 servers to send 102 Processing, a tree whose bindings loop ends in 508 Loop Detected, and many servers refuse infinite PROPFIND outright with 403 and the propfind-finite-depth precondition.`,
		Syntax: "One of three values: 0, 1 or infinity.",
		ABNF:   `Depth = "Depth" ":" ("0" | "1" | "infinity")`,
		Examples: []string{
			"Depth: 1",
			"Depth: 0",
			"Depth: infinity",
		},
		Handling: "Only WebDAV servers act on it; methods not defined to use Depth ignore it, and so does every ordinary web server or framework. Proxies forward it unchanged. Folder listings in WebDAV clients use Depth: 1, one level at a time.",
		Mistakes: []string{
			"Omitting Depth on PROPFIND, which the server treats as infinity and may answer slowly or refuse with 403.",
			"Sending Depth: 0 or 1 with DELETE or MOVE on a collection: both always cover the whole tree, and any value but infinity is an error.",
			"Expecting Depth to limit GET, PUT or other methods whose definitions do not mention it.",
		},
		Related: []string{"DAV", "If", "Lock-Token", "Status-URI"},
		Specs: []Spec{
			{"RFC 4918, Section 10.2", "https://www.rfc-editor.org/rfc/rfc4918#section-10.2"},
			{"RFC 4918, Section 9.1 (PROPFIND)", "https://www.rfc-editor.org/rfc/rfc4918#section-9.1"},
		},
		Keywords: []string{"directory listing", "list folder contents", "recursive listing", "nextcloud sync"},
	},
	{
		Name:      "If",
		Group:     GroupExtensions,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "WebDAV's conditional header: lists the lock tokens and ETags a request depends on, and is how a lock holder shows it holds the lock.",
		Explanation: `If does two jobs. It makes a request conditional, like If-Match but able to test lock tokens as well as entity tags: the request goes ahead if at least one of its lists of conditions matches and fails with 412 Precondition Failed if none does. And any lock token written in it counts as submitted, which is how the holder of a lock proves it when it changes the locked resource; without the token the server answers 423 Locked.

Conditions are grouped in parentheses. A list may be tagged with the resource it applies to, which matters for COPY, MOVE and Depth requests that touch several resources; an untagged list applies to the request target. Lock tokens go in angle brackets, entity tags in square brackets, and Not negates a condition.`,
		Syntax: "One or more parenthesised lists of conditions, each list optionally preceded by a resource in angle brackets; a condition is a lock token in angle brackets or an ETag in square brackets, optionally preceded by Not.",
		ABNF: `If = "If" ":" ( 1*No-tag-list | 1*Tagged-list )
No-tag-list = List
Tagged-list = Resource-Tag 1*List
List = "(" 1*Condition ")"
Condition = ["Not"] (State-token | "[" entity-tag "]")
State-token = Coded-URL
Resource-Tag = "<" Simple-ref ">"`,
		Examples: []string{
			"If: (<urn:uuid:6f1c2a3e-4b5d-11ee-9a0f-0242ac120002>)",
			`If: </docs/report.odt> (<urn:uuid:6f1c2a3e-4b5d-11ee-9a0f-0242ac120002> ["a41c-5d2"])`,
			`If: (Not <urn:uuid:0b7e5d14-93c2-4a1e-8f66-2d0c9e1a7b35> ["a41c-5d2"])`,
		},
		Handling: "Only WebDAV servers evaluate it; anything else ignores it, so a lock protects a resource only on servers that implement locking. Microsoft's WebDAV extensions ([MS-WDVME]) allow servers to accept just a restricted form with a single list. Proxies forward it, and caches do not treat it as a validator.",
		Mistakes: []string{
			"Writing to a locked resource with the token in Lock-Token instead of If; Lock-Token in a request is only for UNLOCK, so the server answers 423.",
			"Leaving out the brackets: lock tokens need angle brackets and ETags square brackets, with the ETag's quotes kept inside, as in [\"a41c-5d2\"].",
			"Expecting unmatched conditions to be skipped: if no list matches, the whole request fails with 412.",
		},
		Related: []string{"Lock-Token", "Timeout", "If-Match", "ETag", "Depth"},
		Specs: []Spec{
			{"RFC 4918, Section 10.4", "https://www.rfc-editor.org/rfc/rfc4918#section-10.4"},
			{"RFC 4918, Section 6 (locking)", "https://www.rfc-editor.org/rfc/rfc4918#section-6"},
		},
		Keywords: []string{"locked file", "checked out document", "conditional put", "office lock"},
	},
	{
		Name:      "Lock-Token",
		Group:     GroupExtensions,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Carries a WebDAV lock token: the server returns it when LOCK creates a lock, and the client sends it with UNLOCK to say which lock to remove.",
		Explanation: `When a LOCK request creates a new lock, the response gives the lock's token in Lock-Token (it is also in the lockdiscovery XML of the body). The token is a URI that is unique for all time, in practice urn:uuid:... or the opaquelocktoken: scheme RFC 4918 defines, and whoever holds it can change the locked resource by submitting it in the If header.

UNLOCK carries the token in Lock-Token to name the lock to remove, and it must name a lock that covers the request target. The header has no other use: writes to a locked resource, and LOCK requests that refresh a lock, carry the token in If.`,
		Syntax: "One lock token: an absolute URI in angle brackets.",
		ABNF: `Lock-Token = "Lock-Token" ":" Coded-URL
Coded-URL  = "<" absolute-URI ">"`,
		Examples: []string{
			"Lock-Token: <urn:uuid:6f1c2a3e-4b5d-11ee-9a0f-0242ac120002>",
			"Lock-Token: <opaquelocktoken:e71d4fae-5dec-22d6-fea5-00a0c91e6be4>",
		},
		Handling: "Only WebDAV clients and servers use it. A client that loses the token (a crash, a closed laptop, a proxy that drops unfamiliar response headers) leaves a lock that lasts until its timeout runs out or an administrator removes it.",
		Mistakes: []string{
			"Sending the token without its angle brackets; the value must be a Coded-URL.",
			"Using Lock-Token to write to or refresh a locked resource; those requests need the token in If.",
			"Sending UNLOCK to a URL outside the lock's scope, which fails even with the right token.",
		},
		Related: []string{"If", "Timeout", "DAV", "Depth"},
		Specs: []Spec{
			{"RFC 4918, Section 10.5", "https://www.rfc-editor.org/rfc/rfc4918#section-10.5"},
			{"RFC 4918, Section 9.10 (LOCK)", "https://www.rfc-editor.org/rfc/rfc4918#section-9.10"},
			{"RFC 4918, Section 9.11 (UNLOCK)", "https://www.rfc-editor.org/rfc/rfc4918#section-9.11"},
		},
		Keywords: []string{"release lock", "stuck lock", "locked by another user", "remove lock"},
	},
	{
		Name:      "Timeout",
		Group:     GroupExtensions,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Asks a WebDAV server for a lock lifetime in a LOCK request, as a number of seconds or Infinite; the server may grant something else.",
		Explanation: `A client sends Timeout with LOCK, when it creates a lock or refreshes one, listing the lifetimes it would like in order of preference: Second-n for n seconds, or Infinite. The server need not honour it, and the lifetime it grants comes back in the timeout element of the lock description in the response body, not in a header. Clients must not send Timeout with any method but LOCK.

The countdown restarts each time the lock is refreshed, and a server may also drop a lock before it expires. A lock whose owner vanished stays until the countdown ends.`,
		Syntax: "A comma-separated list of Second- followed by a number of seconds (at most 2^32-1), or Infinite, the preferred value first.",
		ABNF: `TimeOut = "Timeout" ":" 1#TimeType
TimeType = ("Second-" DAVTimeOutVal | "Infinite")
           ; No LWS allowed within TimeType
DAVTimeOutVal = 1*DIGIT`,
		Examples: []string{
			"Timeout: Second-600",
			"Timeout: Infinite, Second-86400",
		},
		Handling: "Servers may cap the lifetime at a configured maximum, so the lock in the response can be shorter than asked. Proxies forward the header unchanged; nothing outside WebDAV reads it.",
		Mistakes: []string{
			"Taking it for a connection or request timeout: it only concerns WebDAV lock lifetimes (idle connections are Keep-Alive's business).",
			"Looking for the granted lifetime in a response header; it is in the lockdiscovery XML of the LOCK response.",
			"Writing Second 600 or seconds-600; the value is exactly Second- followed by digits, with no spaces.",
		},
		Related: []string{"Lock-Token", "If", "DAV"},
		Specs: []Spec{
			{"RFC 4918, Section 10.7", "https://www.rfc-editor.org/rfc/rfc4918#section-10.7"},
			{"RFC 4918, Section 6.6 (lock timeout)", "https://www.rfc-editor.org/rfc/rfc4918#section-6.6"},
		},
		Keywords: []string{"lock duration", "lock expires", "stale lock"},
	},
	{
		Name:      "Status-URI",
		Group:     GroupExtensions,
		Direction: InResponses,
		Standing:  Retired,
		Summary:   "An RFC 2518 WebDAV header meant to report, alongside 102 Processing, how each resource of a long operation had fared; RFC 4918 dropped it.",
		Explanation: `RFC 2518 let a server send Status-URI with a 102 Processing interim response while a long WebDAV method was still running. Its value pairs status codes with resource URIs, so a client copying or moving a large tree could see which members were done and how each had gone.

RFC 4918 dropped it in 2007 for lack of implementations, although Microsoft's Exchange 2003 WebDAV documentation still described it. The IANA registry lists it as permanent, citing RFC 2518, but no current client or server sends it; a long operation today reports through 202 Accepted and a status resource, or simply in the final 207 Multi-Status body.`,
		Syntax: "Zero or more pairs of a three-digit status code and a URI in angle brackets.",
		ABNF:   `Status-URI = "Status-URI" ":" *(Status-Code Coded-URL)`,
		Examples: []string{
			"Status-URI: 200 <http://www.example.com/docs/a.html> 423 <http://www.example.com/docs/b.html>",
			"Status-URI: 201 <http://www.example.com/archive/2026/>",
		},
		Handling: "No browser, client library or proxy interprets it; it passes through as an unknown header, and since 1xx responses are never cached nothing stores it.",
		Mistakes: []string{
			"Relying on it for progress reports: nothing implements it, so use 202 Accepted with a status resource instead.",
		},
		Related: []string{"Depth", "DAV", "Location"},
		Specs: []Spec{
			{"RFC 2518, Section 9.7", "https://www.rfc-editor.org/rfc/rfc2518#section-9.7"},
			{"RFC 4918, Appendix F.3 (removal of Status-URI)", "https://www.rfc-editor.org/rfc/rfc4918#appendix-F.3"},
		},
		Keywords: []string{"webdav progress", "long running copy", "move progress"},
	},
	{
		Name:      "A-IM",
		Group:     GroupExtensions,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Lists the instance manipulations, such as delta encodings, a client accepts in the response; it does for deltas what Accept-Encoding does for compression.",
		Explanation: `A-IM comes from delta encoding in HTTP (RFC 3229). A client that holds an old copy of a resource lists in A-IM the manipulations it can undo, such as vcdiff or diffe deltas and gzip, optionally weighted with q-values. Whenever it lists a delta format it must also send If-None-Match with the ETag of its copy, so the server knows what to compute the difference from. A server that can do so answers 226 IM Used with the difference; otherwise it sends an ordinary 200 or 304.

Browsers never send it. Its one living use is the feed convention known as RFC 3229+feed: a feed reader sends A-IM: feed and gets back only the entries added since the copy it named.`,
		Syntax: "A comma-separated list of instance-manipulation names (vcdiff, diffe, gzip, or feed by convention), each with an optional q-value.",
		ABNF: `A-IM = "A-IM" ":" #( instance-manipulation
                     [ ";" "q" "=" qvalue ] )`,
		Examples: []string{
			"A-IM: feed",
			"A-IM: vcdiff, diffe, gzip;q=0.5",
		},
		Handling: "Servers and frameworks ignore it unless they implement delta encoding, so sending it costs nothing. A cache that does not understand deltas forwards the request; servers mark 226 responses Cache-Control: no-store, im so that such a cache never stores a delta.",
		Mistakes: []string{
			"Listing a delta format without If-None-Match naming the copy the delta should apply to.",
			"Taking A-IM: feed for part of RFC 3229: it is a later convention, and servers that do not know it send the whole feed.",
		},
		Related: []string{"IM", "Delta-Base", "If-None-Match", "ETag", "Accept-Encoding"},
		Specs: []Spec{
			{"RFC 3229, Section 10.5.3", "https://www.rfc-editor.org/rfc/rfc3229#section-10.5.3"},
		},
		Keywords: []string{"rss bandwidth", "feed polling", "partial feed", "rfc3229+feed"},
	},
	{
		Name:      "IM",
		Group:     GroupExtensions,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "Names the instance manipulations the server applied to produce a 226 IM Used response, such as a vcdiff delta or the feed convention.",
		Explanation: `IM is the server's half of delta encoding (RFC 3229). In a 226 response it lists the manipulations that turned the current representation into what was sent, so the client knows how to rebuild the full version: for example a vcdiff delta against the copy named in Delta-Base, then gzip. A server may apply only manipulations the client listed in A-IM, so IM appears only in answers to requests that carried A-IM.

Under the RFC 3229+feed convention, IM: feed tells a feed reader that the body holds only the new entries, to be merged into its stored copy.`,
		Syntax: "A comma-separated list of instance-manipulation names, in the order the server applied them.",
		ABNF:   `IM = "IM" ":" #(instance-manipulation)`,
		Examples: []string{
			"IM: feed",
			"IM: vcdiff",
			"IM: vcdiff, gzip",
		},
		Handling: "Only clients that sent A-IM know what to do with it. Caches that do not understand delta encoding must not store the response, which is why servers send Cache-Control: no-store, im with it.",
		Mistakes: []string{
			"Sending a delta to a client that did not ask for it with A-IM; it will store the fragment as if it were the whole resource.",
			"Omitting Cache-Control: no-store, im on a 226, so a cache that knows nothing of deltas can serve the fragment to other clients.",
		},
		Related: []string{"A-IM", "Delta-Base", "ETag", "Cache-Control"},
		Specs: []Spec{
			{"RFC 3229, Section 10.5.2", "https://www.rfc-editor.org/rfc/rfc3229#section-10.5.2"},
			{"RFC 3229, Section 10.4.1 (226 IM Used)", "https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1"},
		},
		Keywords: []string{"rss delta", "feed changes only", "diff response"},
	},
	{
		Name:      "Delta-Base",
		Group:     GroupExtensions,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "In a delta-encoded 226 response, gives the ETag of the stored version the delta was computed from, so the client applies it to the right copy.",
		Explanation: `A client asking for a delta names the versions it holds by their ETags in If-None-Match. When the server answers 226 IM Used with a delta, Delta-Base says which of those versions it used as the base, while the response's own ETag names the version the client will have once it applies the delta.

It matters most when the client listed several ETags: without it the client cannot tell which stored copy the difference belongs to. Outside RFC 3229 delta encoding it has no use.`,
		Syntax: "One entity tag, quoted, exactly as the server sent it in ETag.",
		ABNF:   `Delta-Base = "Delta-Base" ":" entity-tag`,
		Examples: []string{
			`Delta-Base: "entry-1088"`,
			`Delta-Base: "5f3c-1a2b"`,
		},
		Handling: "Only clients that implement RFC 3229 read it; browsers and ordinary caches ignore it.",
		Mistakes: []string{
			"Naming a base the client does not hold, such as an ETag it never listed in If-None-Match, which leaves it with a delta it cannot apply.",
		},
		Related: []string{"IM", "A-IM", "ETag", "If-None-Match"},
		Specs: []Spec{
			{"RFC 3229, Section 10.5.1", "https://www.rfc-editor.org/rfc/rfc3229#section-10.5.1"},
		},
		Keywords: []string{"delta base version", "diff base", "rss delta"},
	},
	{
		Name:      "Man",
		Group:     GroupExtensions,
		Direction: InBoth,
		Standing:  Retired,
		Summary:   "Declared a mandatory end-to-end extension under RFC 2774's HTTP Extension Framework; obsolete since that RFC was made Historic in 2021.",
		Explanation: `Man listed extensions, each named by a quoted URI, that the ultimate recipient had to understand and obey, and could bind each to a two-digit prefix (ns=16) so the extension's own fields could be named 16-Something. A request carrying a mandatory declaration had to use a method prefixed with M-, as in M-GET or M-POST. A server that could not comply answered 510 Not Extended; one that complied said so with Ext in its response.

The framework was experimental and never deployed. RFC 2774 was reclassified as Historic in December 2021 and the IANA registry marks Man obsoleted. An extension today defines header fields of its own, or negotiates through Upgrade or ALPN.`,
		Syntax: "A comma-separated list of declarations: a quoted absolute URI (or a registered field name), optionally followed by ;ns= with a two-digit prefix and other parameters.",
		ABNF: `mandatory       = "Man" ":" 1#ext-decl
ext-decl        = <"> ( absoluteURI | field-name ) <">
                  [ namespace ] [ decl-extensions ]
namespace       = ";" "ns" "=" header-prefix
header-prefix   = 2*DIGIT
decl-extensions = *( decl-ext )
decl-ext        = ";" token [ "=" ( token | quoted-string ) ]`,
		Examples: []string{
			`Man: "http://www.example.com/ext/signed-requests"; ns=16`,
			`Man: "http://www.example.com/ext/audit"`,
		},
		Handling: "Nothing supports it. Servers ignore Man, which defeats its purpose, and treat an M- method as one they do not know, typically answering 501.",
		Mistakes: []string{
			"Expecting a server to honour a mandatory declaration: current software ignores Man and processes the request as if the extension were absent.",
		},
		Related: []string{"Opt", "C-Man", "Ext", "Upgrade"},
		Specs: []Spec{
			{"RFC 2774, Section 4", "https://www.rfc-editor.org/rfc/rfc2774#section-4"},
			{"RFC 2774, Section 5 (mandatory requests)", "https://www.rfc-editor.org/rfc/rfc2774#section-5"},
			{"IESG status change: HTTP experiments to Historic", "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/"},
		},
		Keywords: []string{"http extensions", "mandatory header", "historic rfc"},
	},
	{
		Name:      "Opt",
		Group:     GroupExtensions,
		Direction: InBoth,
		Standing:  Retired,
		Summary:   "Declared an optional extension under RFC 2774's HTTP Extension Framework, which the recipient was free to ignore; obsolete with that RFC.",
		Explanation: `Opt carried the same declarations as Man, but the recipient could follow the extension or ignore it, and the sender could not tell which had happened unless the extension defined a reply. Optional declarations were allowed in any request or response and needed no M- method.

Like the rest of RFC 2774, Opt was never deployed, and the IANA registry marks it obsoleted since the RFC became Historic in 2021.`,
		Syntax: "A comma-separated list of declarations: a quoted absolute URI (or a registered field name), optionally followed by ;ns= with a two-digit prefix and other parameters.",
		ABNF: `optional        = "Opt" ":" 1#ext-decl
ext-decl        = <"> ( absoluteURI | field-name ) <">
                  [ namespace ] [ decl-extensions ]
namespace       = ";" "ns" "=" header-prefix
header-prefix   = 2*DIGIT
decl-extensions = *( decl-ext )
decl-ext        = ";" token [ "=" ( token | quoted-string ) ]`,
		Examples: []string{
			`Opt: "http://www.example.com/ext/compact-xml"; ns=22`,
			`Opt: "http://www.example.com/ext/trace"`,
		},
		Handling: "Ignored everywhere, which for an optional declaration is an outcome the framework allowed.",
		Mistakes: []string{
			"Using Opt to require behaviour: a recipient may ignore it, and today every recipient does.",
		},
		Related: []string{"Man", "C-Man", "Ext"},
		Specs: []Spec{
			{"RFC 2774, Section 4", "https://www.rfc-editor.org/rfc/rfc2774#section-4"},
			{"IESG status change: HTTP experiments to Historic", "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/"},
		},
		Keywords: []string{"optional header extension", "historic rfc"},
	},
	{
		Name:      "C-Man",
		Group:     GroupExtensions,
		Direction: InBoth,
		Standing:  Retired,
		Summary:   "The hop-by-hop form of Man in RFC 2774: a mandatory extension for the next connection only, to be listed in Connection; obsolete.",
		Explanation: `C-Man declared a mandatory extension for one connection rather than end to end, for instance between a client and its proxy. Because it is hop-by-hop, C-Man, C-Opt and every field named with a prefix they declared had to be listed in the Connection header, so that the next hop removed them before forwarding. A recipient that honoured it confirmed with C-Ext.

It shared the framework's fate: never deployed, Historic since 2021, and marked obsoleted in the IANA registry.`,
		Syntax: "The same declarations as Man: a quoted absolute URI (or registered field name) with optional ;ns= prefix and parameters.",
		ABNF: `c-mandatory     = "C-Man" ":" 1#ext-decl
ext-decl        = <"> ( absoluteURI | field-name ) <">
                  [ namespace ] [ decl-extensions ]
namespace       = ";" "ns" "=" header-prefix
header-prefix   = 2*DIGIT`,
		Examples: []string{
			`C-Man: "http://www.example.com/ext/proxy-signing"; ns=30`,
			`C-Man: "http://www.example.com/ext/hop-compression"`,
		},
		Handling: "No software implements it. A proxy still removes it when Connection names it, as it does with any field listed in Connection, which was exactly the behaviour RFC 2774 relied on.",
		Mistakes: []string{
			"Sending C-Man without naming it, and the fields it prefixes, in Connection, so intermediaries forward a declaration meant for one hop.",
		},
		Related: []string{"Man", "Connection", "Ext", "Opt"},
		Specs: []Spec{
			{"RFC 2774, Section 4", "https://www.rfc-editor.org/rfc/rfc2774#section-4"},
			{"IESG status change: HTTP experiments to Historic", "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/"},
		},
		Keywords: []string{"connection-specific extension", "historic rfc", "proxy extension"},
	},
	{
		Name:      "Ext",
		Group:     GroupExtensions,
		Direction: InResponses,
		Standing:  Retired,
		Summary:   "RFC 2774's empty response header confirming that the server obeyed every mandatory end-to-end extension the request declared; obsolete.",
		Explanation: `A server that received a mandatory request (an M- method with Man declarations) and applied every declared extension had to include Ext in its response, with an empty value; its hop-by-hop counterpart C-Ext answered C-Man. A server that could not comply answered 510 Not Extended instead.

Ext belongs to the HTTP Extension Framework, which was never deployed and became Historic in 2021; the IANA registry marks Ext obsoleted.`,
		Syntax: "An empty value: the field's presence is the whole message.",
		ABNF:   `ext = "Ext" ":"`,
		Examples: []string{
			"Ext:",
			"ext:",
		},
		Handling: "Servers do not send it and clients do not look for it.",
		Mistakes: []string{
			"Putting a value in it: the field is empty by definition, and its presence alone is the confirmation.",
		},
		Related: []string{"Man", "C-Man", "Opt"},
		Specs: []Spec{
			{"RFC 2774, Section 4.3", "https://www.rfc-editor.org/rfc/rfc2774#section-4.3"},
			{"IESG status change: HTTP experiments to Historic", "https://datatracker.ietf.org/doc/status-change-http-experiments-to-historic/"},
		},
		Keywords: []string{"extension acknowledged", "historic rfc"},
	},
	{
		Name:      "Set-Proxy",
		Group:     GroupExtensions,
		Direction: InResponses,
		Standing:  Retired,
		Summary:   "Proposed by a 1996–97 draft to tell a client which proxy to use, for which URLs and for how long, with 305 and 306; never standardised.",
		Explanation: `Set-Proxy comes from draft-cohen-http-305-306-responses, an Internet-Draft by Josh Cohen of Netscape. It would have accompanied 305 Use Proxy, sent by an origin server, and a new 306 Switch Proxy, sent by a proxy already in use, naming the proxy the client should use from then on, the URLs the instruction covered and how many seconds it lasted. The DeleGate proxy, which implements it with 305, sends SET with a proxyURI parameter, or DIRECT for no proxy.

The draft expired without being adopted. RFC 7231 deprecated 305 because letting a response reconfigure a client's proxy is a security risk, RFC 9110 keeps 306 reserved and unused, and Set-Proxy was never registered.`,
		Syntax: "As drafted, an action followed by parameters: SET with a quoted proxyURI and optional scope and seconds; DIRECT is also seen.",
		Examples: []string{
			`Set-Proxy: SET; proxyURI="http://proxy2.example.net:8080/"`,
			"Set-Proxy: DIRECT",
		},
		Handling: "Browsers, libraries and proxies ignore it. A client must never change its proxy because a response says so; proxy settings come from local configuration, PAC files or WPAD.",
		Mistakes: []string{
			"Using 305 or 306 with Set-Proxy to steer clients: none follows it, and one that did would let any server redirect its traffic.",
		},
		Related: []string{"Location", "Via"},
		Specs: []Spec{
			{"draft-cohen-http-305-306-responses-00 (expired)", "https://datatracker.ietf.org/doc/html/draft-cohen-http-305-306-responses-00"},
			{"RFC 9110, Section 15.4.7 (306 Unused)", "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7"},
			{"RFC 7231, Appendix B (305 deprecated)", "https://www.rfc-editor.org/rfc/rfc7231#appendix-B"},
		},
		Keywords: []string{"proxy switch", "change proxy setting", "redirect through proxy"},
	},
}
