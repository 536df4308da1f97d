package main

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// The WASM bundle carries the app only: the server, its compression, its
// middleware and the preview images' drawing and fonts stay out of it
// (main_wasm.go), which halves its size.
func TestTheWASMBuildHoldsNoServerCode(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 || !slices.Contains(deps, "httpstatus/app") {
		t.Fatalf("go list gave %d packages without httpstatus/app: not the WASM build's list", len(deps))
	}
	for _, forbidden := range []string{
		"httpstatus/server", "httpstatus/server/middleware", "github.com/andybalholm/brotli", "net/http/httptest",
		"httpstatus/preview", "golang.org/x/image/font/opentype",
	} {
		if slices.Contains(deps, forbidden) {
			t.Errorf("the WASM build imports %s", forbidden)
		}
	}
}
