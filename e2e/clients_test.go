//go:build e2e && !wasm

package e2e

// These tests drive Debian's Chromium against a local httptest server, not
// the app, and compare what it does with the "Browsers" behaviours in
// data.ClientsFor that name this file. Run them alone with
// `go test -tags e2e -run TestClients ./e2e/`.

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"httpstatus/data"
)

const checkedHere = "live: e2e/clients_test.go"

// liveBrowserClaim returns the Browsers behaviour for code that says this
// file checks it and contains phrase, failing the test when there is none.
func liveBrowserClaim(t *testing.T, code int, phrase string) data.ClientBehaviour {
	t.Helper()
	return liveClaim(t, "Browsers", code, phrase)
}

// liveFetchClaim is liveBrowserClaim for the fetch() behaviours.
func liveFetchClaim(t *testing.T, code int, phrase string) data.ClientBehaviour {
	t.Helper()
	return liveClaim(t, "fetch()", code, phrase)
}

func liveClaim(t *testing.T, client string, code int, phrase string) data.ClientBehaviour {
	t.Helper()
	for _, b := range data.ClientsFor(code) {
		if b.Client == client && b.Checked == checkedHere && strings.Contains(b.Behaviour, phrase) {
			return b
		}
	}
	t.Fatalf("data.ClientsFor(%d) has no %s behaviour containing %q checked by this file", code, client, phrase)
	return data.ClientBehaviour{}
}

// newClientsBrowser starts a Chromium of its own with a fresh profile, so
// no cache or credentials carry over from other tests.
func newClientsBrowser(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatalf("these tests need Debian's chromium (apt-get install chromium): %v", err)
	}
	browser, closeBrowser, err := startBrowser(chromium, t.TempDir(), extra...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(closeBrowser)
	return browser
}

// newClientsTab opens a tab with a time limit, as generous as the other
// e2e tests' since the cache test navigates some fifty times and the
// machine may be busy.
func newClientsTab(t *testing.T, browser context.Context) context.Context {
	t.Helper()
	ctx, cancelTab := chromedp.NewContext(browser)
	ctx, cancelTimeout := context.WithTimeout(ctx, 150*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelTab() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	return ctx
}

func evaluate[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// recorder keeps what the test server saw, safe for its handlers.
type recorder struct {
	mu   sync.Mutex
	seen []string
}

func (r *recorder) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.seen = append(r.seen, s)
}

func (r *recorder) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.seen...)
}

// waitUntil polls until cond holds or ten seconds pass.
func waitUntil(cond func() bool) bool {
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond)
	}
	return true
}

func TestClientsChromiumRedirectsAFormPostWithTheMethodTheDataGives(t *testing.T) {
	browser := newClientsBrowser(t)
	for _, code := range []int{301, 302, 303, 307, 308} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			claim := liveBrowserClaim(t, code, "Followed automatically")
			want := "GET"
			if strings.Contains(claim.Behaviour, "same method") {
				want = "POST field=payload"
			}
			target := &recorder{}
			server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				body, _ := io.ReadAll(r.Body)
				switch r.URL.Path {
				case "/form":
					w.Header().Set("Content-Type", "text/html")
					fmt.Fprint(w, `<form method="post" action="/from"><input name="field" value="payload"></form>`)
				case "/from":
					w.Header().Set("Location", "/to")
					w.WriteHeader(code)
				case "/to":
					target.add(strings.TrimSpace(r.Method + " " + string(body)))
					fmt.Fprint(w, "reached")
				}
			}))
			defer server.Close()

			ctx := newClientsTab(t, browser)
			if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/form")); err != nil {
				t.Fatal(err)
			}
			evaluate[bool](t, ctx, `document.forms[0].submit(), true`)
			if !waitUntil(func() bool { return len(target.all()) > 0 }) {
				t.Fatalf("Chromium never reached the target of a %d", code)
			}
			if got := target.all(); got[0] != want {
				t.Errorf("a form POST redirected by %d reached the target as %q; the data (%q) says %q", code, got[0], claim.Behaviour, want)
			}
		})
	}
}

func TestClientsChromiumPromptsForCredentialsOnlyForAChallengeItCanAnswer(t *testing.T) {
	liveBrowserClaim(t, 401, "WWW-Authenticate")
	browser := newClientsBrowser(t)
	cases := []struct {
		name       string
		challenge  string
		wantPrompt bool
	}{
		{"Basic challenge", `Basic realm="clients"`, true},
		{"Bearer challenge", `Bearer realm="clients"`, false},
		{"no challenge", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if c.challenge != "" {
					w.Header().Set("WWW-Authenticate", c.challenge)
				}
				w.WriteHeader(http.StatusUnauthorized)
				fmt.Fprint(w, "the body of the 401")
			}))
			defer server.Close()

			ctx := newClientsTab(t, browser)
			prompts := &recorder{}
			watchAuthPrompts(t, ctx, prompts)

			if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/private")); err != nil {
				t.Fatal(err)
			}
			time.Sleep(200 * time.Millisecond) // let a late event arrive
			if got := len(prompts.all()) > 0; got != c.wantPrompt {
				t.Errorf("401 with %s: prompt for credentials = %v (%q), want %v", c.name, got, prompts.all(), c.wantPrompt)
			}
			if !c.wantPrompt {
				if body := evaluate[string](t, ctx, `document.body.innerText`); !strings.Contains(body, "the body of the 401") {
					t.Errorf("401 with %s: the page shows %q, not the response body", c.name, body)
				}
			}
		})
	}
}

func TestClientsChromiumStaysOnThePageWhenANavigationGets204Or205(t *testing.T) {
	browser := newClientsBrowser(t)
	for _, code := range []int{204, 205} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			liveBrowserClaim(t, code, "page stays")
			submitted := &recorder{}
			server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				switch r.URL.Path {
				case "/page":
					w.Header().Set("Content-Type", "text/html")
					fmt.Fprint(w, `<form action="/submit"><input id="q" name="q"></form>`)
				case "/submit":
					submitted.add(r.URL.RawQuery)
					w.WriteHeader(code)
				}
			}))
			defer server.Close()

			ctx := newClientsTab(t, browser)
			if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/page")); err != nil {
				t.Fatal(err)
			}
			evaluate[bool](t, ctx, `window.marker = "same document"; q.value = "typed"; document.forms[0].submit(), true`)
			if !waitUntil(func() bool { return len(submitted.all()) > 0 }) {
				t.Fatalf("the form was never submitted")
			}
			time.Sleep(500 * time.Millisecond) // time for any navigation to commit
			state := evaluate[[]string](t, ctx, `[location.pathname, String(window.marker), (document.getElementById("q") || {value: "gone"}).value]`)
			if want := []string{"/page", "same document", "typed"}; fmt.Sprint(state) != fmt.Sprint(want) {
				t.Errorf("after a form submission answered with %d: [path, document marker, field] = %q, want %q", code, state, want)
			}
		})
	}
}

func TestClientsChromiumReusesCachedResponsesExactlyAsTheDataSays(t *testing.T) {
	// For every code with a live Browsers claim about Chromium's cache, the
	// paths to navigate to twice and how many requests must reach the
	// server: /code/N answers N with no freshness information at all,
	// /dated/N adds a Last-Modified ten days old.
	wantRequests := map[string]int{}
	for _, c := range data.All() {
		for _, b := range data.ClientsFor(c.Number) {
			if b.Client != "Browsers" || b.Checked != checkedHere || !strings.Contains(b.Source.URL, "http_response_headers.cc") {
				continue
			}
			plain, dated := fmt.Sprintf("/code/%d", c.Number), fmt.Sprintf("/dated/%d", c.Number)
			switch {
			case strings.Contains(b.Behaviour, "fresh forever"):
				wantRequests[plain] = 1
			case strings.Contains(b.Behaviour, "does not reuse"):
				wantRequests[plain] = 2
			case strings.Contains(b.Behaviour, "a tenth of the time since its Last-Modified date, or not at all when there is none"):
				wantRequests[dated] = 1 // fresh for a day
				wantRequests[plain] = 2
			default:
				t.Fatalf("%d: cannot tell what %q expects", c.Number, b.Behaviour)
			}
		}
	}
	if len(wantRequests) == 0 {
		t.Fatal("the data makes no live claim about Chromium's cache")
	}

	var mu sync.Mutex
	hits := map[string]int{}
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var kind string
		var code int
		if _, err := fmt.Sscanf(strings.ReplaceAll(r.URL.Path, "/", " "), "%s %d", &kind, &code); err != nil {
			fmt.Fprint(w, "another page")
			return
		}
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if kind == "dated" {
			w.Header().Set("Last-Modified", time.Now().Add(-10*24*time.Hour).UTC().Format(http.TimeFormat))
		}
		if code >= 300 && code < 400 {
			w.Header().Set("Location", "/landing")
		}
		w.WriteHeader(code) // no Cache-Control or Expires
		if code != http.StatusNoContent {
			fmt.Fprintf(w, "answered %d", code)
		}
	}))
	defer server.Close()

	ctx := newClientsTab(t, newClientsBrowser(t))
	// page.Navigate returns once the navigation commits or fails, which a
	// 204 (never committed) needs; chromedp.Navigate would wait for a load.
	visit := func(path string) {
		if _, err := chromedp.Call(ctx, page.Navigate, page.NavigateParams{URL: server.URL + path}); err != nil {
			t.Fatalf("navigating to %s: %v", path, err)
		}
		time.Sleep(300 * time.Millisecond)
	}
	for path, want := range wantRequests {
		for range 2 {
			visit("/other")
			visit(path)
		}
		mu.Lock()
		got := hits[path]
		mu.Unlock()
		if got != want {
			t.Errorf("two navigations to %s reached the server %d times; the data implies %d", path, got, want)
		}
	}
}

// await evaluates a JavaScript expression that yields a promise.
func await[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluating %s: %v", expr, err)
	}
	return v
}

// openBlankPage serves an empty HTML page at /blank from mux's server and
// opens it, so scripts run with that server's origin.
func openBlankPage(t *testing.T, ctx context.Context, mux *http.ServeMux) *httptest.Server {
	t.Helper()
	mux.HandleFunc("/blank", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<title>blank</title>")
	})
	server := httptest.NewServer(mux)
	t.Cleanup(server.Close)
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/blank")); err != nil {
		t.Fatal(err)
	}
	return server
}

func TestClientsFetchResolvesWithTheFinalStatusNeverAnInterimOne(t *testing.T) {
	ctx := newClientsTab(t, newClientsBrowser(t))
	mux := http.NewServeMux()
	mux.HandleFunc("/interim/{code}", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscan(r.PathValue("code"), &code)
		w.Header().Set("Link", "</blank>; rel=preload; as=fetch")
		w.WriteHeader(code) // net/http sends a 1xx as an interim response
		w.Header().Del("Link")
		fmt.Fprint(w, "final")
	})
	openBlankPage(t, ctx, mux)
	for _, code := range []int{100, 102, 103, 104} {
		liveFetchClaim(t, code, "final status")
		got := await[string](t, ctx, fmt.Sprintf(`fetch("/interim/%d").then(async (r) => r.status + " " + await r.text())`, code))
		if got != "200 final" {
			t.Errorf("fetch() of a %d followed by a 200 resolved with %q, want \"200 final\"", code, got)
		}
	}
}

func TestClientsFetchFollowsRedirectsAsTheDataSays(t *testing.T) {
	ctx := newClientsTab(t, newClientsBrowser(t))
	mux := http.NewServeMux()
	// /hops/{code}/{n} redirects with code n times, then answers with the
	// method and body that reached it.
	mux.HandleFunc("/hops/{code}/{n}", func(w http.ResponseWriter, r *http.Request) {
		var code, n int
		fmt.Sscan(r.PathValue("code"), &code)
		fmt.Sscan(r.PathValue("n"), &n)
		body, _ := io.ReadAll(r.Body)
		if n > 0 {
			w.Header().Set("Location", fmt.Sprintf("/hops/%d/%d", code, n-1))
			w.WriteHeader(code)
			return
		}
		fmt.Fprint(w, strings.TrimSpace(r.Method+" "+string(body)))
	})
	openBlankPage(t, ctx, mux)
	for _, code := range []int{301, 302, 303, 307, 308} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			liveFetchClaim(t, code, "up to 20 redirects")
			// "Followed like a navigation": the method the Browsers claim gives.
			want := "GET"
			if strings.Contains(liveBrowserClaim(t, code, "Followed automatically").Behaviour, "same method") {
				want = "POST sent"
			}
			post := func(hops int, redirect string) string {
				return await[string](t, ctx, fmt.Sprintf(`fetch("/hops/%d/%d", {method: "POST", body: "sent", redirect: %q})
					.then(async (r) => r.type === "opaqueredirect" ? "opaqueredirect" : await r.text(), (e) => "rejected: " + e.name)`, code, hops, redirect))
			}
			if got := post(20, "follow"); got != want {
				t.Errorf("a POST through 20 redirects with %d reached the end as %q, want %q", code, got, want)
			}
			if got := post(21, "follow"); got != "rejected: TypeError" {
				t.Errorf("21 redirects with %d: fetch() gave %q, want a TypeError", code, got)
			}
			if got := post(1, "manual"); got != "opaqueredirect" {
				t.Errorf(`redirect: "manual" with %d gave %q, want an opaque redirect`, code, got)
			}
			if got := post(1, "error"); got != "rejected: TypeError" {
				t.Errorf(`redirect: "error" with %d gave %q, want a TypeError`, code, got)
			}
		})
	}
}

func TestClientsFetchSeesA304OnlyWhenTheScriptAskedForIt(t *testing.T) {
	liveFetchClaim(t, 304, "If-None-Match")
	ctx := newClientsTab(t, newClientsBrowser(t))
	conditional := &recorder{}
	mux := http.NewServeMux()
	mux.HandleFunc("/tagged", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Cache-Control", "no-cache") // store, but revalidate every time
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional.add("304")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, "the stored copy")
	})
	openBlankPage(t, ctx, mux)
	got := await[string](t, ctx, `(async () => {
		const first = await fetch("/tagged");
		await first.text();
		const revalidated = await fetch("/tagged");
		const asked = await fetch("/tagged", {headers: {"If-None-Match": '"v1"'}});
		return [first.status, revalidated.status, await revalidated.text(), asked.status].join(" ");
	})()`)
	if want := "200 200 the stored copy 304"; got != want {
		t.Errorf("first fetch, browser revalidation, script's own If-None-Match: got %q, want %q", got, want)
	}
	if n := len(conditional.all()); n != 2 {
		t.Errorf("the server answered %d conditional requests with 304, want 2 (the browser's and the script's)", n)
	}
}

// watchAuthPrompts makes Chromium report each credentials prompt of the
// tab as Fetch.authRequired, records its scheme and cancels it, as a user
// closing the dialog would. The event marks Chromium starting to ask for
// credentials; headless shows no dialog to look at.
func watchAuthPrompts(t *testing.T, ctx context.Context, prompts *recorder) {
	t.Helper()
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	authRequired := chromedp.Events(ctx, fetch.AuthRequired)
	handleAuth := true
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{HandleAuthRequests: &handleAuth}); err != nil {
		t.Fatal(err)
	}
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
		}
	}()
	go func() {
		for ev, err := range authRequired {
			if err != nil {
				return
			}
			prompts.add(ev.AuthChallenge.Scheme)
			chromedp.Call(ctx, fetch.ContinueWithAuth, fetch.ContinueWithAuthParams{
				RequestID:             ev.RequestID,
				AuthChallengeResponse: &fetch.AuthChallengeResponse{Response: fetch.AuthChallengeResponseResponseCancelAuth},
			})
		}
	}()
}

func TestClientsChromiumRetriesA421OnANewConnection(t *testing.T) {
	liveBrowserClaim(t, 421, "new connection")
	ctx := newClientsTab(t, newClientsBrowser(t))
	connections := &recorder{}
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/misdirected" {
			return
		}
		first := len(connections.all()) == 0
		connections.add(r.RemoteAddr)
		if first {
			w.WriteHeader(http.StatusMisdirectedRequest)
			fmt.Fprint(w, "wrong server")
			return
		}
		fmt.Fprint(w, "right server")
	}))
	defer server.Close()
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/misdirected")); err != nil {
		t.Fatal(err)
	}
	body := evaluate[string](t, ctx, `document.body.innerText`)
	used := connections.all()
	if body != "right server" || len(used) != 2 || used[0] == used[1] {
		t.Errorf("421 then 200: the page shows %q after requests on connections %q; want the 200 after one retry on a new connection", body, used)
	}
}

func TestClientsChromiumActsOnEarlyHintsOnlyOverHTTP2(t *testing.T) {
	liveBrowserClaim(t, 103, "HTTP/2 or HTTP/3")
	// Both servers use TLS, with a certificate Chromium is told to accept,
	// so that only the protocol differs.
	browser := newClientsBrowser(t, chromedp.IgnoreCertErrors)

	// In our runs a fresh Chromium 156 ignored the 103 on its first few
	// HTTP/2 navigations (no Network.responseReceivedEarlyHints at all),
	// then acted on it every time: allow five tries.
	acted := false
	for try := 1; try <= 5 && !acted; try++ {
		protocol, preloaded := navigateWithEarlyHints(t, browser, true)
		if protocol != "h2" {
			t.Fatalf("the HTTP/2 server was reached over %q", protocol)
		}
		acted = preloaded
		if acted {
			t.Logf("Chromium acted on the 103 over HTTP/2 at navigation %d", try)
		}
	}
	if !acted {
		t.Error("Chromium never fetched the preload of a 103 sent over HTTP/2 in five navigations")
	}
	// Now that this Chromium acts on 103 over HTTP/2, it must not over HTTP/1.1.
	for range 2 {
		if protocol, preloaded := navigateWithEarlyHints(t, browser, false); protocol != "http/1.1" || preloaded {
			t.Errorf("over %q Chromium fetched the 103's preload: %v, want http/1.1 and no", protocol, preloaded)
		}
	}
}

// navigateWithEarlyHints opens /page of a new TLS server that sends a 103
// with a preload link before the page, and reports the protocol used and
// whether the hinted file was requested before the final response.
func navigateWithEarlyHints(t *testing.T, browser context.Context, http2 bool) (protocol string, preloaded bool) {
	t.Helper()
	hinted := make(chan struct{}, 1)
	server := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/hinted.css":
			select {
			case hinted <- struct{}{}:
			default:
			}
			w.Header().Set("Content-Type", "text/css")
		case "/page":
			w.Header().Set("Link", "</hinted.css>; rel=preload; as=style")
			w.WriteHeader(http.StatusEarlyHints)
			w.Header().Del("Link")
			// Hold the final response until the hinted file is requested,
			// which only acting on the 103 can cause; when Chromium acts
			// on it, that takes milliseconds.
			preloaded := false
			select {
			case <-hinted:
				preloaded = true
			case <-time.After(3 * time.Second):
			}
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<p id=preloaded>%v</p>", preloaded)
		}
	}))
	server.EnableHTTP2 = http2
	server.StartTLS()
	defer server.Close()

	ctx := newClientsTab(t, browser)
	if err := chromedp.Do(ctx, chromedp.Navigate(server.URL+"/page")); err != nil {
		t.Fatal(err)
	}
	got := evaluate[[]string](t, ctx, `[performance.getEntriesByType("navigation")[0].nextHopProtocol, preloaded.innerText]`)
	return got[0], got[1] == "true"
}
