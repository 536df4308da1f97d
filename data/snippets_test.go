package data

import (
	"strings"
	"testing"
)

func TestLogOnlyCodesHaveNoSnippetsButSayWhy(t *testing.T) {
	for _, c := range All() {
		snippets, why := SnippetsFor(c), NoSnippetsReason(c)
		if c.LogOnly && (snippets != nil || why == "") {
			t.Errorf("%s is log-only: want no snippets and a reason, got %d snippets and %q", label(c), len(snippets), why)
		}
		if !c.LogOnly && (snippets == nil || why != "") {
			t.Errorf("%s can be sent: want snippets and no reason, got %d snippets and %q", label(c), len(snippets), why)
		}
	}
}

func TestEverySnippetEitherSendsOrSaysWhyNot(t *testing.T) {
	runtimes := []string{RuntimeGo, RuntimeExpress, RuntimeFlask, RuntimeNginx}
	for _, c := range All() {
		if c.LogOnly {
			continue
		}
		snippets := SnippetsFor(c)
		if len(snippets) != len(runtimes) {
			t.Errorf("%s: %d snippets, want one per runtime", label(c), len(snippets))
			continue
		}
		for i, s := range snippets {
			if s.Runtime != runtimes[i] {
				t.Errorf("%s: snippet %d is for %q, want %q", label(c), i, s.Runtime, runtimes[i])
			}
			if (s.Code == "") == (s.Unavailable == "") {
				t.Errorf("%s, %s: want exactly one of Code and Unavailable, got %q and %q", label(c), s.Runtime, s.Code, s.Unavailable)
			}
			if s.Unavailable != "" && !strings.HasSuffix(s.Unavailable, ".") {
				t.Errorf("%s, %s: the reason should be a sentence: %q", label(c), s.Runtime, s.Unavailable)
			}
		}
	}
}

// The runtime tests prove the snippets on the wire; this keeps the
// promise checkable where nginx, Node and Flask are not installed.
func TestSnippetsThatSendCarryEveryRequiredHeaderValue(t *testing.T) {
	for _, c := range All() {
		for _, s := range SnippetsFor(c) {
			if s.Unavailable != "" {
				continue
			}
			for _, h := range requiredHeadersOf(c) {
				if c.Number == 206 && h.Name == "Content-Range" {
					continue // the runtime's file server computes it
				}
				if !strings.Contains(s.Code, h.Value) {
					t.Errorf("%s, %s: snippet lacks %s: %s:\n%s", label(c), s.Runtime, h.Name, h.Value, s.Code)
				}
			}
		}
	}
}

func TestNoRuntimeSendsAnInterimCodeAsIfFinal(t *testing.T) {
	finalStatus := map[string]string{
		RuntimeGo: "", RuntimeExpress: ".status(", RuntimeFlask: "return ", RuntimeNginx: "return ",
	}
	for _, c := range All() {
		if c.Number >= 200 || c.LogOnly {
			continue
		}
		for _, s := range SnippetsFor(c) {
			if marker := finalStatus[s.Runtime]; marker != "" && strings.Contains(s.Code, marker) {
				t.Errorf("%s, %s: an interim code sent as a final status:\n%s", label(c), s.Runtime, s.Code)
			}
		}
	}
}

func TestGoSnippetsUseTheNetHTTPConstantWhenThereIsOne(t *testing.T) {
	tests := []struct {
		number int
		vendor string
		wantGo string
	}{
		{502, "", "w.WriteHeader(http.StatusBadGateway)"},
		{418, "", "w.WriteHeader(http.StatusTeapot)"},
		{306, "", "w.WriteHeader(306)"},
		{520, "Cloudflare", "w.WriteHeader(520)"},
		{429, "", "w.Header().Set(\"Retry-After\", \"120\")\nw.WriteHeader(http.StatusTooManyRequests)"},
		{308, "", "http.Redirect(w, r, \"https://example.com/new-page\", http.StatusPermanentRedirect)"},
	}
	for _, tt := range tests {
		for _, c := range Lookup(tt.number) {
			if c.Vendor != tt.vendor {
				continue
			}
			if got := SnippetsFor(c)[0].Code; got != tt.wantGo {
				t.Errorf("%d Go snippet = %q, want %q", tt.number, got, tt.wantGo)
			}
		}
	}
}
