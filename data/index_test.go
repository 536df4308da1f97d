package data

import (
	"bytes"
	"os"
	"testing"
)

func TestGeneratedIndexIsCurrent(t *testing.T) {
	want, err := GenerateIndex()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("index_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("index_gen.go is out of date with the header, comparison or chooser content: run go generate ./data")
	}
}

func TestFindHeaderFindsEveryNameAndOtherSpelling(t *testing.T) {
	for _, h := range Headers() {
		for _, name := range append([]string{h.Name, HeaderSlug(h.Name)}, h.AlsoKnownAs...) {
			if got, ok := FindHeader(name); !ok || got.Name != h.Name {
				t.Errorf("FindHeader(%q) = %q, %v; want %q", name, got.Name, ok, h.Name)
			}
		}
	}
	if _, ok := FindHeader("nope"); ok {
		t.Error("FindHeader(\"nope\") found something")
	}
}
