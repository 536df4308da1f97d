package data

import (
	"encoding/json"
	"fmt"
	"slices"
)

// ExportVersion is the version of the JSON format written by ExportJSON.
// It changes only when a field is removed or changes meaning; fields may be
// added within a version. The format is documented in docs/codes-json.md.
// Version 2: "name" is the name shown, not always the reason phrase sent;
// "registryName", "registration" and "statusLine" say what differs.
// "notStatusCodes" lists numbers often mistaken for status codes.
const ExportVersion = 2

type exportFile struct {
	Version     int           `json:"version"`
	RegistryURL string        `json:"registryUrl"`
	Classes     []exportClass `json:"classes"`
	Codes       []exportCode  `json:"codes"`
	// Lookalikes are numbers listed as status codes elsewhere that are not.
	Lookalikes []exportLookalike `json:"notStatusCodes"`
}

type exportLookalike struct {
	Code            int      `json:"code"`
	Number          string   `json:"number"`
	Name            string   `json:"name"`
	Kind            string   `json:"kind"`
	HeaderField     *string  `json:"headerField"`
	Summary         string   `json:"summary"`
	Explanation     string   `json:"explanation"`
	KindExplanation string   `json:"kindExplanation"`
	Example         string   `json:"example"`
	Related         []int    `json:"related"`
	Specs           []Spec   `json:"specs"`
	Keywords        []string `json:"keywords"`
}

type exportClass struct {
	Class   string `json:"class"`
	Name    string `json:"name"`
	Summary string `json:"summary"`
	Spec    Spec   `json:"spec"`
}

type exportCode struct {
	Code         int            `json:"code"`
	Number       string         `json:"number"`
	Name         string         `json:"name"`
	RegistryName *string        `json:"registryName"`
	Registration *Registration  `json:"registration"`
	StatusLine   *string        `json:"statusLine"`
	FormerNames  []string       `json:"formerNames"`
	AlsoKnownAs  []string       `json:"alsoKnownAs"`
	Vendor       *string        `json:"vendor"`
	Registry     RegistryStatus `json:"registry"`
	LogOnly      bool           `json:"logOnly"`
	Summary      string         `json:"summary"`
	Explanation  string         `json:"explanation"`
	Causes       []string       `json:"causes"`
	Fixes        []string       `json:"fixes"`
	Headers      []Header       `json:"headers"`
	Example      string         `json:"example"`
	Related      []int          `json:"related"`
	Confusions   []Confusion    `json:"confusions"`
	Specs        []Spec         `json:"specs"`
	Cacheable    bool           `json:"cacheable"`
	BodyAllowed  bool           `json:"bodyAllowed"`
	Retry        string         `json:"retry"`
	RetryAfter   bool           `json:"retryAfter"`
	GoConstant   *string        `json:"goConstant"`
	Keywords     []string       `json:"keywords"`
}

// ExportJSON returns the whole catalog as JSON for other tools.
func ExportJSON() ([]byte, error) {
	f := exportFile{Version: ExportVersion, RegistryURL: RegistryURL}
	for _, cl := range Classes {
		f.Classes = append(f.Classes, exportClass{cl.Label(), cl.Name, cl.Summary, cl.Spec})
	}
	for _, c := range All() {
		f.Codes = append(f.Codes, exportCode{
			Code:         c.Number,
			Number:       fmt.Sprintf("%03d", c.Number),
			Name:         c.Name,
			RegistryName: registryName(c),
			Registration: c.Registration,
			StatusLine:   statusLine(c),
			FormerNames:  nonNil(c.FormerNames),
			AlsoKnownAs:  nonNil(c.AlsoKnownAs),
			Vendor:       optional(c.Vendor),
			Registry:     c.Status,
			LogOnly:      c.LogOnly,
			Summary:      c.Summary,
			Explanation:  c.Explanation,
			Causes:       c.Causes,
			Fixes:        c.Fixes,
			Headers:      c.Headers,
			Example:      c.Example,
			Related:      c.Related,
			Confusions:   c.Confusions,
			Specs:        c.Specs,
			Cacheable:    c.Facts.Cacheable,
			BodyAllowed:  c.Facts.BodyAllowed,
			Retry:        c.Facts.Retry,
			RetryAfter:   c.Facts.RetryAfter,
			GoConstant:   optional(c.GoConstant),
			Keywords:     c.Keywords,
		})
	}
	for _, l := range Lookalikes() {
		f.Lookalikes = append(f.Lookalikes, exportLookalike{
			Code:            l.Number,
			Number:          fmt.Sprintf("%03d", l.Number),
			Name:            l.Name,
			Kind:            l.Kind.Name,
			HeaderField:     optional(l.Kind.HeaderField),
			Summary:         l.Summary,
			Explanation:     l.Explanation,
			KindExplanation: l.Kind.Explanation,
			Example:         l.Example,
			Related:         l.Related,
			Specs:           append(slices.Clone(l.Specs), l.Kind.Specs...),
			Keywords:        l.Keywords,
		})
	}
	return json.MarshalIndent(f, "", "  ")
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

// registryName is null for vendor codes, which the registry does not list.
func registryName(c Code) *string {
	if c.Vendor != "" {
		return nil
	}
	return optional(c.RegisteredName())
}

// statusLine is the example's first line; null for log-only codes, which
// never send one.
func statusLine(c Code) *string {
	if c.LogOnly {
		return nil
	}
	if c.StatusLine != "" {
		return &c.StatusLine
	}
	line := fmt.Sprintf("HTTP/1.1 %03d %s", c.Number, c.Name)
	return &line
}
