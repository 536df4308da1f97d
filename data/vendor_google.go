package data

// vendorGoogle holds Google's resumable-upload meanings of numbers that the
// registry has since given to something else: 103 Checkpoint (obsolete,
// now Early Hints) and 308 Resume Incomplete (still sent by Google's
// upload APIs, though 308 is now Permanent Redirect).
var vendorGoogle = []Code{
	{
		Number:  103,
		Name:    "Checkpoint",
		Vendor:  "Google",
		Status:  Unofficial,
		Summary: "Obsolete: an interim response from Google Gears' resumable-upload proposal reporting how much of an upload had arrived; 103 is now Early Hints.",
		Explanation: `Google's Gears team wrote the Resumable HTTP Requests Proposal, a way to continue a large POST or PUT after the connection broke instead of sending everything again. Status-code lists attribute 103 Checkpoint to it: an interim response with which a server reported, part-way through an upload, how much it had safely stored, so that after a failure the client knew where to resume. Google's Data APIs (YouTube, Documents List) adopted a protocol modelled on the proposal in 2010 and answered unfinished uploads with a final 308 Resume Incomplete instead.

Gears was discontinued in 2011 and the proposal never became a standard. RFC 8297 registered 103 as Early Hints in 2017, so any 103 seen today is a set of Link hints, never a checkpoint. The meaning is listed here only because status-code lists still carry it.

Like every 1xx response it has no content, is never cached and is followed by a final status; a client that does not understand it must skip it. Retry-After does not apply.`,
		Causes: []string{
			"A client or server still implementing the Gears resumable-request draft, which no maintained software does.",
			"A status-code list or old library table that still names 103 Checkpoint.",
			"An actual 103 in a trace, which today is Early Hints carrying Link headers.",
		},
		Fixes: []string{
			"Client: read any 103 you receive as Early Hints and use its Link headers only as hints.",
			"Server: to make uploads resumable today, implement the IETF resumable-uploads draft (104 and Upload-Offset) or Google's 308-based protocol, not the Gears proposal.",
			"Client: if an old library prints Checkpoint for 103, update its status table; the name no longer applies.",
		},
		Headers: []Header{
			{"Range", "In the proposal, told the client which bytes the server had already stored, so it could resume after them."},
			{"ETag", "In the proposal, identified the partial upload so that a resumed request could refer to it."},
		},
		Example: `HTTP/1.1 103 Checkpoint
Range: bytes=0-1048575
ETag: "upload-7f3a9c"`,
		Related: []int{104, 308, 100},
		Confusions: []Confusion{
			{104, "104 Upload Resumption Supported is the IETF draft's interim response for resumable uploads; 103 Checkpoint was the abandoned Gears idea with the same aim."},
			{100, "100 Continue only invites the client to send the body; a checkpoint reported progress during it."},
		},
		Specs: []Spec{
			{"Google: Resumable Media Uploads in the Google Data Protocol (2010; modelled on the Gears proposal)", "https://developers.google.com/gdata/docs/resumable_upload"},
			{"RFC 8297: 103 Early Hints, the number's registered meaning", "https://www.rfc-editor.org/rfc/rfc8297"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: false,
			Retry:       "Not applicable: an interim response is never retried, and this one is no longer sent.",
			RetryAfter:  false,
		},
		Keywords: []string{"Google Gears", "resumable HTTP requests proposal", "103 Checkpoint", "upload checkpoint"},
	},
	{
		Number:  308,
		Name:    "Resume Incomplete",
		Vendor:  "Google",
		Status:  Unofficial,
		Summary: "Still used by Google's resumable uploads (Cloud Storage, Drive, YouTube): the upload is not finished; Range says which bytes arrived.",
		Explanation: `Google's upload APIs answer 308 when a resumable upload session exists but has not received all its bytes yet. It is their own use of the number, older than its registration: Google's Data APIs documented "308 Resume Incomplete" in 2010, and RFC 7238 registered 308 as Permanent Redirect only in 2014. Cloud Storage, Drive and YouTube uploads still behave this way.

The client starts a session and gets an upload URL, sends the data in one or more PUT requests, and receives 308 for every chunk until the last one, which gets 200 or 201 with the finished object. After an interruption the client sends an empty PUT with Content-Range: bytes */TOTAL (or */* if the size is unknown) to ask for the status; a 308 then carries Range: bytes=0-N, the bytes the server has kept, and the client resumes from N+1. A 308 without Range means nothing was stored yet. This 308 has no Location, so it is not a redirect.

Generic HTTP libraries know 308 as Permanent Redirect and may try to follow it or report a missing Location; Google's client libraries handle it, and hand-written code must treat it as "keep uploading". It is not cacheable, and Retry-After does not apply.`,
		Causes: []string{
			"A chunk of a resumable upload arrived and more data is expected (every chunk but the last gets 308).",
			"A status query (empty PUT with `Content-Range: bytes */TOTAL`) on an unfinished session.",
			"An upload interrupted by a network failure, with the session still open on the server.",
			"A generic HTTP client treating the 308 as a redirect without Location and failing, although the upload is fine.",
		},
		Fixes: []string{
			"Client: on 308, read `Range`; send the next chunk starting at the byte after its end, or from byte 0 if there is no Range header.",
			"Client: do not let the HTTP library follow 308 automatically for upload URLs (in Go, set `CheckRedirect` to return `http.ErrUseLastResponse`).",
			"Client: after a failure, query the session with an empty PUT and `Content-Range: bytes */TOTAL` instead of starting a new upload.",
			"Client: send chunks in multiples of 256 KiB (Cloud Storage requires it for all but the last chunk).",
			"Server: use Google's client libraries for uploads where possible; they handle 308, retries and offsets.",
		},
		Headers: []Header{
			{"Range", "On the 308: the bytes the server has stored so far, such as bytes=0-524287; absent when nothing has been stored."},
			{"Content-Range", "On the client's PUT: which bytes this chunk holds, or bytes */TOTAL to ask for the upload's status."},
			{"X-GUploader-UploadID", "Google's identifier for the upload session; quote it when asking Google for help."},
		},
		Example: `HTTP/1.1 308 Resume Incomplete
Date: Wed, 25 Nov 2026 03:12:44 GMT
Range: bytes=0-524287
X-GUploader-UploadID: ADPycdtV8u1q7R3ZkX0
Content-Length: 0`,
		Related: []int{104, 200, 201, 307},
		Confusions: []Confusion{
			{104, "104 is the IETF draft's interim response for resumable uploads; Google's 308 is a final response to each chunk."},
			{200, "200 or 201 ends the upload and carries the finished object; 308 means the chunk was kept and more bytes are expected."},
		},
		Specs: []Spec{
			{"Google Cloud Storage: Perform resumable uploads, checking the status", "https://cloud.google.com/storage/docs/performing-resumable-uploads#status-check"},
			{"Google Cloud Storage JSON API: HTTP status and error codes", "https://cloud.google.com/storage/docs/json_api/v1/status-codes"},
			{"Google: Resumable Media Uploads in the Google Data Protocol (2010)", "https://developers.google.com/gdata/docs/resumable_upload"},
		},
		Facts: Facts{
			Cacheable:   false,
			BodyAllowed: true,
			Retry:       "Not a failure: continue the upload from the byte after Range's end; the session URL stays valid for about a week.",
			RetryAfter:  false,
		},
		Keywords: []string{"resumable upload", "Google Cloud Storage upload", "Drive API upload", "YouTube upload", "chunked upload", "308 without Location"},
	},
}
