//go:build e2e && !wasm

// Package e2e tests the app in headless Chromium against the real server,
// built from this module the same way `make run` builds it.
package e2e

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// site is the server under test.
var site struct {
	url     string
	workDir string
	browser context.Context
	// serverBin and webDir let a test start a server of its own
	// (startServer), for example one it can stop to go offline.
	serverBin string
	webDir    string
}

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		return 0, fmt.Errorf("Chromium is required for the browser tests (Debian: apt-get install chromium chromium-driver; `make test` does it): %w", err)
	}
	work, err := os.MkdirTemp("", "httpstatus-e2e-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(work)
	site.workDir = work

	webDir, server, err := build(work)
	if err != nil {
		return 0, err
	}
	site.serverBin, site.webDir = server, webDir
	stop, url, err := startServer(server, webDir)
	if err != nil {
		return 0, err
	}
	defer stop()
	site.url = url

	browser, closeBrowser, err := startBrowser(chromium, filepath.Join(work, "profile"))
	if err != nil {
		return 0, err
	}
	defer closeBrowser()
	site.browser = browser
	return m.Run(), nil
}

// build compiles the WASM bundle and the server into work, with the static
// files beside the bundle, as `make build` does.
func build(work string) (webDir, server string, err error) {
	root, err := moduleRoot()
	if err != nil {
		return "", "", err
	}
	webDir = filepath.Join(work, "web")
	server = filepath.Join(work, "server")
	if err := os.CopyFS(webDir, os.DirFS(filepath.Join(root, "web"))); err != nil {
		return "", "", fmt.Errorf("copying web/: %w", err)
	}
	steps := []struct {
		env  []string
		args []string
	}{
		{[]string{"GOOS=js", "GOARCH=wasm"}, []string{"build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(webDir, "app.wasm"), "."}},
		{nil, []string{"build", "-trimpath", "-o", server, "."}},
	}
	for _, s := range steps {
		cmd := exec.Command("go", s.args...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), s.env...)
		if out, err := cmd.CombinedOutput(); err != nil {
			return "", "", fmt.Errorf("go %s: %v\n%s", strings.Join(s.args, " "), err, out)
		}
	}
	return webDir, server, nil
}

func moduleRoot() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		return "", fmt.Errorf("finding the module root: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// startServer runs the server on a free loopback port and waits until it answers.
func startServer(server, webDir string) (stop func(), url string, err error) {
	addr, err := freeLoopbackAddr()
	if err != nil {
		return nil, "", err
	}
	stop, err = launchServer(server, addr, webDir)
	return stop, "http://" + addr, err
}

// freeLoopbackAddr returns a loopback address nothing listens on.
func freeLoopbackAddr() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	return l.Addr().String(), nil
}

// launchServer runs the server binary on addr with webDir and waits until
// /healthz answers. The returned stop may be called more than once.
func launchServer(server, addr, webDir string) (stop func(), err error) {
	cmd := exec.Command(server, "-quiet", "-addr", addr, "-web", webDir)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var once sync.Once
	stop = func() { once.Do(func() { cmd.Process.Kill(); cmd.Wait() }) }
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if res, err := http.Get("http://" + addr + "/healthz"); err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			return stop, nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	stop()
	return nil, fmt.Errorf("server did not answer on %s", addr)
}

// startBrowser starts one headless Chromium for all tests, with the flags
// this closed network needs.
func startBrowser(chromium, profile string) (context.Context, func(), error) {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	browser, cancelBrowser := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(browser); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, nil, fmt.Errorf("starting Chromium: %w", err)
	}
	return browser, func() { cancelBrowser(); cancelAlloc() }, nil
}
