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
		Version int `json:"version"`
		Classes []struct {
			Class string `json:"class"`
		} `json:"classes"`
		Codes []map[string]any `json:"codes"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != ExportVersion || len(doc.Classes) != 5 || len(doc.Codes) != len(All()) {
		t.Fatalf("version %d, %d classes, %d codes; want %d, 5, %d", doc.Version, len(doc.Classes), len(doc.Codes), ExportVersion, len(All()))
	}
	fields := []string{"code", "number", "name", "formerNames", "alsoKnownAs", "vendor", "registry", "logOnly",
		"summary", "explanation", "causes", "fixes", "headers", "example", "related", "confusions", "specs",
		"cacheable", "bodyAllowed", "retry", "retryAfter", "goConstant", "keywords", "clients"}
	for i, c := range doc.Codes {
		for _, f := range fields {
			if _, ok := c[f]; !ok {
				t.Errorf("codes[%d] (%v) lacks %q", i, c["number"], f)
			}
		}
		if All()[i].Vendor == "" && c["vendor"] != nil {
			t.Errorf("codes[%d]: a registered code must have vendor null, got %v", i, c["vendor"])
		}
	}
}
