package data

import (
	"go/ast"
	"go/parser"
	"go/token"
	"net/http"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goroot asks the go command where the toolchain lives: runtime.GOROOT is
// deprecated and wrong for a binary built elsewhere.
func goroot(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// netHTTPStatusConstants reads the Status* constants from net/http's own
// source, so the check below compares against the library and not against a
// list we typed.
func netHTTPStatusConstants(t *testing.T) map[string]int {
	t.Helper()
	file := filepath.Join(goroot(t), "src", "net", "http", "status.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatalf("reading net/http constants: %v", err)
	}
	constants := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok || len(spec.Values) != 1 {
			return true
		}
		lit, ok := spec.Values[0].(*ast.BasicLit)
		if !ok || lit.Kind != token.INT {
			return true
		}
		v, _ := strconv.Atoi(lit.Value)
		for _, name := range spec.Names {
			if name.Name == "_" {
				continue // net/http's placeholder for 306 (Unused)
			}
			constants[name.Name] = v
		}
		return true
	})
	if len(constants) < 60 {
		t.Fatalf("found only %d constants in %s", len(constants), file)
	}
	return constants
}

func TestGoConstantIsTheNetHTTPConstantForTheCode(t *testing.T) {
	constants := netHTTPStatusConstants(t)
	byValue := map[int]string{}
	for name, v := range constants {
		byValue[v] = name
	}
	for _, c := range All() {
		if c.GoConstant == "" {
			if name, ok := byValue[c.Number]; ok && c.Vendor == "" {
				t.Errorf("%s: net/http has %s, but GoConstant is empty", label(c), name)
			}
			continue
		}
		v, ok := constants[c.GoConstant]
		if !ok {
			t.Errorf("%s: net/http has no constant %s", label(c), c.GoConstant)
			continue
		}
		if v != c.Number {
			t.Errorf("%s: http.%s is %d", label(c), c.GoConstant, v)
		}
		if http.StatusText(v) == "" {
			t.Errorf("%s: http.StatusText(%d) is empty", label(c), v)
		}
	}
}
