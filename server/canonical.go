package server

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
)

// canonicalHTML rewrites the start tags of a page go-app rendered, for two
// faults of its encoder:
//
//   - It writes attribute values as Go string literals (strconv.Quote): a
//     quote becomes \" and < > & stay raw. A browser reads \" as a
//     backslash that ends the value, so a search for
//     `"><meta http-equiv=refresh …>` would add markup to the page. Each
//     value is unquoted and written HTML-escaped instead.
//   - It writes attributes in map order, which changes from one render to
//     the next, and with it the bytes and the ETag. They are sorted.
//
// Text between tags go-app escapes already, and it leaves alone.
func canonicalHTML(page []byte) ([]byte, error) {
	out := make([]byte, 0, len(page)+len(page)/8)
	var attrs []attribute
	for i := 0; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			out = append(out, page[i:]...)
			break
		}
		lt += i
		out = append(out, page[i:lt]...)
		if lt+1 == len(page) || !isASCIILetter(page[lt+1]) {
			out = append(out, '<') // an end tag, a comment or the doctype
			i = lt + 1
			continue
		}
		var err error
		out, attrs, i, err = appendStartTag(out, attrs[:0], page, lt)
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// attribute is one attribute of a start tag; value is nil when bare.
type attribute struct{ name, value []byte }

// appendStartTag appends the canonical form of the start tag at page[lt]
// and returns the index after it.
func appendStartTag(out []byte, attrs []attribute, page []byte, lt int) ([]byte, []attribute, int, error) {
	i := lt + 1
	name := i
	for i < len(page) && !isTagSpace(page[i]) && page[i] != '>' && page[i] != '/' {
		i++
	}
	out = append(out, page[lt:i]...)
	for {
		for i < len(page) && isTagSpace(page[i]) {
			i++
		}
		if i == len(page) {
			return nil, nil, 0, fmt.Errorf("<%s> does not end", page[name:i])
		}
		if page[i] == '>' || page[i] == '/' {
			break
		}
		start := i
		for i < len(page) && !isTagSpace(page[i]) && page[i] != '>' && page[i] != '=' && page[i] != '/' {
			i++
		}
		a := attribute{name: page[start:i]}
		if i < len(page) && page[i] == '=' {
			end := endOfQuoted(page, i+1)
			if end < 0 {
				return nil, nil, 0, fmt.Errorf("the value of %s is not a Go string literal", a.name)
			}
			value, err := strconv.Unquote(string(page[i+1 : end+1]))
			if err != nil {
				return nil, nil, 0, fmt.Errorf("the value of %s: %w", a.name, err)
			}
			a.value = []byte(value)
			i = end + 1
		}
		attrs = append(attrs, a)
	}
	slices.SortStableFunc(attrs, func(a, b attribute) int { return bytes.Compare(a.name, b.name) })
	for _, a := range attrs {
		out = append(out, ' ')
		out = append(out, a.name...)
		if a.value != nil {
			out = append(out, '=', '"')
			out = appendEscaped(out, a.value)
			out = append(out, '"')
		}
	}
	gt := bytes.IndexByte(page[i:], '>')
	if gt < 0 {
		return nil, nil, 0, fmt.Errorf("<%s> does not end", page[name:i])
	}
	gt += i + 1
	return append(out, page[i:gt]...), attrs, gt, nil
}

// appendEscaped appends v escaped for a double-quoted attribute value; < and
// > too, so that no markup appears even there.
func appendEscaped(out, v []byte) []byte {
	for _, c := range v {
		switch c {
		case '&':
			out = append(out, "&amp;"...)
		case '"':
			out = append(out, "&#34;"...)
		case '<':
			out = append(out, "&lt;"...)
		case '>':
			out = append(out, "&gt;"...)
		default:
			out = append(out, c)
		}
	}
	return out
}

// endOfQuoted returns the index of the quote that closes the Go string
// literal opening at page[start], or -1.
func endOfQuoted(page []byte, start int) int {
	if start >= len(page) || page[start] != '"' {
		return -1
	}
	for i := start + 1; i < len(page); i++ {
		switch page[i] {
		case '\\':
			i++ // the escaped byte, which may be a quote
		case '"':
			return i
		case '\n':
			return -1 // Go literals hold no raw newline
		}
	}
	return -1
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
