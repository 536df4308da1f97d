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
		"cacheable", "bodyAllowed", "retry", "retryAfter", "goConstant", "keywords"}
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
