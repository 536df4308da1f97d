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
// Version 3: "nameHistory", "constants" with the top-level "libraries",
// and "clients" say what the specifications, libraries and clients make
// of each number.
const ExportVersion = 3

type exportFile struct {
	Version     int    `json:"version"`
	RegistryURL string `json:"registryUrl"`
	// Libraries are the ones each code's constants come from.
	Libraries []Library     `json:"libraries"`
	Classes   []exportClass `json:"classes"`
	Codes     []exportCode  `json:"codes"`
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
	Code         int               `json:"code"`
	Number       string            `json:"number"`
	Name         string            `json:"name"`
	RegistryName *string           `json:"registryName"`
	Registration *Registration     `json:"registration"`
	StatusLine   *string           `json:"statusLine"`
	FormerNames  []string          `json:"formerNames"`
	AlsoKnownAs  []string          `json:"alsoKnownAs"`
	Vendor       *string           `json:"vendor"`
	Registry     RegistryStatus    `json:"registry"`
	LogOnly      bool              `json:"logOnly"`
	Summary      string            `json:"summary"`
	Explanation  string            `json:"explanation"`
	Causes       []string          `json:"causes"`
	Fixes        []string          `json:"fixes"`
	Headers      []Header          `json:"headers"`
	Example      string            `json:"example"`
	Related      []int             `json:"related"`
	Confusions   []Confusion       `json:"confusions"`
	Specs        []Spec            `json:"specs"`
	Cacheable    bool              `json:"cacheable"`
	BodyAllowed  bool              `json:"bodyAllowed"`
	Retry        string            `json:"retry"`
	RetryAfter   bool              `json:"retryAfter"`
	GoConstant   *string           `json:"goConstant"`
	Keywords     []string          `json:"keywords"`
	Clients      []ClientBehaviour `json:"clients"`
	NameHistory  []SpecName        `json:"nameHistory"`
	Constants    []exportConstant  `json:"constants"`
}

// exportConstant is a Constant with its library named by language, which
// the top-level libraries describe.
type exportConstant struct {
	Language string  `json:"language"`
	Name     *string `json:"name"`
	Since    *string `json:"since"`
	Formerly *string `json:"formerly"`
}

// ExportJSON returns the whole catalog as JSON for other tools.
func ExportJSON() ([]byte, error) {
	f := exportFile{Version: ExportVersion, RegistryURL: RegistryURL, Libraries: Libraries()}
	for _, cl := range Classes {
		f.Classes = append(f.Classes, exportClass{cl.Label(), cl.Name, cl.Summary, cl.Spec})
	}
	for _, c := range All() {
		f.Codes = append(f.Codes, exportCode{
			Code:         c.Number,
			Number:       FormatNumber(c.Number),
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
			Clients:      clientsOf(c),
			NameHistory:  nameHistoryOf(c),
			Constants:    constantsOf(c),
		})
	}
	for _, l := range Lookalikes() {
		f.Lookalikes = append(f.Lookalikes, exportLookalike{
			Code:            l.Number,
			Number:          FormatNumber(l.Number),
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

// nameHistoryOf is the phrases the specifications gave a registered code,
// empty for a vendor's meaning of a number.
func nameHistoryOf(c Code) []SpecName {
	if c.Vendor != "" {
		return []SpecName{}
	}
	return nonNil(NameHistory(c.Number))
}

// constantsOf is what each library calls the entry's number. A number's
// constants go with its first entry, as on its page: the registered
// meaning where there is one (IIS's 451 is not Python's
// UNAVAILABLE_FOR_LEGAL_REASONS); the number's other entries get none.
func constantsOf(c Code) []exportConstant {
	out := []exportConstant{}
	if Lookup(c.Number)[0].Vendor != c.Vendor {
		return out
	}
	for _, k := range ConstantsFor(c.Number) {
		out = append(out, exportConstant{k.Library.Language, optional(k.Name), optional(k.Since), optional(k.Formerly)})
	}
	return out
}

// nonNil gives an empty list for a nil one, so that the JSON says [] and
// never null for a list field.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
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
