package data

// headersConditional are the fields of the "Conditional requests" group of the header index.
var headersConditional = []HeaderField{
	{
		Name:      "ETag",
		Group:     GroupConditional,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "An opaque validator, in quotes, that identifies one version of a representation; it changes whenever the content changes.",
		Explanation: `The server picks the ETag: a hash of the content, a revision number, or file size and modification time. Clients send it back in If-None-Match to revalidate a cached copy (answered with 304 if unchanged), in If-Match to update only the version they read (412 if someone else changed it), and in If-Range to resume a download safely.

A tag starting with W/ is weak: it promises equivalent content, not identical bytes, so it serves for cache revalidation but not for range requests or If-Match.`,
		Syntax: "A double-quoted string, optionally preceded by W/ for a weak validator.",
		ABNF: `ETag       = entity-tag
entity-tag = [ weak ] opaque-tag
weak       = %s"W/"
opaque-tag = DQUOTE *etagc DQUOTE
etagc      = %x21 / %x23-7E / obs-text
           ; VCHAR except double quotes, plus obs-text`,
		Examples: []string{
			`ETag: "33a64df551425fcc55e4d42a148795d9f25f89d4"`,
			`ETag: W/"5e15153d-120f"`,
		},
		Handling: "Browsers store the ETag with the cached response and send it in If-None-Match once it goes stale. Compressing proxies change it: nginx turns a strong tag into a weak one when it gzips a response, and Apache's mod_deflate appends -gzip, which can break If-Match on the way back.",
		Mistakes: []string{
			"Sending the tag without quotes (ETag: 12345): strict clients and caches ignore it.",
			"Building tags from per-server data such as inode numbers, so servers behind a load balancer disagree and revalidation always fails.",
			"Returning the same ETag for the gzip and uncompressed variants of a resource, although their bytes differ.",
		},
		Related: []string{"If-None-Match", "If-Match", "If-Range", "Last-Modified", "Cache-Control"},
		Specs: []Spec{
			{"RFC 9110, Section 8.8.3", "https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3"},
			{"RFC 9110, Section 8.8.3.2 (comparison)", "https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2"},
		},
		Keywords: []string{"entity tag", "weak etag", "optimistic locking", "revalidation"},
	},
	{
		Name:      "Last-Modified",
		Group:     GroupConditional,
		Direction: InResponses,
		Standing:  Standard,
		Summary:   "The date and time the origin server believes the representation last changed, used for revalidation and heuristic caching.",
		Explanation: `Last-Modified is the date-based validator. Clients send it back in If-Modified-Since to revalidate a stored copy, or in If-Unmodified-Since to make a change conditional. For static files servers use the file's modification time.

Caches also use it when a response has no explicit freshness: a common heuristic keeps the response fresh for a tenth of the time since it was last modified.`,
		Syntax: "An HTTP-date in the IMF-fixdate form, in GMT, with one-second resolution.",
		ABNF:   `Last-Modified = HTTP-date`,
		Examples: []string{
			"Last-Modified: Tue, 24 Nov 2026 09:41:07 GMT",
			"Last-Modified: Fri, 03 Jan 2025 17:20:00 GMT",
		},
		Handling: "Browsers keep the value and send it as If-Modified-Since when revalidating. When both Last-Modified and ETag are present, caches send both conditions, and servers evaluate If-None-Match and ignore the date.",
		Mistakes: []string{
			"Changing content twice within a second: the date stays the same, so clients never see the second change; send an ETag as well.",
			"Sending the current time on every response, which makes revalidation useless and heuristic freshness near zero.",
			"Deploying files whose timestamps all change on every release, forcing every client to download them again.",
		},
		Related: []string{"If-Modified-Since", "If-Unmodified-Since", "ETag", "Cache-Control", "Date"},
		Specs: []Spec{
			{"RFC 9110, Section 8.8.2", "https://www.rfc-editor.org/rfc/rfc9110#section-8.8.2"},
			{"RFC 9111, Section 4.2.2 (heuristic freshness)", "https://www.rfc-editor.org/rfc/rfc9111#section-4.2.2"},
		},
		Keywords: []string{"modification date", "validator", "heuristic freshness", "mtime"},
	},
	{
		Name:      "If-Match",
		Group:     GroupConditional,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Makes a request conditional on the resource still having one of the listed ETags, to prevent lost updates; a mismatch gives 412.",
		Explanation: `A client that read a resource and now changes it sends the ETag it read in If-Match. If the resource has changed since, its ETag no longer matches and the server answers 412 Precondition Failed instead of overwriting someone else's edit. If-Match: * means "only if the resource exists".

The comparison is strong: weak tags (W/) never match. Servers that require this protection answer 428 Precondition Required to a change that arrives without it.`,
		Syntax: "* or a comma-separated list of entity tags.",
		ABNF:   `If-Match = "*" / #entity-tag`,
		Examples: []string{
			`If-Match: "a7f3e1"`,
			`If-Match: "v41", "v42"`,
			"If-Match: *",
		},
		Handling: "Servers evaluate If-Match before any other condition and before carrying out the method; when it is present, If-Unmodified-Since is ignored. Caches forward it to the origin, which alone knows the current version.",
		Mistakes: []string{
			"Sending a weak ETag, which never matches under the strong comparison, so every update fails with 412.",
			"Retrying a 412 with the same old tag instead of fetching the current version and its ETag first.",
			"A compressing proxy altering the ETag on the way out (\"abc\" becomes W/\"abc\" or \"abc-gzip\"), so the tag the client returns never matches.",
		},
		Related: []string{"ETag", "If-Unmodified-Since", "If-None-Match"},
		Specs: []Spec{
			{"RFC 9110, Section 13.1.1", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.1"},
			{"RFC 6585, Section 3 (428)", "https://www.rfc-editor.org/rfc/rfc6585#section-3"},
		},
		Keywords: []string{"optimistic concurrency", "precondition"},
	},
	{
		Name:      "If-None-Match",
		Group:     GroupConditional,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Makes a request conditional on the resource matching none of the listed ETags: revalidation with 304, or create-only with *.",
		Explanation: `On GET and HEAD, a client sends the ETags of the copies it holds; if one still matches, the server answers 304 Not Modified without a body and the client reuses its copy. This is how browsers and CDNs revalidate stale responses.

On other methods a match means failure and yields 412. If-None-Match: * on a PUT means "only if nothing exists here yet", which prevents two clients from creating the same resource.`,
		Syntax: "* or a comma-separated list of entity tags.",
		ABNF:   `If-None-Match = "*" / #entity-tag`,
		Examples: []string{
			`If-None-Match: "33a64df551425fcc55e4d42a148795d9f25f89d4"`,
			`If-None-Match: W/"5e15153d-120f", "5e15153d-9b2"`,
			"If-None-Match: *",
		},
		Handling: "The comparison is weak, so W/ tags match. When present, the server ignores If-Modified-Since. Caches generate it themselves to revalidate stored responses, and may answer a client's conditional request from their own copy.",
		Mistakes: []string{
			"Answering 304 without the ETag and Cache-Control the full response would carry, so caches cannot refresh their stored copy.",
			"Comparing the tags including the W/ prefix, so a weakened tag from a compressing proxy never matches.",
		},
		Related: []string{"ETag", "If-Modified-Since", "If-Match", "Cache-Control"},
		Specs: []Spec{
			{"RFC 9110, Section 13.1.2", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2"},
		},
		Keywords: []string{"304 not modified", "conditional get", "create only"},
	},
	{
		Name:      "If-Modified-Since",
		Group:     GroupConditional,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Asks for the resource only if it changed after the given date; otherwise the server answers 304 Not Modified.",
		Explanation: `A client revalidating a stored copy sends the Last-Modified value it received. If the resource has not changed since, the server answers 304 and the client keeps using its copy; if it has, the server sends the full new response.

It applies only to GET and HEAD, and the server ignores it when the request also carries If-None-Match, which is the more precise test.`,
		Syntax: "An HTTP-date, normally copied exactly from Last-Modified.",
		ABNF:   `If-Modified-Since = HTTP-date`,
		Examples: []string{
			"If-Modified-Since: Tue, 24 Nov 2026 09:41:07 GMT",
			"If-Modified-Since: Fri, 03 Jan 2025 17:20:00 GMT",
		},
		Handling: "Browsers and caches send it automatically for stored responses that had Last-Modified. Servers ignore it when the date is invalid or the field holds more than one value.",
		Mistakes: []string{
			"Generating the date from the client's clock rather than copying Last-Modified, so clock skew makes the comparison wrong.",
			"Application code that never evaluates it, so unchanged dynamic pages are sent in full every time.",
		},
		Related: []string{"Last-Modified", "If-None-Match", "If-Unmodified-Since"},
		Specs: []Spec{
			{"RFC 9110, Section 13.1.3", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.3"},
		},
		Keywords: []string{"conditional get", "revalidation"},
	},
	{
		Name:      "If-Unmodified-Since",
		Group:     GroupConditional,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Makes a request succeed only if the resource has not changed since the given date; otherwise the server answers 412.",
		Explanation: `If-Unmodified-Since is the date-based counterpart of If-Match: a client sends the Last-Modified value it read so that a PUT, PATCH or DELETE does not overwrite a newer version. If the resource changed after that date, the server answers 412 Precondition Failed.

It is ignored when If-Match is present, and its one-second resolution makes it weaker than an ETag check.`,
		Syntax: "An HTTP-date, normally copied from Last-Modified.",
		ABNF:   `If-Unmodified-Since = HTTP-date`,
		Examples: []string{
			"If-Unmodified-Since: Tue, 24 Nov 2026 09:41:07 GMT",
			"If-Unmodified-Since: Fri, 03 Jan 2025 17:20:00 GMT",
		},
		Handling: "Servers evaluate it only when the resource has a modification date; an invalid date makes them ignore the field. Caches pass it through.",
		Mistakes: []string{
			"Relying on it for resources that can change twice within one second; use If-Match with an ETag.",
		},
		Related: []string{"If-Match", "Last-Modified", "If-Modified-Since"},
		Specs: []Spec{
			{"RFC 9110, Section 13.1.4", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.4"},
		},
		Keywords: []string{"lost update", "precondition"},
	},
	{
		Name:      "If-Range",
		Group:     GroupConditional,
		Direction: InRequests,
		Standing:  Standard,
		Summary:   "Makes a Range request conditional: the server sends the requested part only if the validator matches, else the whole resource.",
		Explanation: `A client resuming a download sends Range for the missing bytes and If-Range with the ETag or Last-Modified date of the part it already has. If the resource is unchanged, the server answers 206 with the requested range; if it changed, it answers 200 with the full new content, so the client never splices two versions together.

Unlike If-Match, a failed If-Range does not produce an error, which saves a round trip.`,
		Syntax: "Either one strong entity tag or an HTTP-date.",
		ABNF:   `If-Range = entity-tag / HTTP-date`,
		Examples: []string{
			`If-Range: "33a64df551425fcc55e4d42a148795d9f25f89d4"`,
			"If-Range: Tue, 24 Nov 2026 09:41:07 GMT",
		},
		Handling: "Servers ignore If-Range on a request without Range. The match requires a strong ETag, or a date that qualifies as a strong validator (RFC 9110 Section 8.8.2.2). Browsers and download managers send it when resuming interrupted downloads.",
		Mistakes: []string{
			"Sending a weak ETag, which never matches, so every resume downloads the whole file again.",
			"Sending If-Range without Range and expecting it to act like If-Match.",
		},
		Related: []string{"Range", "ETag", "Last-Modified", "Content-Range"},
		Specs: []Spec{
			{"RFC 9110, Section 13.1.5", "https://www.rfc-editor.org/rfc/rfc9110#section-13.1.5"},
		},
		Keywords: []string{"resume download", "partial content", "206"},
	},
}
