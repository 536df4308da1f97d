//go:build runtimes

// These tests run every snippet against the real runtime and read the raw
// response from a socket. They need Go, nginx, Node with Express and Python
// with Flask (Debian: nginx nodejs node-express python3-flask); `make test`
// installs them and runs `go test -tags runtimes ./...`.
package data

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/textproto"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// route is one snippet served on its own path.
type route struct {
	path    string
	code    Code
	snippet string
	// obvious marks the plain way to send a code that a runtime's reason
	// says fails, served to prove the reason still holds.
	obvious bool
}

// plainSnippets write a code the way that works for codes nothing special
// (Go has no reasons to check).
var plainSnippets = map[string]func(Code) string{
	RuntimeExpress: plainExpress,
	RuntimeFlask:   plainFlask,
	RuntimeNginx:   plainNginx,
}

// newProtocolGreeting is what the Go server writes on a connection it has
// switched to another protocol, to prove it did.
const newProtocolGreeting = "hello in the new protocol"

// rangeFileSize is the total in the 206 entry's required Content-Range.
const rangeFileSize = 146515

// routesFor returns every snippet that runtime can send, each on its own
// path, with RangeFile's directory moved to a fresh one holding the file.
func routesFor(t *testing.T, runtime string) (routes []route, files string) {
	files = t.TempDir()
	write(t, filepath.Join(files, path.Base(RangeFile)), strings.Repeat("%", rangeFileSize))
	for i, c := range All() {
		for _, s := range SnippetsFor(c) {
			if s.Runtime != runtime {
				continue
			}
			if s.Unavailable != "" {
				obvious := plainSnippets[runtime](c)
				routes = append(routes, route{fmt.Sprintf("/obvious/%d", i), c, obvious, true})
				continue
			}
			code := strings.ReplaceAll(s.Code, path.Dir(RangeFile), files)
			routes = append(routes, route{fmt.Sprintf("/c/%d", i), c, code, false})
		}
	}
	if len(routes) == 0 {
		t.Fatalf("no %s snippets to run", runtime)
	}
	return routes, files
}

func indent(code, prefix string) string {
	return prefix + strings.ReplaceAll(code, "\n", "\n"+prefix)
}

func TestEveryGoSnippetSendsItsCode(t *testing.T) {
	t.Parallel()
	routes, _ := routesFor(t, RuntimeGo)
	var src strings.Builder
	src.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"net\"\n\t\"net/http\"\n)\n\nfunc main() {\n\tmux := http.NewServeMux()\n")
	for _, r := range routes {
		// Returning from the handler after a 1xx sends the final 200.
		code := r.snippet
		if r.code.Number == 101 {
			code += fmt.Sprintf("\nconn.Write([]byte(%q))", newProtocolGreeting)
		}
		fmt.Fprintf(&src, "\tmux.HandleFunc(%q, func(w http.ResponseWriter, r *http.Request) {\n%s\n\t})\n", r.path, indent(code, "\t\t"))
	}
	src.WriteString("\tln, err := net.Listen(\"tcp\", \"127.0.0.1:0\")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(ln.Addr())\n\tpanic(http.Serve(ln, mux))\n}\n")

	dir := t.TempDir()
	write(t, filepath.Join(dir, "main.go"), src.String())
	build := exec.Command(need(t, "go"), "build", "-o", filepath.Join(dir, "server"), "main.go")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the Go snippets do not compile: %v\n%s\n%s", err, out, numbered(src.String()))
	}
	addr := startPrintingAddr(t, exec.Command(filepath.Join(dir, "server")))
	checkRoutes(t, addr, routes)
}

func TestEveryExpressSnippetSendsItsCode(t *testing.T) {
	t.Parallel()
	routes, _ := routesFor(t, RuntimeExpress)
	var src strings.Builder
	src.WriteString("const express = require('express');\nconst app = express();\n")
	for _, r := range routes {
		final := ""
		if IsInterim(r.code.Number) {
			final = "\n  res.end();"
		}
		fmt.Fprintf(&src, "app.get('%s', (req, res) => {\n%s%s\n});\n", r.path, indent(r.snippet, "  "), final)
	}
	src.WriteString("const server = app.listen(0, '127.0.0.1', () => console.log('127.0.0.1:' + server.address().port));\n")

	dir := t.TempDir()
	write(t, filepath.Join(dir, "app.js"), src.String())
	cmd := exec.Command(need(t, "node"), filepath.Join(dir, "app.js"))
	cmd.Env = append(os.Environ(), "NODE_PATH=/usr/share/nodejs")
	checkRoutes(t, startPrintingAddr(t, cmd), routes)
}

func TestEveryFlaskSnippetSendsItsCode(t *testing.T) {
	t.Parallel()
	routes, _ := routesFor(t, RuntimeFlask)
	var src strings.Builder
	src.WriteString("from flask import Flask, redirect, send_file\nfrom werkzeug.serving import make_server\n\napp = Flask(__name__)\n\n")
	for i, r := range routes {
		fmt.Fprintf(&src, "\n@app.route(%q)\ndef view%d():\n%s\n\n", r.path, i, indent(r.snippet, "    "))
	}
	src.WriteString("server = make_server('127.0.0.1', 0, app, threaded=True)\nprint(f'127.0.0.1:{server.server_port}', flush=True)\nserver.serve_forever()\n")

	dir := t.TempDir()
	write(t, filepath.Join(dir, "app.py"), src.String())
	checkRoutes(t, startPrintingAddr(t, exec.Command(pythonWithFlask(t), filepath.Join(dir, "app.py"))), routes)
}

func TestEveryNginxSnippetSendsItsCode(t *testing.T) {
	t.Parallel()
	routes, files := routesFor(t, RuntimeNginx)
	for number := range nginxSpecial { // whether or not an entry uses them
		c := Code{Number: number, Vendor: "reserved by nginx"}
		routes = append(routes, route{fmt.Sprintf("/special/%d", number), c, plainNginx(c), true})
	}
	for _, r := range routes {
		if r.code.Number == 206 { // served by its path under root
			write(t, filepath.Join(files, r.path), strings.Repeat("%", rangeFileSize))
		}
	}
	dir := t.TempDir()
	addr := freeAddr(t)
	var conf strings.Builder
	fmt.Fprintf(&conf, "daemon off;\nmaster_process off;\npid %[1]s/nginx.pid;\nerror_log %[1]s/error.log;\nevents {}\nhttp {\n  access_log off;\n", dir)
	for _, temp := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		fmt.Fprintf(&conf, "  %s_temp_path %s/%s;\n", temp, dir, temp)
	}
	fmt.Fprintf(&conf, "  server {\n    listen %s;\n", addr)
	for _, r := range routes {
		fmt.Fprintf(&conf, "    location = %s {\n%s\n    }\n", r.path, indent(r.snippet, "      "))
	}
	conf.WriteString("  }\n}\n")
	write(t, filepath.Join(dir, "nginx.conf"), conf.String())

	cmd := exec.Command(need(t, "nginx"), "-p", dir, "-e", dir+"/error.log", "-c", dir+"/nginx.conf")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	waitForListener(t, addr, func() string {
		log, _ := os.ReadFile(dir + "/error.log")
		return stderr.String() + string(log) + "\n" + numbered(conf.String())
	})
	checkRoutes(t, addr, routes)
}

// checkRoutes requests every route and checks the raw response: the status
// line carries the code, every required header is there with its value,
// and after an interim response a final one follows. Where a runtime says
// it cannot send a code, the obvious one-liner must fail those checks.
func checkRoutes(t *testing.T, addr string, routes []route) {
	for _, r := range routes {
		name := label(r.code)
		if r.obvious {
			name += " cannot be sent the obvious way"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel() // the obvious ways often fail by timing out
			raw, err := exchange(addr, r, requiredHeadersOf(r.code))
			if err != nil && !r.obvious {
				t.Errorf("snippet\n%s\nsent\n%s\n%v", indent(r.snippet, "    "), indent(raw, "    "), err)
			}
			if err == nil && r.obvious {
				t.Errorf("the snippet says this runtime cannot send %03d, but\n%s\nsent\n%s", r.code.Number, indent(r.snippet, "    "), indent(raw, "    "))
			}
		})
	}
}

func exchange(addr string, r route, required []HeaderValue) (string, error) {
	var raw bytes.Buffer
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(2 * time.Second))
	rangeHeader := ""
	if r.code.Number == 206 {
		rangeHeader = "Range: bytes=0-1023\r\n"
	}
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n%s\r\n", r.path, rangeHeader); err != nil {
		return "", err
	}
	responses := bufio.NewReader(io.TeeReader(conn, &raw))
	resp, err := http.ReadResponse(responses, nil)
	if err != nil {
		return raw.String(), fmt.Errorf("no response: %v", err)
	}
	if resp.StatusCode != r.code.Number {
		return raw.String(), fmt.Errorf("status %d, want %d", resp.StatusCode, r.code.Number)
	}
	// resp.Header has lost a Connection field that holds close; read the
	// fields as they came.
	head, _, _ := strings.Cut(raw.String(), "\r\n\r\n")
	_, fields, _ := strings.Cut(head+"\r\n\r\n", "\r\n")
	sent, err := textproto.NewReader(bufio.NewReader(strings.NewReader(fields))).ReadMIMEHeader()
	if err != nil {
		return raw.String(), fmt.Errorf("malformed header fields: %v", err)
	}
	for _, h := range required {
		if !headerHas(http.Header(sent), h) {
			return raw.String(), fmt.Errorf("no %s: %s", h.Name, h.Value)
		}
	}
	if r.code.Number == 101 {
		// A plausible 101 head is not enough (Go's WriteHeader(101) sends
		// one and goes on speaking HTTP): the new protocol must follow.
		next, _ := responses.Peek(len(newProtocolGreeting))
		if string(next) != newProtocolGreeting {
			return raw.String(), fmt.Errorf("after the 101, %q instead of the new protocol's %q", next, newProtocolGreeting)
		}
	}
	if IsInterim(r.code.Number) {
		final, err := http.ReadResponse(responses, nil)
		if err != nil {
			return raw.String(), fmt.Errorf("no final response after the interim %d: %v", r.code.Number, err)
		}
		if final.StatusCode < 200 {
			return raw.String(), fmt.Errorf("a second interim response (%d) where the final one should be", final.StatusCode)
		}
	}
	return raw.String(), nil
}

// headerHas reports whether a field named h.Name holds h.Value; nginx
// makes a relative Location absolute and may add its own Connection
// field, so a value only has to contain the expected one.
func headerHas(header http.Header, h HeaderValue) bool {
	for _, v := range header.Values(h.Name) {
		if strings.Contains(strings.ToLower(v), strings.ToLower(h.Value)) {
			return true
		}
	}
	return false
}

// startPrintingAddr starts a server that prints its listening address as
// its first line and stops it when the test ends.
func startPrintingAddr(t *testing.T, cmd *exec.Cmd) string {
	t.Helper()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lines <- strings.TrimSpace(line)
		io.Copy(io.Discard, stdout)
	}()
	select {
	case addr := <-lines:
		if addr == "" {
			cmd.Wait()
			t.Fatalf("%s exited before listening:\n%s", cmd.Path, stderr.String())
		}
		return addr
	case <-time.After(30 * time.Second):
		t.Fatalf("%s printed no address in 30s:\n%s", cmd.Path, stderr.String())
	}
	return ""
}

func waitForListener(t *testing.T, addr string, diagnostics func() string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	for ctx.Err() == nil {
		if conn, err := net.Dial("tcp", addr); err == nil {
			conn.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("nothing listens on %s:\n%s", addr, diagnostics())
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// need finds a program on PATH, or in /usr/sbin where Debian puts nginx.
func need(t *testing.T, name string) string {
	for _, candidate := range []string{name, "/usr/sbin/" + name} {
		if found, err := exec.LookPath(candidate); err == nil {
			return found
		}
	}
	t.Fatalf("%s is not installed (Debian: nginx nodejs node-express python3-flask)", name)
	return ""
}

// pythonWithFlask prefers Debian's python3, which python3-flask extends,
// over another python3 earlier on PATH.
func pythonWithFlask(t *testing.T) string {
	for _, python := range []string{"/usr/bin/python3", "python3"} {
		if found, err := exec.LookPath(python); err == nil && exec.Command(found, "-c", "import flask").Run() == nil {
			return found
		}
	}
	t.Fatal("no python3 can import flask (Debian: python3-flask)")
	return ""
}

func write(t *testing.T, file, content string) {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func numbered(src string) string {
	lines := strings.Split(src, "\n")
	for i := range lines {
		lines[i] = fmt.Sprintf("%4d  %s", i+1, lines[i])
	}
	return strings.Join(lines, "\n")
}
