//go:build runtimes

package data

import (
	"encoding/json"
	"os/exec"
	"slices"
	"strconv"
	"testing"
)

// These tests compare the Python and Node.js columns with the interpreters
// installed on the machine (`go test -tags runtimes`). The table holds the
// newest names with the release they appeared in, so an older interpreter
// is held to the names it should have: the former one, or none.

func columnOf(t *testing.T, language string) int {
	t.Helper()
	i := slices.IndexFunc(Libraries(), func(l Library) bool { return l.Language == language })
	if i < 0 {
		t.Fatalf("no %s library", language)
	}
	return i
}

func runJSON(t *testing.T, into any, name string, args ...string) {
	t.Helper()
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := json.Unmarshal(out, into); err != nil {
		t.Fatalf("%s printed %q: %v", name, out, err)
	}
}

func TestPythonHTTPStatusHasTheNamesOfItsRelease(t *testing.T) {
	var python struct {
		Version string         `json:"version"`
		Members map[string]int `json:"members"` // aliases included
	}
	runJSON(t, &python, "python3", "-c", `import http, json, sys
print(json.dumps({"version": "%d.%d" % sys.version_info[:2],
    "members": {k: v.value for k, v in http.HTTPStatus.__members__.items()}}))`)
	t.Logf("checked against Python %s", python.Version)
	col := columnOf(t, "Python")

	accounted := map[string]bool{}
	for _, number := range catalogNumbers() {
		c := ConstantsFor(number)[col]
		accounted[c.Name], accounted[c.Formerly] = true, true
		expected := c.Name
		if c.Since != "" && releaseAfter(c.Since, python.Version) {
			expected = c.Formerly // not yet renamed, or not yet dropped
			if c.Name != "" {
				if _, early := python.Members[c.Name]; early {
					t.Errorf("%d: Python %s already has %s, which the table dates from %s", number, python.Version, c.Name, c.Since)
				}
			}
		}
		if expected == "" {
			for name, v := range python.Members {
				if v == number {
					t.Errorf("%d: Python %s has %s, the table has no name", number, python.Version, name)
				}
			}
			continue
		}
		if v, ok := python.Members[expected]; !ok || v != number {
			t.Errorf("%d: Python %s lacks HTTPStatus.%s", number, python.Version, expected)
		}
	}
	for name, v := range python.Members {
		if !accounted[name] {
			t.Errorf("Python %s has %s (%d), which the table does not mention", python.Version, name, v)
		}
	}
}

func TestNodeStatusCodesHaveTheTextOfTheTable(t *testing.T) {
	var node struct {
		Version string            `json:"version"`
		Codes   map[string]string `json:"codes"`
	}
	runJSON(t, &node, "node", "-e", `console.log(JSON.stringify({version: process.version, codes: require("http").STATUS_CODES}))`)
	t.Logf("checked against Node.js %s", node.Version)
	col := columnOf(t, "JavaScript")

	for _, number := range catalogNumbers() {
		want := ConstantsFor(number)[col].Name
		if got := node.Codes[strconv.Itoa(number)]; got != want {
			t.Errorf("%d: Node.js %s says %q, the table %q", number, node.Version, got, want)
		}
	}
	for key, text := range node.Codes {
		number, _ := strconv.Atoi(key)
		if ConstantsFor(number) == nil {
			t.Errorf("Node.js %s names %s %q, which the catalog lacks", node.Version, key, text)
		}
	}
}
