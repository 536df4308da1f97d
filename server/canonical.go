package server

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
)

// canonicalHTML rewrites a page go-app rendered, for three faults of its
// encoder:
//
//   - It writes attribute values as Go string literals (strconv.Quote): a
//     quote becomes \" and < > & stay raw. A browser reads \" as a
//     backslash that ends the value, so a search for
//     `"><meta http-equiv=refresh …>` would add markup to the page. Each
//     value is unquoted and written HTML-escaped instead.
//   - It writes attributes in map order, which changes from one render to
//     the next, and with it the bytes and the ETag. They are sorted.
//   - It pretty-prints: a newline and two spaces per level of nesting
//     before every child of an element that has more than one, and before
//     the end tag. The app builds the same page in the browser with no such
//     whitespace, so the indentation showed only in the server's page:
//     inside <pre> blocks (and in what "Copy" copied), as spaces around
//     inline <code>, as underlined blanks in links. It is removed, exactly:
//     knowing the depth, the encoder's whitespace is told from the text's.
//
// Text between tags go-app escapes already, and it leaves that alone.
func canonicalHTML(page []byte) ([]byte, error) {
	out := make([]byte, 0, len(page))
	var attrs []attribute
	depth := 0 // elements open: the encoder indents their children by 2×depth
	for i := 0; i < len(page); {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			out = append(out, withoutIndent(page[i:], depth, false)...)
			break
		}
		lt += i
		endTag := lt+1 < len(page) && page[lt+1] == '/'
		out = append(out, withoutIndent(page[i:lt], depth, endTag)...)
		if lt+1 == len(page) || !isASCIILetter(page[lt+1]) {
			// An end tag or the doctype, copied whole; or a lone "<".
			gt := bytes.IndexByte(page[lt:], '>')
			if lt+1 < len(page) && (endTag || page[lt+1] == '!') && gt > 0 {
				out = append(out, page[lt:lt+gt+1]...)
				i = lt + gt + 1
			} else {
				out = append(out, '<')
				i = lt + 1
			}
			if endTag {
				depth--
			}
			continue
		}
		var err error
		var void bool
		out, attrs, i, void, err = appendStartTag(out, attrs[:0], page, lt)
		if err != nil {
			return nil, err
		}
		if !void {
			depth++
		}
	}
	return out, nil
}

// withoutIndent removes from the text between two tags the whitespace the
// encoder put there: a newline and the indentation of the children of the
// element open at depth before it, and after it a newline and the
// indentation of the next sibling or, before an end tag, of the element
// itself. Only that exact whitespace goes: a text's own spaces stay.
func withoutIndent(text []byte, depth int, beforeEndTag bool) []byte {
	text = bytes.TrimPrefix(text, indent(depth))
	after := depth
	if beforeEndTag {
		after--
	}
	return bytes.TrimSuffix(text, indent(after))
}

// indents[d] is a newline and the encoder's indentation at depth d.
var indents = func() [][]byte {
	all := make([][]byte, 64)
	for d := range all {
		all[d] = append([]byte{'\n'}, bytes.Repeat([]byte(" "), 2*d)...)
	}
	return all
}()

func indent(depth int) []byte {
	if depth < 0 || depth >= len(indents) {
		return nil
	}
	return indents[depth]
}

// voidElements have no end tag and no children: the encoder's
// SelfClosing elements.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// attribute is one attribute of a start tag; value is nil when bare.
type attribute struct{ name, value []byte }

// appendStartTag appends the canonical form of the start tag at page[lt]
// and returns the index after it, and whether the element is void.
func appendStartTag(out []byte, attrs []attribute, page []byte, lt int) ([]byte, []attribute, int, bool, error) {
	i := lt + 1
	name := i
	for i < len(page) && !isTagSpace(page[i]) && page[i] != '>' && page[i] != '/' {
		i++
	}
	nameEnd := i
	out = append(out, page[lt:i]...)
	for {
		for i < len(page) && isTagSpace(page[i]) {
			i++
		}
		if i == len(page) {
			return nil, nil, 0, false, fmt.Errorf("<%s> does not end", page[name:i])
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
				return nil, nil, 0, false, fmt.Errorf("the value of %s is not a Go string literal", a.name)
			}
			value, err := strconv.Unquote(string(page[i+1 : end+1]))
			if err != nil {
				return nil, nil, 0, false, fmt.Errorf("the value of %s: %w", a.name, err)
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
		return nil, nil, 0, false, fmt.Errorf("<%s> does not end", page[name:i])
	}
	gt += i + 1
	void := voidElements[string(page[name:nameEnd])] || page[gt-2] == '/'
	return append(out, page[i:gt]...), attrs, gt, void, nil
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
