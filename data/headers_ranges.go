package data

// headersRanges are the fields of the "Range requests and uploads" group of the header index.
//
// The resumable upload fields come from draft-ietf-httpbis-resumable-upload
// (interop version 8 at the time of writing), which defines them as
// Structured Fields (RFC 9651) without ABNF of its own; their ABNF names the
// RFC 9651 rule for the type the draft declares.
var headersRanges = []HeaderField{
	{
		Name:      "Range",
		Group:     GroupRanges,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Asks for only part of a representation, such as a byte range, to resume a download or fetch a slice of a large file.",
		Explanation: `A client sends Range to ask for one or more parts of the representation instead of all of it: bytes=0-1023 for the first kilobyte, bytes=1024- for everything from offset 1024, bytes=-500 for the last 500 bytes. Positions are zero-based and inclusive. A server that supports the unit answers 206 Partial Content with Content-Range, or a multipart/byteranges body for several ranges, and 416 when no range overlaps the representation.

GET is the only method with defined range handling, and a server may always ignore Range and send the whole representation with 200. Pair it with If-Range so that a resumed download starts over if the file has changed.`,
		Syntax: "A range unit, an equals sign and a comma-separated list of ranges: first-last, first- (to the end) or -length (the last bytes).",
		ABNF: `Range = ranges-specifier

ranges-specifier = range-unit "=" range-set
range-set        = 1#range-spec
range-spec       = int-range
                 / suffix-range
                 / other-range

int-range     = first-pos "-" [ last-pos ]
first-pos     = 1*DIGIT
last-pos      = 1*DIGIT

suffix-range  = "-" suffix-length
suffix-length = 1*DIGIT

other-range   = 1*( %x21-2B / %x2D-7E )
              ; 1*(VCHAR excluding comma)`,
		Examples: []string{"Range: bytes=0-1023", "Range: bytes=1048576-", "Range: bytes=0-499, -500"},
		Handling: "Browsers send it when seeking in audio and video and when resuming downloads. Caches can answer it from a stored complete response and may combine stored parts that share a validator. Servers may ignore or reject a Range with many small, overlapping or unordered ranges, a known denial-of-service pattern.",
		Mistakes: []string{
			"Treating the last position as exclusive: bytes=0-99 asks for 100 bytes.",
			"Resuming without If-Range, so a file that changed in between is stitched together from two versions.",
			"Appending the body of any 2xx to a partial file; only a 206 whose Content-Range matches holds the requested part.",
		},
		Related: []string{"Content-Range", "Accept-Ranges", "If-Range", "ETag"},
		Specs: []Spec{
			{"RFC 9110, Section 14.2", "https://www.rfc-editor.org/rfc/rfc9110#section-14.2"},
			{"RFC 9110, Section 14.1.2", "https://www.rfc-editor.org/rfc/rfc9110#section-14.1.2"},
		},
		Keywords: []string{"partial download", "resume download", "video seeking", "byte serving"},
	},
	{
		Name:      "Content-Range",
		Group:     GroupRanges,
		Direction: InBoth,
		Standing:  Standard,
		Summary:   "Says which part of the full representation a partial response carries and the full length, as in bytes 0-1023/146515.",
		Explanation: `A server sends Content-Range in a 206 response to say which bytes the content holds and the length of the whole representation, or * if that length is unknown. In a 416 it takes the form bytes */length, so the client learns the current size and can ask again. When a 206 carries several ranges, each part of the multipart/byteranges body has its own Content-Range instead of the response.

Some servers also accept it on PUT to replace part of a resource. That partial PUT is not interoperable: a server without support should answer 400, but an older one may store the fragment as the entire resource.`,
		Syntax: "The unit, a space, then first-last/length (the length may be *), or */length when no range could be satisfied.",
		ABNF: `Content-Range       = range-unit SP
                      ( range-resp / unsatisfied-range )

range-resp          = incl-range "/" ( complete-length / "*" )
incl-range          = first-pos "-" last-pos
unsatisfied-range   = "*/" complete-length

complete-length     = 1*DIGIT`,
		Examples: []string{
			"Content-Range: bytes 0-1023/146515",
			"Content-Range: bytes 146000-146514/146515",
			"Content-Range: bytes */146515",
		},
		Handling: "Clients check it before writing a partial response into a file. Caches use it to combine stored parts of the same representation when their validators match; proxies forward it unchanged.",
		Mistakes: []string{
			"Writing an equals sign after the unit as Range does (bytes=0-1023); Content-Range separates them with a space.",
			"Putting the length of the part, not of the whole representation, after the slash.",
			"Leaving it out of a 416, so the client cannot learn the real size.",
		},
		Related: []string{"Range", "Accept-Ranges", "Content-Length", "If-Range"},
		Specs: []Spec{
			{"RFC 9110, Section 14.4", "https://www.rfc-editor.org/rfc/rfc9110#section-14.4"},
			{"RFC 9110, Section 14.5 (partial PUT)", "https://www.rfc-editor.org/rfc/rfc9110#section-14.5"},
			{"RFC 9110, Section 14.6 (multipart/byteranges)", "https://www.rfc-editor.org/rfc/rfc9110#section-14.6"},
		},
		Keywords: []string{"partial content", "byte range", "range not satisfiable"},
	},
	{
		Name:        "Accept-Ranges",
		Group:       GroupRanges,
		Direction:   InResponses,
		Standing:    Standard,
		Summary:     "Tells clients which range units the server supports for this resource (bytes), or none to say range requests are not supported.",
		Explanation: `A server sends Accept-Ranges: bytes to advertise that clients may ask for parts of this resource with Range, and Accept-Ranges: none to advise them not to. It is only a hint: a client may send Range without having seen it, and a server without range support simply answers 200 with the whole representation.`,
		Syntax:      "A comma-separated list of range units; in practice bytes, or none.",
		ABNF: `Accept-Ranges     = acceptable-ranges
acceptable-ranges = 1#range-unit`,
		Examples: []string{"Accept-Ranges: bytes", "Accept-Ranges: none"},
		Handling: "Media players and download managers look for it, often in a HEAD response, to decide whether seeking and resuming will work. Caches store it with the response and proxies forward it.",
		Mistakes: []string{
			"Advertising bytes on responses that a compression layer or CDN in front will not actually serve in parts.",
			"Taking a missing Accept-Ranges as a refusal; only none says ranges are unsupported.",
		},
		Related: []string{"Range", "Content-Range", "If-Range"},
		Specs: []Spec{
			{"RFC 9110, Section 14.3", "https://www.rfc-editor.org/rfc/rfc9110#section-14.3"},
		},
		Keywords: []string{"resume support", "byte serving", "partial requests"},
	},
	{
		Name:      "Upload-Complete",
		Group:     GroupRanges,
		Direction: InBoth,
		Standing:  Provisional,
		Summary:   "Says whether a request carries the last of an upload's data (?1) or more will follow (?0), in the IETF resumable upload draft.",
		Explanation: `Upload-Complete starts a resumable upload: a POST, PUT or PATCH that carries it invites the server to create an upload resource, which the server announces in a 104 Upload Resumption Supported interim response with Location. ?1 means the request content holds all the remaining data; ?0 means more will be appended with PATCH requests to the upload resource.

In responses, ?1 means the response comes from the resource that processed the finished upload (even if it is an error), and ?0 that it comes from the upload protocol, so the client may keep appending.`,
		Syntax: "A Structured Field Boolean: ?1 for true, ?0 for false. Any other value makes the recipient ignore the field.",
		ABNF: `Upload-Complete = sf-item
; an Item Structured Field (RFC 9651) whose value is a Boolean`,
		Examples: []string{"Upload-Complete: ?1", "Upload-Complete: ?0"},
		Handling: "A server that does not implement the draft ignores the field and treats the request as an ordinary upload, which is how the protocol falls back. Draft implementations also exchange Upload-Draft-Interop-Version. The response to an offset retrieval (HEAD on the upload resource) always includes Upload-Complete.",
		Mistakes: []string{
			"Sending true, false or 1 instead of the Structured Field forms ?1 and ?0, which makes the field ignored.",
			"Resuming after a final response with Upload-Complete: ?1; the upload is over and that response is the target resource's answer.",
		},
		Related: []string{"Upload-Offset", "Upload-Limit", "Upload-Draft-Interop-Version", "Location"},
		Specs: []Spec{
			{"draft-ietf-httpbis-resumable-upload, Section 4.1.2", "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload#section-4.1.2"},
		},
		Keywords: []string{"tus", "pause upload", "upload interrupted"},
	},
	{
		Name:      "Upload-Offset",
		Group:     GroupRanges,
		Direction: InBoth,
		Standing:  Provisional,
		Summary:   "How many bytes of an upload the server has stored, so an interrupted upload can resume at the right place (resumable upload draft).",
		Explanation: `Upload-Offset carries the offset of a resumable upload: the number of bytes of the representation the upload resource has processed. After an interruption the client sends HEAD to the upload resource and reads the offset from the response, then sends the rest in a PATCH with Content-Type: application/partial-upload and that offset in Upload-Offset, so both sides agree where the new data begins.

Servers may also send it in 104 interim responses while a request is still running, to report progress and let the client free data it will never have to resend. The offset never decreases. tus 1.0, the protocol the draft grew out of, uses a field of the same name and form, with PATCH requests of type application/offset+octet-stream and a Tus-Resumable field instead of the draft's.`,
		Syntax: "A Structured Field Integer: a non-negative decimal number of bytes.",
		ABNF: `Upload-Offset = sf-item
; an Item Structured Field (RFC 9651) whose value is a non-negative Integer`,
		Examples: []string{"Upload-Offset: 0", "Upload-Offset: 25000000"},
		Handling: "If the offset in an append does not match the stored one, the server must reject it with 409 Conflict, Upload-Complete: ?0 and the correct Upload-Offset, optionally with a mismatching-upload-offset problem body. The offset reflects what the server has processed, which can lag behind what the transport has already delivered.",
		Mistakes: []string{
			"Resuming from the number of bytes the client sent rather than the offset the server reports; data in flight may never have been stored.",
			"Retrieving the offset while an append to the same upload is still running, which the server may answer by cutting the append short.",
		},
		Related: []string{"Upload-Complete", "Upload-Limit", "Upload-Draft-Interop-Version", "Content-Range"},
		Specs: []Spec{
			{"draft-ietf-httpbis-resumable-upload, Section 4.1.1", "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload#section-4.1.1"},
			{"tus resumable upload protocol 1.0", "https://github.com/tus/tus-resumable-upload-protocol/blob/main/protocol.md"},
		},
		Keywords: []string{"resume upload", "upload progress", "tus"},
	},
	{
		Name:      "Upload-Limit",
		Group:     GroupRanges,
		Direction: InResponses,
		Standing:  Provisional,
		Summary:   "The limits a server sets on a resumable upload: total size, size of each append and how long the upload resource is kept.",
		Explanation: `Upload-Limit is a Dictionary of limits: max-size and min-size for the whole representation in bytes, max-append-size and min-append-size for the content of a single request, and max-age, the seconds the upload resource will remain available. The server sends it in the 104 or 201 that announces an upload resource, in offset retrievals, in answer to OPTIONS, and when it can with a 413 caused by these limits.

A client that cannot stay within the limits should stop and cancel the upload with DELETE rather than run into an error later.`,
		Syntax: "A Structured Field Dictionary of key=Integer members; unknown keys are ignored.",
		ABNF: `Upload-Limit = sf-dictionary
; a Dictionary Structured Field (RFC 9651); each known member's value is an Integer`,
		Examples: []string{
			"Upload-Limit: max-size=1234567890",
			"Upload-Limit: max-size=10737418240, max-append-size=104857600, max-age=86400",
			"Upload-Limit: min-size=0",
		},
		Handling: "Clients can learn the limits with OPTIONS before uploading; a server that applies none must still answer with min-size=0 rather than an empty value. Limits should not tighten during an upload. Proxies in front may enforce smaller body limits of their own, which this field cannot announce.",
		Mistakes: []string{
			"Retrying a 413 with the same request size instead of an append between min-append-size and max-append-size.",
			"Treating max-age as a date: it counts seconds from when the response was generated.",
		},
		Related: []string{"Upload-Offset", "Upload-Complete", "Content-Length"},
		Specs: []Spec{
			{"draft-ietf-httpbis-resumable-upload, Section 4.1.4", "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload#section-4.1.4"},
		},
		Keywords: []string{"upload size limit", "max upload size", "tus"},
	},
	{
		Name:      "Upload-Draft-Interop-Version",
		Group:     GroupRanges,
		Direction: InBoth,
		Standing:  Provisional,
		Summary:   "The interop version of the resumable upload draft a client or server implements, so that incompatible draft revisions never interoperate.",
		Explanation: `While resumable uploads are still a draft, implementations state which iteration they follow with Upload-Draft-Interop-Version, a number raised at every breaking change (8 in the working group's latest copy). Clients send it on their requests; servers send it on their 104 Upload Resumption Supported responses.

A server must not send a 104 when the version in the request is missing or different, and a client must ignore a 104 without a matching version. The field will be dropped when the draft becomes an RFC, so that final implementations never mistake a draft peer for one of their own.`,
		Syntax: "A single Integer: the interop version.",
		ABNF: `Upload-Draft-Interop-Version = sf-integer
; "The field value is an Integer" (RFC 9651, Section 3.3.1)`,
		Examples: []string{"Upload-Draft-Interop-Version: 8", "Upload-Draft-Interop-Version: 6"},
		Handling: "Only draft implementations look at it. Because the versions must match exactly, a client and a server built against different revisions get no 104, and so no upload resource to resume.",
		Mistakes: []string{
			"Upgrading the client or the server library alone, so the versions differ and resumption quietly stops being offered.",
		},
		Related: []string{"Upload-Complete", "Upload-Offset", "Upload-Limit"},
		Specs: []Spec{
			{"draft-ietf-httpbis-resumable-upload, Draft Version Identification", "https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload"},
		},
		Keywords: []string{"tus", "draft revision number"},
	},
}
