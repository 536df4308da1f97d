package data

// recommendations are the ends of the chooser, one per code, by number.
// Header names are spelled as in the code's own Headers.
var recommendations = []Recommendation{
	{
		Code:    100,
		Why:     "The client sent Expect: 100-continue and is holding back a large body until you say it is welcome. Most servers send the 100 by themselves once the handler starts reading the body, so you rarely write it by hand.",
		Headers: nil,
		Alternatives: []Alternative{
			{417, "When the Expect field holds an expectation other than 100-continue that you cannot meet."},
			{413, "When the Content-Length already shows the body is too large: refuse before it is sent."},
			{401, "When the request will be refused anyway: send the final answer at once."},
		},
	},
	{
		Code:    101,
		Why:     "The client asked in Upgrade to switch protocols, usually to WebSocket, and you agree; right after this response the connection speaks the new protocol. WebSocket libraries send it for you, with the Sec-WebSocket-Accept proof of the handshake.",
		Headers: []string{"Upgrade", "Connection", "Sec-WebSocket-Accept"},
		Alternatives: []Alternative{
			{426, "When you refuse to serve the request until the client upgrades."},
			{200, "When you ignore the upgrade offer and answer over the current protocol, which is allowed."},
		},
	},
	{
		Code:    103,
		Why:     "The final response will take a while and you already know what the page needs. Send Link headers with rel=preload or rel=preconnect so the browser starts fetching stylesheets, scripts or fonts, or connecting to another origin, while you work.",
		Headers: []string{"Link"},
		Alternatives: []Alternative{
			{200, "The same Link headers on the final response are enough when it comes quickly."},
		},
	},
	{
		Code:    200,
		Why:     "The request worked and the body carries the result: the resource itself for a GET, the outcome of the action for a POST, PUT or DELETE. It is the default success code and every client handles it.",
		Headers: []string{"Content-Type", "Cache-Control", "ETag"},
		Alternatives: []Alternative{
			{201, "When the request created a resource with its own URL."},
			{204, "When there is no body to send."},
			{202, "When the work has not been done yet."},
			{206, "Only in answer to a Range request that you serve in part."},
		},
	},
	{
		Code:    201,
		Why:     "The request created a resource, typically a POST to a collection or a PUT to a new URL. Give its URL in Location, and describe it in the body or send it back whole.",
		Headers: []string{"Location", "ETag", "Content-Type"},
		Alternatives: []Alternative{
			{200, "Hides that something new exists and where it lives."},
			{202, "When a background job will create the resource later."},
			{303, "When a browser form should move on to the new resource's page."},
			{409, "When a resource with that identity already exists."},
		},
	},
	{
		Code:    202,
		Why:     "You took the request, but the work happens later, in a queue or a batch job, and may still fail. Point to a status resource the client can poll, in Location or the body; Retry-After can pace the polling.",
		Headers: []string{"Location", "Retry-After", "Content-Type"},
		Alternatives: []Alternative{
			{201, "Only when the resource exists by the time you answer."},
			{200, "Claims the work is finished."},
			{204, "Also claims the work is finished, and gives the client nothing to poll."},
		},
	},
	{
		Code:    204,
		Why:     "The action succeeded and there is nothing worth sending back: a DELETE, a PUT that stored what the client sent, a toggled setting. The response ends after its header fields, and a browser that submitted a form stays on the page it was on.",
		Headers: []string{"ETag"},
		Alternatives: []Alternative{
			{200, "When you do have something to return, such as the updated resource."},
			{205, "When the client should also clear the form it sent; little software acts on it."},
			{202, "When the action has not happened yet."},
		},
	},
	{
		Code:    206,
		Why:     "The client sent Range and you are returning just those bytes, as for resumed downloads and seeking in video. Content-Range says which part of how much you sent; several ranges go in one multipart/byteranges body.",
		Headers: []string{"Content-Range", "Accept-Ranges", "ETag"},
		Alternatives: []Alternative{
			{200, "Sending the whole content is always allowed, for instance when you do not support ranges."},
			{416, "When none of the requested ranges overlaps the content."},
		},
	},
	{
		Code:    301,
		Why:     "The URL has changed for good: a new domain, a new URL scheme, a page merged into another. Browsers may turn a POST into a GET when they follow it, so keep it for URLs that are only fetched; caches may store it without being told.",
		Headers: []string{"Location", "Cache-Control"},
		Alternatives: []Alternative{
			{308, "Keeps the method and body; use it for APIs and anything that receives POST, PUT or DELETE."},
			{302, "When the move is only for now."},
			{410, "When the content is gone with no new home."},
		},
	},
	{
		Code:    302,
		Why:     "The resource is somewhere else for now and clients should keep using this URL, as with a login page or a short-term mirror. Browsers follow it with GET after a POST, an old habit the standard allows.",
		Headers: []string{"Location", "Cache-Control"},
		Alternatives: []Alternative{
			{307, "Guarantees that the method and body are kept."},
			{303, "Says outright that the client should fetch the result with GET, which is what you mean after a form post."},
			{301, "When the move is permanent."},
		},
	},
	{
		Code:    303,
		Why:     "The client submitted something, usually with POST, and the answer lives at another URL that it should fetch with GET. This is Post/Redirect/Get: reloading the result page no longer submits the form twice. It also fits a finished background job whose output has its own URL.",
		Headers: []string{"Location"},
		Alternatives: []Alternative{
			{302, "Browsers switch only a POST to GET with it; other methods and clients may repeat the original request."},
			{201, "When the client should stay where it is and just learn the new resource's URL."},
			{307, "When the same request must be repeated at the other URL, not replaced by a GET."},
		},
	},
	{
		Code:    304,
		Why:     "The client made a conditional GET or HEAD, with If-None-Match or If-Modified-Since, and its cached copy is still current. Send no body, only the validators and caching fields a 200 would carry, and the client reuses what it has.",
		Headers: []string{"ETag", "Cache-Control"},
		Alternatives: []Alternative{
			{200, "When the content has changed or the request was not conditional."},
			{412, "For a failed If-Match or If-Unmodified-Since, or a failed If-None-Match on a method other than GET or HEAD."},
		},
	},
	{
		Code:    307,
		Why:     "The resource is elsewhere for now and the client must repeat the very same request there, method and body unchanged. Use it to redirect API calls, uploads or form posts during a migration or failover.",
		Headers: []string{"Location"},
		Alternatives: []Alternative{
			{302, "Lets browsers turn a POST into a GET."},
			{308, "When the move is permanent."},
			{303, "When the client should fetch a different result with GET instead."},
		},
	},
	{
		Code:    308,
		Why:     "The URL has changed for good and clients must repeat the exact request there, method and body included. That makes it the safe permanent redirect for APIs and form endpoints; like 301 it may be cached, though very old clients may not know it.",
		Headers: []string{"Location", "Cache-Control"},
		Alternatives: []Alternative{
			{301, "Lets browsers turn a POST into a GET, losing the body."},
			{307, "When the move is temporary."},
		},
	},
	{
		Code:    400,
		Why:     "The request cannot be parsed or is malformed: broken JSON, a query parameter of the wrong type, a bad header value, invalid framing. It is also the fallback for a client error no more specific 4xx code describes. Say in the body what is wrong, ideally as application/problem+json.",
		Headers: []string{"Content-Type"},
		Alternatives: []Alternative{
			{422, "When the syntax is fine and the values break your rules."},
			{415, "When the body's format is not one you accept at all."},
			{413, "When the only problem is the body's size."},
		},
	},
	{
		Code:    401,
		Why:     "The request carries no credentials, or ones you reject: a missing, expired or invalid token or password. You must send WWW-Authenticate with at least one challenge saying how to authenticate; browsers may answer it with a login dialog.",
		Headers: []string{"WWW-Authenticate"},
		Alternatives: []Alternative{
			{403, "When you know who the client is and the answer is still no."},
			{404, "When even admitting that the resource exists would leak information."},
			{407, "Only for a proxy asking for its own credentials."},
		},
	},
	{
		Code:    402,
		Why:     "A billing problem blocks the request: a failed payment, a lapsed subscription, a used-up paid quota. HTTP reserves the code without defining it, so say in the body what the client has to pay or fix.",
		Headers: []string{"Content-Type"},
		Alternatives: []Alternative{
			{403, "Understood by every client; the safer choice when money is not the reason."},
			{429, "When the quota refills with time rather than payment."},
		},
	},
	{
		Code:    403,
		Why:     "You know who the client is, or it does not matter, and the answer is still no: a missing role, a blocked address, a file nobody may read. Repeating the request with the same credentials will not help, though other credentials might.",
		Headers: []string{"Content-Type"},
		Alternatives: []Alternative{
			{401, "When credentials are missing or invalid, and valid ones would get in."},
			{404, "When you would rather not reveal that the resource exists."},
			{451, "When the refusal comes from a legal demand."},
			{405, "When no client may use this method on the URL."},
		},
	},
	{
		Code:    404,
		Why:     "Nothing exists at this URL, or you will not tell this client that something does. It does not say whether the absence is for good, and caches may keep it for a while unless told otherwise.",
		Headers: []string{"Content-Type", "Cache-Control"},
		Alternatives: []Alternative{
			{410, "When you know the resource was removed for good."},
			{403, "When it exists and you are willing to say the client may not have it."},
			{405, "When the URL exists but not for this method."},
		},
	},
	{
		Code:    405,
		Why:     "The URL exists but does not accept this method, such as DELETE on a read-only collection. The Allow header must list the methods it does accept.",
		Headers: []string{"Allow"},
		Alternatives: []Alternative{
			{501, "When the server does not support the method anywhere."},
			{404, "When the URL itself does not exist."},
			{403, "When the method is allowed but not for this client."},
		},
	},
	{
		Code:    406,
		Why:     "The client's Accept or Accept-Language rules out everything you can produce, and you choose not to send a default. Most APIs do better to ignore the preference and send their usual format; if you refuse, list what is available in the body.",
		Headers: []string{"Vary"},
		Alternatives: []Alternative{
			{200, "Sending your default representation instead is allowed and usually friendlier."},
			{415, "Concerns the format of the body the client sent, not the one it wants back."},
		},
	},
	{
		Code:    408,
		Why:     "The client opened a connection or began a request and did not finish sending it in time; web servers usually send this themselves. Close the connection afterwards; the client may send the request again on a new one.",
		Headers: []string{"Connection"},
		Alternatives: []Alternative{
			{504, "Is for a gateway whose upstream server was slow, not a slow client."},
			{400, "When the request arrived complete but broken."},
		},
	},
	{
		Code:    409,
		Why:     "The request is valid but clashes with the resource as it is now: creating something that already exists, editing a version someone else changed, a state change that is not allowed yet. Explain the conflict in the body so the client can re-read, merge and resend.",
		Headers: []string{"Content-Type", "ETag"},
		Alternatives: []Alternative{
			{412, "When the client sent If-Match or If-Unmodified-Since and it no longer holds."},
			{422, "When the input is invalid whatever the resource's state."},
			{428, "When you want to make writes conditional before conflicts happen."},
		},
	},
	{
		Code:    410,
		Why:     "The resource existed and was removed on purpose with no replacement: a closed account, an ended promotion, a retired API version. It asks clients to drop their links, and caches may keep it by default.",
		Headers: []string{"Cache-Control"},
		Alternatives: []Alternative{
			{404, "When you are not sure the removal is permanent."},
			{301, "When the content lives on at another URL."},
		},
	},
	{
		Code:    411,
		Why:     "The request has a body but no Content-Length, and you will not read a body of unknown length. The client can send it again with the length declared.",
		Headers: nil,
		Alternatives: []Alternative{
			{400, "When a Content-Length is sent but is not a valid number."},
			{413, "When the declared length is more than you accept."},
		},
	},
	{
		Code:    412,
		Why:     "The client sent a condition such as If-Match or If-Unmodified-Since, it is false now, and so you changed nothing. This is optimistic locking at work: the client should fetch the current version, reapply its change and try again.",
		Headers: []string{"ETag"},
		Alternatives: []Alternative{
			{409, "When the request carried no condition and still clashes with the state."},
			{304, "The answer to a failed If-None-Match or If-Modified-Since on GET or HEAD."},
			{428, "When the request carried no condition and you require one."},
		},
	},
	{
		Code:    413,
		Why:     "The body is larger than you will take. If the limit is temporary, add Retry-After; you may close the connection rather than read the rest.",
		Headers: []string{"Retry-After", "Connection"},
		Alternatives: []Alternative{
			{431, "When the header fields, not the body, are too large."},
			{414, "When the URL is too long."},
			{507, "When the size is acceptable but there is no storage left for it."},
		},
	},
	{
		Code:    414,
		Why:     "The URL, path and query together, is longer than you will read, usually because a client packed form data or a huge filter into the query. Such data belongs in a POST body. Caches may store the answer by default.",
		Headers: []string{"Cache-Control"},
		Alternatives: []Alternative{
			{413, "When the body is too large."},
			{431, "When the header fields are too large."},
			{400, "When the URL is malformed rather than long."},
		},
	},
	{
		Code:    415,
		Why:     "The body is in a format this endpoint does not take, by its Content-Type, its Content-Encoding or its bytes, such as XML sent to a JSON-only API. Say what you do accept: Accept for media types, Accept-Encoding for codings, Accept-Patch for PATCH documents.",
		Headers: []string{"Accept", "Accept-Encoding", "Accept-Patch"},
		Alternatives: []Alternative{
			{406, "Concerns the response format the client wants, not the body it sent."},
			{400, "When the format is right but the content is malformed."},
			{422, "When the body parses but its values are invalid."},
		},
	},
	{
		Code:    416,
		Why:     "The request's Range header cannot be served: every range in it lies outside the content, typically past its end after the file shrank, or it asks for too many small or overlapping ranges. Send Content-Range: bytes */length so the client can correct its request.",
		Headers: []string{"Content-Range"},
		Alternatives: []Alternative{
			{206, "When at least part of a requested range exists."},
			{200, "Ignoring Range and sending the whole content is always allowed."},
		},
	},
	{
		Code:    422,
		Why:     "The body is in a format you accept and parses cleanly, but its content fails validation: a required field is empty, a date lies in the past, a quantity is negative. List every failing field so the client can fix them all in one go.",
		Headers: []string{"Content-Type"},
		Alternatives: []Alternative{
			{400, "When the body cannot be parsed at all; many APIs use 400 for both, which is acceptable too."},
			{409, "When the values are valid but clash with the resource's state, as with a duplicate."},
			{415, "When the format itself is unsupported."},
		},
	},
	{
		Code:    425,
		Why:     "The request came in TLS 1.3 early data (0-RTT), which an attacker could replay, and acting on it twice would do harm. A client that sent it early is expected to resend it by itself once the handshake is done, outside early data.",
		Headers: nil,
		Alternatives: []Alternative{
			{200, "Serving safe requests such as a plain GET from early data is fine, since a replay changes nothing."},
			{400, "When the request is malformed, early data or not."},
		},
	},
	{
		Code:    426,
		Why:     "You refuse to serve the request over the protocol it arrived in; the Upgrade header, which a 426 must carry, names the one to switch to. It suits an endpoint that speaks only WebSocket when it is reached with plain HTTP.",
		Headers: []string{"Upgrade", "Connection"},
		Alternatives: []Alternative{
			{308, "To move browsers from http:// to https://, a redirect is what works."},
			{505, "When the only problem is the HTTP version in the request line."},
		},
	},
	{
		Code:    428,
		Why:     "The request would change a resource but carries no condition, and you insist on one so that no client overwrites another's change unseen. Say in the body which field to add, usually If-Match with the current ETag.",
		Headers: []string{"Content-Type"},
		Alternatives: []Alternative{
			{412, "When a condition was sent and turned out false."},
			{409, "When a conflict has actually happened."},
		},
	},
	{
		Code:    429,
		Why:     "This client has sent more requests than its limit in a time window. Send Retry-After with the wait in seconds; the RateLimit fields let careful clients see their budget before they run out.",
		Headers: []string{"Retry-After", "RateLimit-Policy", "RateLimit"},
		Alternatives: []Alternative{
			{503, "When the whole service is overloaded, not one client."},
			{403, "When the client is blocked outright, not just slowed down."},
			{402, "When more requests need a paid plan rather than patience."},
		},
	},
	{
		Code:    431,
		Why:     "The header section, or one field in it, is larger than you accept; big or piled-up cookies are the usual cause. Say in the body which field is at fault so the user can clear it.",
		Headers: []string{"Connection"},
		Alternatives: []Alternative{
			{413, "When the body is too large."},
			{414, "When the URL is too long."},
			{400, "When a header is malformed rather than large."},
		},
	},
	{
		Code:    451,
		Why:     "A legal demand makes you refuse: a court order, a government block, a rights takedown. Explain the demand and who made it in the body; Link with rel=\"blocked-by\" names whoever is carrying out the block.",
		Headers: []string{"Link", "Vary"},
		Alternatives: []Alternative{
			{403, "For refusals that are your own policy."},
			{404, "Hides that anything was blocked; avoid it where the law lets you say so."},
		},
	},
	{
		Code:    500,
		Why:     "Your code failed in a way you did not foresee: an uncaught exception, a crash, a broken configuration. Log the details under a request ID and return a plain message; never send the stack trace.",
		Headers: []string{"Content-Type", "X-Request-Id", "Cache-Control"},
		Alternatives: []Alternative{
			{503, "When the failure is a known, temporary one, such as a database that is down."},
			{502, "When you are a proxy and the server behind you failed."},
			{400, "When bad input caused it; validate and reject such input instead."},
		},
	},
	{
		Code:    501,
		Why:     "The server lacks what the request needs, for every URL: an unknown method, an unsupported transfer coding, an operation declared in the API but not built yet. The same request will keep failing, and caches may store the answer.",
		Headers: []string{"Allow", "Cache-Control"},
		Alternatives: []Alternative{
			{405, "When the server knows the method but this URL does not allow it."},
			{500, "When a supported request failed unexpectedly."},
		},
	},
	{
		Code:    502,
		Why:     "You are a proxy, gateway or load balancer, and the server behind you sent an invalid response, refused the connection or cut it. It blames the hop between you and the upstream, and the same request may work a moment later.",
		Headers: []string{"Via"},
		Alternatives: []Alternative{
			{504, "When the upstream simply did not answer in time."},
			{503, "When no upstream was available to try, or you are shedding load."},
			{500, "When the fault is in your own code, not upstream."},
		},
	},
	{
		Code:    503,
		Why:     "The service is reachable but will not take work right now: overload, maintenance, or no healthy backend to pass the request to. It tells clients the condition is temporary; add Retry-After with the expected wait.",
		Headers: []string{"Retry-After", "Cache-Control"},
		Alternatives: []Alternative{
			{429, "When one client is over its limit and everyone else is served."},
			{500, "When the failure is unexpected rather than a planned or load-related refusal."},
			{502, "When an upstream you tried actually failed."},
		},
	},
	{
		Code:    504,
		Why:     "You are a proxy or gateway and the server behind you did not answer within your time limit. The upstream may still finish the work, so a retried POST could run twice.",
		Headers: []string{"Via"},
		Alternatives: []Alternative{
			{502, "When the upstream answered with garbage or the connection failed."},
			{503, "When you did not forward the request at all."},
			{408, "When the client, not the upstream, was too slow."},
		},
	},
	{
		Code:    505,
		Why:     "The request line names a major HTTP version you do not speak, and web servers send this for you. Describe in the body which versions you support; Alt-Svc is the way to offer another protocol.",
		Headers: []string{"Connection", "Alt-Svc"},
		Alternatives: []Alternative{
			{426, "When you want the client to switch protocols and can name the one in Upgrade."},
			{400, "When the request line is malformed in other ways."},
		},
	},
}
