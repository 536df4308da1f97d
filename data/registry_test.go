package data

import (
	"fmt"
	"testing"
	"time"
)

// ianaRegistry is the IANA HTTP Status Code Registry as of 2026, typed out
// from the registry itself, so that a code missing from the catalog or a
// stale reason phrase fails a test. Names are the registry's own: 306 and
// 418 are "(Unused)" there. expires is the end of a temporary registration.
var ianaRegistry = []struct {
	number  int
	name    string
	status  RegistryStatus
	expires string
}{
	{100, "Continue", Permanent, ""},
	{101, "Switching Protocols", Permanent, ""},
	{102, "Processing", Permanent, ""},
	{103, "Early Hints", Permanent, ""},
	{104, "Upload Resumption Supported", Temporary, "2026-11-13"},
	{200, "OK", Permanent, ""},
	{201, "Created", Permanent, ""},
	{202, "Accepted", Permanent, ""},
	{203, "Non-Authoritative Information", Permanent, ""},
	{204, "No Content", Permanent, ""},
	{205, "Reset Content", Permanent, ""},
	{206, "Partial Content", Permanent, ""},
	{207, "Multi-Status", Permanent, ""},
	{208, "Already Reported", Permanent, ""},
	{226, "IM Used", Permanent, ""},
	{300, "Multiple Choices", Permanent, ""},
	{301, "Moved Permanently", Permanent, ""},
	{302, "Found", Permanent, ""},
	{303, "See Other", Permanent, ""},
	{304, "Not Modified", Permanent, ""},
	{305, "Use Proxy", Permanent, ""},
	{306, "(Unused)", Unused, ""},
	{307, "Temporary Redirect", Permanent, ""},
	{308, "Permanent Redirect", Permanent, ""},
	{400, "Bad Request", Permanent, ""},
	{401, "Unauthorized", Permanent, ""},
	{402, "Payment Required", Permanent, ""},
	{403, "Forbidden", Permanent, ""},
	{404, "Not Found", Permanent, ""},
	{405, "Method Not Allowed", Permanent, ""},
	{406, "Not Acceptable", Permanent, ""},
	{407, "Proxy Authentication Required", Permanent, ""},
	{408, "Request Timeout", Permanent, ""},
	{409, "Conflict", Permanent, ""},
	{410, "Gone", Permanent, ""},
	{411, "Length Required", Permanent, ""},
	{412, "Precondition Failed", Permanent, ""},
	{413, "Content Too Large", Permanent, ""},
	{414, "URI Too Long", Permanent, ""},
	{415, "Unsupported Media Type", Permanent, ""},
	{416, "Range Not Satisfiable", Permanent, ""},
	{417, "Expectation Failed", Permanent, ""},
	{418, "(Unused)", Unused, ""},
	{421, "Misdirected Request", Permanent, ""},
	{422, "Unprocessable Content", Permanent, ""},
	{423, "Locked", Permanent, ""},
	{424, "Failed Dependency", Permanent, ""},
	{425, "Too Early", Permanent, ""},
	{426, "Upgrade Required", Permanent, ""},
	{428, "Precondition Required", Permanent, ""},
	{429, "Too Many Requests", Permanent, ""},
	{431, "Request Header Fields Too Large", Permanent, ""},
	{451, "Unavailable For Legal Reasons", Permanent, ""},
	{500, "Internal Server Error", Permanent, ""},
	{501, "Not Implemented", Permanent, ""},
	{502, "Bad Gateway", Permanent, ""},
	{503, "Service Unavailable", Permanent, ""},
	{504, "Gateway Timeout", Permanent, ""},
	{505, "HTTP Version Not Supported", Permanent, ""},
	{506, "Variant Also Negotiates", Permanent, ""},
	{507, "Insufficient Storage", Permanent, ""},
	{508, "Loop Detected", Permanent, ""},
	{510, "Not Extended", Obsolete, ""},
	{511, "Network Authentication Required", Permanent, ""},
}

func TestEveryRegistryCodeIsPresentWithItsCurrentName(t *testing.T) {
	for _, want := range ianaRegistry {
		t.Run(fmt.Sprint(want.number), func(t *testing.T) {
			meanings := Lookup(want.number)
			if len(meanings) == 0 {
				t.Fatalf("code %d is missing from the catalog", want.number)
			}
			got := meanings[0]
			if got.Vendor != "" {
				t.Fatalf("code %d: first meaning is %s's, want the registered one first", want.number, got.Vendor)
			}
			if got.RegisteredName() != want.name {
				t.Errorf("code %d: registry name %q, want %q", want.number, got.RegisteredName(), want.name)
			}
			if want.status == Temporary && (got.Registration == nil || got.Registration.Expires != want.expires) {
				t.Errorf("code %d: registration %+v, want one expiring %s", want.number, got.Registration, want.expires)
			}
			if got.Status != want.status {
				t.Errorf("code %d: status %q, want %q", want.number, got.Status, want.status)
			}
		})
	}
}

func TestOnlyRegistryCodesAreUnvendored(t *testing.T) {
	registered := map[int]bool{}
	for _, r := range ianaRegistry {
		registered[r.number] = true
	}
	for _, c := range All() {
		if c.Vendor == "" && !registered[c.Number] {
			t.Errorf("code %d has no vendor but is not in the IANA registry", c.Number)
		}
		if c.Vendor != "" && c.Status != Unofficial {
			t.Errorf("code %d (%s): vendor codes must be %q, got %q", c.Number, c.Vendor, Unofficial, c.Status)
		}
	}
}

// A name that is not the registry's must say so: the registry name is kept
// beside it, and the page shows both.
func TestRegistryNameIsSetOnlyWhereItDiffersFromName(t *testing.T) {
	for _, c := range All() {
		if c.RegistryName == "" {
			continue
		}
		if c.Vendor != "" {
			t.Errorf("%s: a vendor code has no registry name", label(c))
		}
		if c.RegistryName == c.Name {
			t.Errorf("%s: RegistryName repeats Name; leave it empty", label(c))
		}
	}
}

func TestOnlyTemporaryRegistrationsCarryDatesAndTheyAreInOrder(t *testing.T) {
	for _, c := range All() {
		if (c.Status == Temporary) != (c.Registration != nil) {
			t.Errorf("%s: status %q with registration %+v; temporary codes and only they need dates", label(c), c.Status, c.Registration)
			continue
		}
		if c.Registration == nil {
			continue
		}
		r := c.Registration
		dates := []string{r.Registered, r.Expires}
		if r.Extended != "" {
			dates = []string{r.Registered, r.Extended, r.Expires}
		}
		for i, d := range dates {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				t.Errorf("%s: registration date %q is not YYYY-MM-DD", label(c), d)
			}
			if i > 0 && d <= dates[i-1] {
				t.Errorf("%s: registration dates %v are out of order", label(c), dates)
			}
		}
	}
}
