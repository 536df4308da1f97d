package server

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	"httpstatus/routes"
)

// Link previews. go-app writes Open Graph tags of its own, with URLs built
// from a domain it does not know here ("https:///502"), so previews broke
// on exactly the pages people share. withSocialTags replaces them: with
// the site's public origin (-origin, make static ORIGIN=…), every page
// names its canonical address and its preview image as absolute URLs;
// without one, the tags that need an absolute URL are left out rather than
// sent broken.

// previewWidth and previewHeight are the size of every preview image.
const (
	previewWidth  = "1200"
	previewHeight = "630"
)

// withSocialTags rewrites the social tags of a page rendered for target (a
// path with its query, if any).
func withSocialTags(page []byte, origin *url.URL, target string) []byte {
	head := bytes.Index(page, []byte("</head>"))
	if head < 0 {
		return page
	}
	u, err := url.Parse(target)
	if err != nil {
		return page
	}
	title := between(page[:head], "<title>", "</title>")
	description := attributeOf(page[:head], `name="description"`, "content")
	var tags strings.Builder
	tag := func(attr, name, content string) {
		tags.WriteString(`<meta content="` + content + `" ` + attr + `="` + name + `">`)
	}
	p := routes.Resolve(u.Path)
	absolute := func(path string) string { return html.EscapeString(origin.String() + path) }
	if origin != nil && p.Kind != routes.NotFound {
		canonical := p.Path
		if p.Kind == routes.Index && u.Query().Get("q") != "" {
			canonical = routes.SearchPath(u.Query().Get("q")).String()
		}
		tags.WriteString(`<link href="` + absolute(canonical) + `" rel="canonical">`)
		tag("property", "og:url", absolute(canonical))
	}
	tag("property", "og:title", title)
	tag("property", "og:description", description)
	tag("property", "og:type", "website")
	if origin != nil {
		tag("property", "og:image", absolute(p.PreviewPath()))
		tag("property", "og:image:width", previewWidth)
		tag("property", "og:image:height", previewHeight)
		tag("property", "og:image:alt", title)
		tag("name", "twitter:card", "summary_large_image")
	}
	out := make([]byte, 0, len(page)+tags.Len())
	out = append(out, withoutSocialTags(page[:head])...)
	out = append(out, tags.String()...)
	return append(out, page[head:]...)
}

// withoutSocialTags drops the Open Graph, Twitter and canonical tags from
// a page's head.
func withoutSocialTags(head []byte) []byte {
	out := make([]byte, 0, len(head))
	for {
		i := bytes.IndexByte(head, '<')
		if i < 0 {
			return append(out, head...)
		}
		out = append(out, head[:i]...)
		head = head[i:]
		end := bytes.IndexByte(head, '>')
		if end < 0 {
			return append(out, head...)
		}
		tag := head[:end+1]
		head = head[end+1:]
		social := bytes.HasPrefix(tag, []byte("<meta ")) &&
			(bytes.Contains(tag, []byte(` property="og:`)) || bytes.Contains(tag, []byte(` name="twitter:`))) ||
			bytes.HasPrefix(tag, []byte("<link ")) && bytes.Contains(tag, []byte(` rel="canonical"`))
		if !social {
			out = append(out, tag...)
		}
	}
}

// between returns what lies between the first open and the close after it.
func between(b []byte, open, close string) string {
	_, rest, ok := bytes.Cut(b, []byte(open))
	if !ok {
		return ""
	}
	inner, _, _ := bytes.Cut(rest, []byte(close))
	return string(inner)
}

// attributeOf returns, still escaped, the value of attribute attr of the
// first tag that holds marker ("name=\"description\"").
func attributeOf(b []byte, marker, attr string) string {
	i := bytes.Index(b, []byte(marker))
	if i < 0 {
		return ""
	}
	start := bytes.LastIndexByte(b[:i], '<')
	end := bytes.IndexByte(b[i:], '>')
	if start < 0 || end < 0 {
		return ""
	}
	return between(b[start:i+end], ` `+attr+`="`, `"`)
}
