package data

import (
	"encoding/json"
	"testing"
)

func TestExportJSONHoldsEveryEntryInTheDocumentedFormat(t *testing.T) {
	b, err := ExportJSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version     int    `json:"version"`
		RegistryURL string `json:"registryUrl"`
		Classes     []struct {
			Class string `json:"class"`
		} `json:"classes"`
		Codes          []map[string]any `json:"codes"`
		NotStatusCodes []struct {
			Code    int    `json:"code"`
			Summary string `json:"summary"`
			Example string `json:"example"`
		} `json:"notStatusCodes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.RegistryURL != RegistryURL {
		t.Errorf("registryUrl %q, want %q", doc.RegistryURL, RegistryURL)
	}
	if doc.Version != ExportVersion || len(doc.Classes) != 5 || len(doc.Codes) != len(All()) {
		t.Fatalf("version %d, %d classes, %d codes; want %d, 5, %d", doc.Version, len(doc.Classes), len(doc.Codes), ExportVersion, len(All()))
	}
	if len(doc.NotStatusCodes) != len(Lookalikes()) {
		t.Errorf("%d notStatusCodes, want %d", len(doc.NotStatusCodes), len(Lookalikes()))
	}
	for _, l := range doc.NotStatusCodes {
		if l.Summary == "" || l.Example == "" {
			t.Errorf("notStatusCodes entry %d lacks its summary or example", l.Code)
		}
	}
	fields := []string{"code", "number", "name", "registryName", "registration", "statusLine", "formerNames", "alsoKnownAs", "vendor", "registry", "logOnly",
		"summary", "explanation", "causes", "fixes", "headers", "example", "related", "confusions", "specs",
		"cacheable", "bodyAllowed", "retry", "retryAfter", "goConstant", "keywords", "clients", "nameHistory", "constants"}
	for i, c := range doc.Codes {
		for _, f := range fields {
			if _, ok := c[f]; !ok {
				t.Errorf("codes[%d] (%v) lacks %q", i, c["number"], f)
			}
		}
		if (c["registry"] == string(Temporary)) != (c["registration"] != nil) {
			t.Errorf("codes[%d] (%v): registry %v with registration %v; only temporary codes carry dates", i, c["number"], c["registry"], c["registration"])
		}
		if All()[i].Vendor == "" && c["vendor"] != nil {
			t.Errorf("codes[%d]: a registered code must have vendor null, got %v", i, c["vendor"])
		}
	}
}

// exportedCodes is the "codes" array of ExportJSON with the fields the
// tests below read.
func exportedCodes(t *testing.T) (libraries []Library, codes []exportedCode) {
	t.Helper()
	b, err := ExportJSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Libraries []Library      `json:"libraries"`
		Codes     []exportedCode `json:"codes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Libraries, doc.Codes
}

type exportedCode struct {
	Code        int        `json:"code"`
	Vendor      *string    `json:"vendor"`
	NameHistory []SpecName `json:"nameHistory"`
	Constants   []struct {
		Language string  `json:"language"`
		Name     *string `json:"name"`
		Since    *string `json:"since"`
		Formerly *string `json:"formerly"`
	} `json:"constants"`
}

func TestExportNamesEveryLibraryItsConstantsComeFrom(t *testing.T) {
	libraries, codes := exportedCodes(t)
	if len(libraries) != len(Libraries()) {
		t.Fatalf("%d libraries exported, want %d", len(libraries), len(Libraries()))
	}
	known := map[string]bool{}
	for _, l := range libraries {
		known[l.Language] = true
	}
	for _, c := range codes {
		for _, k := range c.Constants {
			if !known[k.Language] {
				t.Errorf("code %d: constant of %q, which libraries does not describe", c.Code, k.Language)
			}
		}
	}
}

func TestExportGivesANumbersConstantsToItsFirstEntryOnly(t *testing.T) {
	_, codes := exportedCodes(t)
	seen := map[int]bool{}
	for _, c := range codes {
		want := len(Libraries())
		if seen[c.Code] {
			want = 0
		}
		seen[c.Code] = true
		if len(c.Constants) != want {
			t.Errorf("code %d (vendor %v): %d constants, want %d", c.Code, c.Vendor, len(c.Constants), want)
		}
	}
}

func TestExportSaysWhenPythonRenamed422(t *testing.T) {
	_, codes := exportedCodes(t)
	for _, c := range codes {
		if c.Code != 422 {
			continue
		}
		for _, k := range c.Constants {
			if k.Language == "Python" {
				if k.Name == nil || *k.Name != "UNPROCESSABLE_CONTENT" || k.Since == nil || *k.Since != "3.13" || k.Formerly == nil || *k.Formerly != "UNPROCESSABLE_ENTITY" {
					t.Errorf("422 in Python: %+v, want UNPROCESSABLE_CONTENT since 3.13, formerly UNPROCESSABLE_ENTITY", k)
				}
				return
			}
		}
	}
	t.Error("422 has no Python constant in the export")
}

func TestExportGivesNameHistoryOnlyToRegisteredMeanings(t *testing.T) {
	_, codes := exportedCodes(t)
	for _, c := range codes {
		registered := c.Vendor == nil
		if got, want := len(c.NameHistory), len(NameHistory(c.Code)); registered && got != want {
			t.Errorf("code %d: %d names in its history, want %d", c.Code, got, want)
		}
		if !registered && len(c.NameHistory) > 0 {
			t.Errorf("code %d of %s: a vendor's meaning carries the specifications' names", c.Code, *c.Vendor)
		}
	}
}
