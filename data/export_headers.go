package data

import "encoding/json"

// HeadersExportVersion is the version of the JSON format written by
// ExportHeadersJSON, documented in docs/headers-json.md. It changes only
// when a field is removed or changes meaning; fields may be added within a
// version.
const HeadersExportVersion = 1

type headersFile struct {
	Version int            `json:"version"`
	Groups  []string       `json:"groups"`
	Headers []exportHeader `json:"headers"`
}

type exportHeader struct {
	Name        string          `json:"name"`
	Slug        string          `json:"slug"`
	Group       HeaderGroup     `json:"group"`
	Direction   Direction       `json:"direction"`
	Standing    FieldStanding   `json:"standing"`
	Vendor      *string         `json:"vendor"`
	Summary     string          `json:"summary"`
	Explanation string          `json:"explanation"`
	Syntax      string          `json:"syntax"`
	ABNF        *string         `json:"abnf"`
	Examples    []string        `json:"examples"`
	Handling    string          `json:"handling"`
	Mistakes    []string        `json:"mistakes"`
	Related     []string        `json:"related"`
	Specs       []Spec          `json:"specs"`
	AlsoKnownAs []string        `json:"alsoKnownAs"`
	Keywords    []string        `json:"keywords"`
	Codes       []exportMention `json:"codes"`
}

// exportMention is a status code entry that names the header.
type exportMention struct {
	Code   int     `json:"code"`
	Vendor *string `json:"vendor"`
	Note   string  `json:"note"`
}

// ExportHeadersJSON writes every header page as JSON, with the status codes
// that name each header, for other tools.
func ExportHeadersJSON() ([]byte, error) {
	f := headersFile{Version: HeadersExportVersion}
	for _, g := range HeaderGroups {
		f.Groups = append(f.Groups, string(g))
	}
	for _, h := range Headers() {
		e := exportHeader{
			Name: h.Name, Slug: HeaderSlug(h.Name), Group: h.Group, Direction: h.Direction, Standing: h.Standing,
			Vendor: optional(h.Vendor), Summary: h.Summary, Explanation: h.Explanation, Syntax: h.Syntax,
			ABNF: optional(h.ABNF), Examples: nonNil(h.Examples), Handling: h.Handling, Mistakes: nonNil(h.Mistakes),
			Related: nonNil(h.Related), Specs: nonNil(h.Specs), AlsoKnownAs: nonNil(h.AlsoKnownAs), Keywords: nonNil(h.Keywords),
			Codes: []exportMention{},
		}
		for _, m := range CodesNaming(h) {
			e.Codes = append(e.Codes, exportMention{m.Code.Number, optional(m.Code.Vendor), m.Note})
		}
		f.Headers = append(f.Headers, e)
	}
	return json.MarshalIndent(f, "", "  ")
}
