//go:build runtimes

package data

// These tests run the real curl against a local server and compare what it
// does with what the curl rules in clients.go say. `make test` installs
// curl when it is missing and runs them with -tags runtimes.

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func curlPath(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("curl")
	if err != nil {
		t.Fatalf("these tests need curl (Debian: apt-get install curl): %v", err)
	}
	return path
}

// installedCurlVersion is the version curl --version reports, "7.88.1".
func installedCurlVersion(t *testing.T) string {
	t.Helper()
	out, err := exec.Command(curlPath(t), "--version").Output()
	if err != nil {
		t.Fatalf("curl --version: %v", err)
	}
	fields := strings.Fields(string(out))
	if len(fields) < 2 || fields[0] != "curl" {
		t.Fatalf("cannot read a version from curl --version: %q", out)
	}
	return fields[1]
}

// versionAtLeast compares dotted versions numerically: "8.17.0" >= "7.88.1".
func versionAtLeast(have, want string) bool {
	h, w := strings.Split(have, "."), strings.Split(want, ".")
	for i := range max(len(h), len(w)) {
		var a, b int
		if i < len(h) {
			a, _ = strconv.Atoi(strings.TrimRightFunc(h[i], func(r rune) bool { return r < '0' || r > '9' }))
		}
		if i < len(w) {
			b, _ = strconv.Atoi(w[i])
		}
		if a != b {
			return a > b
		}
	}
	return true
}

// runCurl runs curl with args and returns its exit code; curl writes
// nothing to the terminal.
func runCurl(t *testing.T, args ...string) int {
	t.Helper()
	cmd := exec.Command(curlPath(t), append([]string{"--silent", "--output", os.DevNull, "--max-time", "30"}, args...)...)
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	default:
		t.Fatalf("running curl %v: %v", args, err)
		return -1
	}
}

// finalStatusCodes are the numbers in the catalog a server can answer a
// request with: no interim 1xx, no AWS 000, nothing that is only logged.
func finalStatusCodes() []int {
	var codes []int
	for _, c := range All() {
		if c.Number >= 200 && !c.LogOnly && !slices.Contains(codes, c.Number) {
			codes = append(codes, c.Number)
		}
	}
	return codes
}

// countingServer answers every request with code and counts the requests.
type countingServer struct {
	*httptest.Server
	mu       sync.Mutex
	requests int
}

func newCountingServer(t *testing.T, code int) *countingServer {
	s := &countingServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.requests++
		s.mu.Unlock()
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(code)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *countingServer) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

func TestCurlRetriesExactlyTheCodesTheDataCallsTransient(t *testing.T) {
	version := installedCurlVersion(t)
	cloudflareRetried := versionAtLeast(version, curlRetriesCloudflareTimeoutsSince)
	for _, code := range finalStatusCodes() {
		retried := slices.Contains(curlRetriesTransient.codes, code) ||
			(cloudflareRetried && slices.Contains(curlRetriesCloudflareTimeouts.codes, code))
		want := 1
		if retried {
			want = 3 // the first try and two retries
		}
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			t.Parallel()
			server := newCountingServer(t, code)
			runCurl(t, "--retry", "2", "--retry-delay", "0", server.URL)
			if got := server.count(); got != want {
				t.Errorf("curl %s --retry 2 sent %d requests for %d, the data says %d", version, got, code, want)
			}
		})
	}
}

func TestCurlFailExitsWith22ExactlyWhereTheDataSays(t *testing.T) {
	for _, code := range finalStatusCodes() {
		want := 0
		if curlFailsOnErrors.covers(code) {
			want = 22
		}
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			t.Parallel()
			server := newCountingServer(t, code)
			if got := runCurl(t, "--fail", server.URL); got != want {
				t.Errorf("curl --fail exited with %d for %d, the data says %d", got, code, want)
			}
			if got := runCurl(t, "--fail-with-body", server.URL); got != want {
				t.Errorf("curl --fail-with-body exited with %d for %d, the data says %d", got, code, want)
			}
		})
	}
}

// redirectingServer answers /from with code and a Location of /to, and
// records the method and body of every request that reaches /to.
type redirectingServer struct {
	*httptest.Server
	mu      sync.Mutex
	reached []string // "METHOD body"
}

func newRedirectingServer(t *testing.T, code int) *redirectingServer {
	s := &redirectingServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.URL.Path == "/from" {
			w.Header().Set("Location", "/to")
			w.WriteHeader(code)
			return
		}
		s.mu.Lock()
		s.reached = append(s.reached, strings.TrimSpace(r.Method+" "+string(body)))
		s.mu.Unlock()
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *redirectingServer) target() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.reached)
}

func TestCurlFollowsRedirectsWithTheMethodTheDataGives(t *testing.T) {
	redirects := slices.Concat(curlRedirectPostBecomesGet.codes, curlRedirectKeepsMethod.codes)
	if len(redirects) == 0 {
		t.Fatal("the data states no curl redirect behaviour")
	}
	for _, code := range redirects {
		// The data: --data POST becomes a bodiless GET for the first group
		// and stays a POST with its body for the second.
		wantWithData := "POST payload"
		if slices.Contains(curlRedirectPostBecomesGet.codes, code) {
			wantWithData = "GET"
		}
		t.Run(strconv.Itoa(code), func(t *testing.T) {
			t.Parallel()
			cases := []struct {
				args []string
				want []string
			}{
				{[]string{"--data", "payload"}, nil}, // not followed without -L
				{[]string{"-L", "--data", "payload"}, []string{wantWithData}},
				{[]string{"-L", "-X", "POST"}, []string{"POST"}}, // -X is kept on every hop
			}
			for _, c := range cases {
				server := newRedirectingServer(t, code)
				runCurl(t, append(c.args, server.URL+"/from")...)
				if got := server.target(); !slices.Equal(got, c.want) {
					t.Errorf("curl %s against %d: the redirect target saw %q, the data says %q", strings.Join(c.args, " "), code, got, c.want)
				}
			}
		})
	}
}

func TestCurlAsksForContinueOnlyForBodiesOverOneMiB(t *testing.T) {
	if !slices.Contains(curlExpectsContinue.codes, 100) {
		t.Fatal("the data no longer states curl's 100-continue behaviour")
	}
	var mu sync.Mutex
	var expects []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		expects = append(expects, r.Header.Get("Expect"))
		mu.Unlock()
		io.Copy(io.Discard, r.Body)
	}))
	defer server.Close()

	const mebibyte = 1 << 20
	for _, size := range []int{mebibyte, mebibyte + 1} {
		file := filepath.Join(t.TempDir(), fmt.Sprint(size))
		if err := os.WriteFile(file, make([]byte, size), 0o600); err != nil {
			t.Fatal(err)
		}
		runCurl(t, "--http1.1", "--data-binary", "@"+file, server.URL)
	}
	mu.Lock()
	defer mu.Unlock()
	want := []string{"", "100-continue"}
	if !slices.Equal(expects, want) {
		t.Errorf("Expect headers for a 1 MiB and a 1 MiB + 1 byte body: got %q, want %q", expects, want)
	}
}
