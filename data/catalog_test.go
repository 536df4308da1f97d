package data

import (
	"fmt"
	"net/textproto"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func label(c Code) string {
	if c.Vendor == "" {
		return fmt.Sprintf("code %03d", c.Number)
	}
	return fmt.Sprintf("code %03d (%s)", c.Number, c.Vendor)
}

func TestEveryEntryHasEveryFieldFilled(t *testing.T) {
	for _, c := range All() {
		missing := []string{}
		check := func(field string, empty bool) {
			if empty {
				missing = append(missing, field)
			}
		}
		check("Name", c.Name == "")
		check("Status", c.Status == "")
		check("Summary", c.Summary == "")
		check("Explanation", c.Explanation == "")
		check("Headers", len(c.Headers) == 0)
		check("Example", c.Example == "")
		check("Related", len(c.Related) == 0)
		check("Confusions", len(c.Confusions) == 0)
		check("Specs", len(c.Specs) == 0)
		check("Facts.Retry", c.Facts.Retry == "")
		check("Keywords", len(c.Keywords) == 0)
		for _, h := range c.Headers {
			check("Headers[].Name/Note", h.Name == "" || h.Note == "")
		}
		for _, s := range c.Specs {
			check("Specs[].Title", s.Title == "")
			check("Specs[].URL (https)", !strings.HasPrefix(s.URL, "https://"))
		}
		for _, cf := range c.Confusions {
			check("Confusions[].Difference", cf.Difference == "")
		}
		if len(missing) > 0 {
			t.Errorf("%s: empty %s", label(c), strings.Join(missing, ", "))
		}
	}
}

func TestCausesAndFixesNumberThreeToSix(t *testing.T) {
	for _, c := range All() {
		if n := len(c.Causes); n < 3 || n > 6 {
			t.Errorf("%s: %d causes, want 3 to 6", label(c), n)
		}
		if n := len(c.Fixes); n < 3 || n > 6 {
			t.Errorf("%s: %d fixes, want 3 to 6", label(c), n)
		}
	}
}

func TestEveryFixNamesWhoActs(t *testing.T) {
	for _, c := range All() {
		for _, f := range c.Fixes {
			if !strings.HasPrefix(f, "Client: ") && !strings.HasPrefix(f, "Server: ") && !strings.HasPrefix(f, "Operator: ") {
				t.Errorf("%s: fix %q does not start with Client:, Server: or Operator:", label(c), f)
			}
		}
	}
}

func TestSummaryIsOneShortSentence(t *testing.T) {
	for _, c := range All() {
		s := c.Summary
		if strings.Contains(s, "\n") || len(s) > 200 || !strings.HasSuffix(s, ".") {
			t.Errorf("%s: summary must be one line, at most 200 bytes, ending with a full stop: %q", label(c), s)
		}
	}
}

func TestNoDuplicateNumberAndVendor(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range All() {
		key := label(c)
		if seen[key] {
			t.Errorf("%s appears twice", key)
		}
		seen[key] = true
	}
}

func TestRelatedAndConfusedCodesExist(t *testing.T) {
	for _, c := range All() {
		refs := slices.Clone(c.Related)
		for _, cf := range c.Confusions {
			refs = append(refs, cf.Number)
		}
		for _, n := range refs {
			if len(Lookup(n)) == 0 {
				t.Errorf("%s refers to %03d, which is not in the catalog", label(c), n)
			}
			if n == c.Number {
				t.Errorf("%s refers to itself", label(c))
			}
		}
	}
}

func TestRegistryStatusIsKnown(t *testing.T) {
	known := []RegistryStatus{Permanent, Temporary, Unused, Obsolete, Unofficial}
	for _, c := range All() {
		if !slices.Contains(known, c.Status) {
			t.Errorf("%s: unknown status %q", label(c), c.Status)
		}
		if c.Status == Unofficial && c.Vendor == "" {
			t.Errorf("%s: unofficial codes must name their vendor", label(c))
		}
	}
}

// RFC 9110 forbids content in 1xx, 204 and 304 responses, and forbids a
// server to generate any in a 205 (Section 15.3.6).
func TestBodyIsAllowedExceptFor1xx204205And304(t *testing.T) {
	for _, c := range All() {
		if c.LogOnly {
			continue
		}
		want := !(c.Number >= 100 && c.Number < 200 || c.Number == 204 || c.Number == 205 || c.Number == 304)
		if c.Facts.BodyAllowed != want {
			t.Errorf("%s: BodyAllowed = %v, want %v", label(c), c.Facts.BodyAllowed, want)
		}
	}
}

// heuristicallyCacheable is the list in RFC 9110, Section 15.1, plus 451,
// which RFC 7725 (Section 3), not RFC 9110, makes cacheable by default.
var heuristicallyCacheable = []int{200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501}

func TestOnlyTheRFC9110ListIsCacheableByDefault(t *testing.T) {
	for _, c := range All() {
		want := c.Vendor == "" && slices.Contains(heuristicallyCacheable, c.Number)
		if c.Facts.Cacheable != want {
			t.Errorf("%s: Cacheable = %v, want %v", label(c), c.Facts.Cacheable, want)
		}
	}
}

var headerLine = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+.^_|~-]+: \S.*$`)

func TestResponseExampleMatchesItsCode(t *testing.T) {
	for _, c := range All() {
		if c.LogOnly {
			continue
		}
		head, body, hasBody := strings.Cut(c.Example, "\n\n")
		lines := strings.Split(head, "\n")
		want := fmt.Sprintf("HTTP/1.1 %03d %s", c.Number, c.Name)
		if c.StatusLine != "" {
			want = c.StatusLine
		}
		if lines[0] != want {
			t.Errorf("%s: status line %q, want %q", label(c), lines[0], want)
		}
		if len(lines) < 2 {
			t.Errorf("%s: example has no header fields", label(c))
		}
		for _, l := range lines[1:] {
			if !headerLine.MatchString(l) {
				t.Errorf("%s: malformed header line %q", label(c), l)
			}
		}
		if !c.Facts.BodyAllowed && (hasBody || strings.HasSuffix(c.Example, "\n")) {
			t.Errorf("%s: this code has no body, but the example has one", label(c))
		}
		if c.Facts.BodyAllowed && !hasBody && !strings.Contains(head, "\nContent-Length: 0") {
			t.Errorf("%s: example has no body (say Content-Length: 0 if the response really has none)", label(c))
		}
		if hasBody && strings.TrimSpace(body) == "" {
			t.Errorf("%s: example has an empty body after the blank line", label(c))
		}
	}
}

// StatusLine exists for the codes whose real status line differs from
// "HTTP/1.1 NNN Name"; it must still carry the code's own number.
func TestStatusLineOverrideNamesTheCodeAndDiffersFromTheDefault(t *testing.T) {
	for _, c := range All() {
		if c.StatusLine == "" {
			continue
		}
		if !strings.HasPrefix(c.StatusLine, fmt.Sprintf("HTTP/1.1 %03d ", c.Number)) {
			t.Errorf("%s: StatusLine %q does not start with the version and this code", label(c), c.StatusLine)
		}
		if c.StatusLine == fmt.Sprintf("HTTP/1.1 %03d %s", c.Number, c.Name) {
			t.Errorf("%s: StatusLine repeats the default; leave it empty", label(c))
		}
	}
}

func TestContentLengthInExampleMatchesItsBody(t *testing.T) {
	for _, c := range All() {
		if c.LogOnly {
			continue
		}
		head, body, _ := strings.Cut(c.Example, "\n\n")
		for _, l := range strings.Split(head, "\n")[1:] {
			name, value, _ := strings.Cut(l, ": ")
			if textproto.CanonicalMIMEHeaderKey(name) != "Content-Length" {
				continue
			}
			n, err := strconv.Atoi(value)
			if err != nil || (c.Facts.BodyAllowed && n != len(body)) {
				t.Errorf("%s: Content-Length %s, but the body is %d bytes", label(c), value, len(body))
			}
		}
	}
}

// RFC 9112, Section 6.3: a response body ends where Content-Length says,
// at the end of chunked coding, or when the server closes the connection.
// An example with none of these (keep-alive with no length) never ends.
func TestExampleBodyFramingLetsItEnd(t *testing.T) {
	for _, c := range All() {
		if c.LogOnly {
			continue
		}
		head, _, hasBody := strings.Cut(c.Example, "\n\n")
		if !hasBody {
			continue
		}
		framed := false
		for _, l := range strings.Split(head, "\n")[1:] {
			name, value, _ := strings.Cut(l, ": ")
			value = strings.ToLower(value)
			switch textproto.CanonicalMIMEHeaderKey(name) {
			case "Content-Length":
				framed = true
			case "Transfer-Encoding":
				framed = framed || strings.HasSuffix(value, "chunked")
			case "Connection":
				framed = framed || strings.Contains(value, "close")
			}
		}
		if !framed {
			t.Errorf("%s: example body has neither Content-Length, chunked Transfer-Encoding nor Connection: close, so a client cannot tell where it ends", label(c))
		}
	}
}

func TestRequiredHeadersAppearInExamples(t *testing.T) {
	for _, c := range All() {
		if c.Vendor != "" {
			continue
		}
		for _, h := range RequiredHeaders(c.Number) {
			if !strings.Contains(c.Example, "\n"+h.Name+": ") {
				t.Errorf("%s: example lacks the %s header", label(c), h.Name)
			}
		}
	}
}

func TestLogOnlyExamplesShowTheNumber(t *testing.T) {
	for _, c := range All() {
		if c.LogOnly && !strings.Contains(c.Example, fmt.Sprintf(" %03d ", c.Number)) {
			t.Errorf("%s: log example should show %03d as its own field", label(c), c.Number)
		}
	}
}

func TestClassesCoverOneToFive(t *testing.T) {
	for i, cl := range Classes {
		if cl.Digit != i+1 || cl.Name == "" || cl.Summary == "" || cl.Explanation == "" || cl.Spec.URL == "" {
			t.Errorf("class %d is incomplete: %+v", i+1, cl)
		}
	}
}

func TestLookupReturnsRegisteredMeaningFirst(t *testing.T) {
	tests := []struct {
		number      int
		wantFirst   string
		wantAtLeast int
	}{
		{451, "", 2},
		{499, "nginx", 2},
		{420, "Spring Framework", 2},
		{502, "", 1},
	}
	for _, tt := range tests {
		got := Lookup(tt.number)
		if len(got) < tt.wantAtLeast {
			t.Errorf("Lookup(%d): %d meanings, want at least %d", tt.number, len(got), tt.wantAtLeast)
			continue
		}
		if got[0].Vendor != tt.wantFirst {
			t.Errorf("Lookup(%d): first meaning is %q's, want %q's (\"\" is the registered one)", tt.number, got[0].Vendor, tt.wantFirst)
		}
	}
	if got := Lookup(299); got != nil {
		t.Errorf("Lookup(299) = %v, want nil", got)
	}
}
