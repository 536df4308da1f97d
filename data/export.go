package data

import (
	"encoding/json"
	"fmt"
)

// ExportVersion is the version of the JSON format written by ExportJSON.
// It changes only when a field is removed or changes meaning; fields may be
// added within a version. The format is documented in docs/codes-json.md.
const ExportVersion = 1

type exportFile struct {
	Version int           `json:"version"`
	Classes []exportClass `json:"classes"`
	Codes   []exportCode  `json:"codes"`
}

type exportClass struct {
	Class   string `json:"class"`
	Name    string `json:"name"`
	Summary string `json:"summary"`
	Spec    Spec   `json:"spec"`
}

type exportCode struct {
	Code        int               `json:"code"`
	Number      string            `json:"number"`
	Name        string            `json:"name"`
	FormerNames []string          `json:"formerNames"`
	AlsoKnownAs []string          `json:"alsoKnownAs"`
	Vendor      *string           `json:"vendor"`
	Registry    RegistryStatus    `json:"registry"`
	LogOnly     bool              `json:"logOnly"`
	Summary     string            `json:"summary"`
	Explanation string            `json:"explanation"`
	Causes      []string          `json:"causes"`
	Fixes       []string          `json:"fixes"`
	Headers     []Header          `json:"headers"`
	Example     string            `json:"example"`
	Related     []int             `json:"related"`
	Confusions  []Confusion       `json:"confusions"`
	Specs       []Spec            `json:"specs"`
	Cacheable   bool              `json:"cacheable"`
	BodyAllowed bool              `json:"bodyAllowed"`
	Retry       string            `json:"retry"`
	RetryAfter  bool              `json:"retryAfter"`
	GoConstant  *string           `json:"goConstant"`
	Keywords    []string          `json:"keywords"`
	Clients     []ClientBehaviour `json:"clients"`
}

// ExportJSON returns the whole catalog as JSON for other tools.
func ExportJSON() ([]byte, error) {
	f := exportFile{Version: ExportVersion}
	for _, cl := range Classes {
		f.Classes = append(f.Classes, exportClass{cl.Label(), cl.Name, cl.Summary, cl.Spec})
	}
	for _, c := range All() {
		f.Codes = append(f.Codes, exportCode{
			Code:        c.Number,
			Number:      fmt.Sprintf("%03d", c.Number),
			Name:        c.Name,
			FormerNames: nonNil(c.FormerNames),
			AlsoKnownAs: nonNil(c.AlsoKnownAs),
			Vendor:      optional(c.Vendor),
			Registry:    c.Status,
			LogOnly:     c.LogOnly,
			Summary:     c.Summary,
			Explanation: c.Explanation,
			Causes:      c.Causes,
			Fixes:       c.Fixes,
			Headers:     c.Headers,
			Example:     c.Example,
			Related:     c.Related,
			Confusions:  c.Confusions,
			Specs:       c.Specs,
			Cacheable:   c.Facts.Cacheable,
			BodyAllowed: c.Facts.BodyAllowed,
			Retry:       c.Facts.Retry,
			RetryAfter:  c.Facts.RetryAfter,
			GoConstant:  optional(c.GoConstant),
			Keywords:    c.Keywords,
			Clients:     clientsOf(c),
		})
	}
	return json.MarshalIndent(f, "", "  ")
}

// clientsOf is ClientsFor the entry's number, empty for an entry that only
// appears in logs: no client ever gets it, whatever else the number means.
func clientsOf(c Code) []ClientBehaviour {
	if c.LogOnly {
		return []ClientBehaviour{}
	}
	if found := ClientsFor(c.Number); found != nil {
		return found
	}
	return []ClientBehaviour{}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
