package data

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestEveryClientBehaviourHasAClientASentenceAndAnHTTPSSource(t *testing.T) {
	for i, r := range clientRules {
		b := r.ClientBehaviour
		if !slices.Contains(clientOrder, b.Client) {
			t.Errorf("rule %d: client %q is not one of %q", i, b.Client, clientOrder)
		}
		if b.Behaviour == "" || strings.Contains(b.Behaviour, "\n") || !strings.HasSuffix(b.Behaviour, ".") || len(b.Behaviour) > 240 {
			t.Errorf("rule %d (%s): behaviour must be one sentence of at most 240 bytes ending with a full stop: %q", i, b.Client, b.Behaviour)
		}
		if b.Source.Title == "" || !strings.HasPrefix(b.Source.URL, "https://") {
			t.Errorf("rule %d (%s): source needs a title and an https URL: %+v", i, b.Client, b.Source)
		}
	}
}

func TestEveryCodeAClientRuleNamesExists(t *testing.T) {
	for i, r := range clientRules {
		for _, n := range slices.Concat(r.codes, r.except) {
			if Lookup(n) == nil {
				t.Errorf("rule %d (%s) names %d, which is not in the catalog", i, r.Client, n)
			}
		}
		if r.from > r.to || (r.from != 0 && Lookup(r.from) == nil && r.from%100 != 0) {
			t.Errorf("rule %d (%s): range %d..%d must start at a class boundary or a catalog code", i, r.Client, r.from, r.to)
		}
		if len(r.codes) == 0 && r.from == 0 {
			t.Errorf("rule %d (%s) covers no code", i, r.Client)
		}
	}
}

func TestEveryClientRuleReachesAPage(t *testing.T) {
	for i, r := range clientRules {
		reached := false
		for _, c := range All() {
			if slices.Contains(ClientsFor(c.Number), r.ClientBehaviour) {
				reached = true
				break
			}
		}
		if !reached {
			t.Errorf("rule %d (%s: %q) applies to no code in the catalog", i, r.Client, r.Behaviour)
		}
	}
}

func TestCodesThatNeverReachAClientHaveNoClientBehaviour(t *testing.T) {
	for _, c := range All() {
		meanings := Lookup(c.Number)
		if slices.ContainsFunc(meanings, func(m Code) bool { return !m.LogOnly }) {
			continue
		}
		if got := ClientsFor(c.Number); got != nil {
			t.Errorf("%s is only ever logged, yet ClientsFor gives %d behaviours", label(c), len(got))
		}
	}
}

func TestClientsForListsBrowsersThenFetchThenCurlThenGooglebot(t *testing.T) {
	for _, c := range All() {
		got := ClientsFor(c.Number)
		if !slices.IsSortedFunc(got, func(a, b ClientBehaviour) int {
			return slices.Index(clientOrder, a.Client) - slices.Index(clientOrder, b.Client)
		}) {
			t.Errorf("%s: behaviours out of client order", label(c))
		}
	}
}

func TestEveryLiveCheckNamesATestFileThatExists(t *testing.T) {
	for i, r := range clientRules {
		if r.Checked == "" {
			continue
		}
		path, ok := strings.CutPrefix(r.Checked, "live: ")
		if !ok {
			t.Errorf("rule %d (%s): Checked %q must be empty or \"live: <file>\"", i, r.Client, r.Checked)
			continue
		}
		if _, err := os.Stat(filepath.Join("..", path)); err != nil {
			t.Errorf("rule %d (%s): Checked names %s, which does not exist: %v", i, r.Client, path, err)
		}
	}
}
