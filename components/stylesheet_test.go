package components

import (
	"os"
	"strings"
	"testing"
)

// The stylesheet is edited by hand and merged often: a block left open
// would quietly put every rule after it inside a media query.
func TestTheStylesheetClosesEveryBlockItOpens(t *testing.T) {
	b, err := os.ReadFile("../web/style.css")
	if err != nil {
		t.Fatal(err)
	}
	depth := 0
	for i, line := range strings.Split(string(b), "\n") {
		depth += strings.Count(line, "{") - strings.Count(line, "}")
		if depth < 0 {
			t.Fatalf("line %d closes a block that is not open", i+1)
		}
		if depth > 1 && !strings.HasPrefix(line, " ") {
			t.Errorf("line %d starts a rule at the left margin inside a block that is still open: %.60s", i+1, line)
		}
	}
	if depth != 0 {
		t.Errorf("the stylesheet ends with %d blocks open", depth)
	}
}
