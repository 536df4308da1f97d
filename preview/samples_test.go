package preview

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"httpstatus/data"
)

var update = flag.Bool("update", false, "rewrite the sample cards in docs/previews")

// TestSampleCardsInDocsAreCurrent keeps the samples in docs/previews, the
// ones reviewers look at, the cards the code draws today. After a change
// to the design, rewrite them with go test ./preview -run Sample -update.
func TestSampleCardsInDocsAreCurrent(t *testing.T) {
	code502, _ := ForNumber(502)
	for _, tc := range []struct {
		file string
		card Card
	}{
		{"502.png", code502},
		{"5xx.png", ForClass(data.Classes[4])},
	} {
		want, err := PNG(tc.card)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("..", "docs", "previews", tc.file)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (write it with -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not the card drawn today; look at the new one and rewrite it with -update", path)
		}
	}
}
