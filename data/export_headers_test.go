package data

import (
	"encoding/json"
	"testing"
)

func TestHeadersExportHoldsEveryHeaderWithTheCodesNamingIt(t *testing.T) {
	b, err := ExportHeadersJSON()
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Version int `json:"version"`
		Headers []struct {
			Name  string `json:"name"`
			Slug  string `json:"slug"`
			Codes []struct {
				Code int `json:"code"`
			} `json:"codes"`
		} `json:"headers"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f.Version != HeadersExportVersion || len(f.Headers) != len(Headers()) {
		t.Fatalf("version %d with %d headers, want %d with %d", f.Version, len(f.Headers), HeadersExportVersion, len(Headers()))
	}
	for _, h := range f.Headers {
		if h.Name == "Retry-After" {
			codes := map[int]bool{}
			for _, c := range h.Codes {
				codes[c.Code] = true
			}
			if !codes[429] || !codes[503] || h.Slug != "retry-after" {
				t.Errorf("Retry-After: slug %q, codes %v; want retry-after with 429 and 503", h.Slug, codes)
			}
		}
	}
}
