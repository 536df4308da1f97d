//go:build e2e && !wasm

package e2e

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

func TestIndexListsEveryClassOnceTheAppRuns(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	for _, class := range []string{"1xx", "2xx", "3xx", "4xx", "5xx"} {
		if got := tb.text("#class-" + class + " h2"); !strings.Contains(got, class) {
			t.Errorf("section %s heading = %q", class, got)
		}
	}
	if n := eval[int](tb, `document.querySelectorAll(".codes li").length`); n < 64 {
		t.Errorf("index lists %d codes, want at least the 64 registered ones", n)
	}
	if title := eval[string](tb, `document.title`); !strings.Contains(title, "HTTP status codes") {
		t.Errorf("title = %q", title)
	}
}

func TestTypingGatewayShowsBadGatewayFirstAndKeepsTheQueryInTheURL(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	historyBefore := eval[int](tb, `history.length`)
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gateway"))
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
	// The address follows on go-app's next frame, after the list.
	tb.waitFor(`location.pathname + location.search === "/?q=gateway"`)
	if after := eval[int](tb, `history.length`); after != historyBefore {
		t.Errorf("typing added %d history entries, want none (replace, not push)", after-historyBefore)
	}
}

func TestClickingAResultOpensItInPlaceAndBackRestoresTheSearch(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.do(chromedp.SendKeys(chromedp.ID("q"), "gateway"))
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
	eval[bool](tb, `window.sameDocument = true`)

	tb.do(chromedp.Click(chromedp.CSS("#result-0 a")))
	tb.waitFor(`location.pathname === "/502"`)
	tb.waitFor(`(document.querySelector("h1") || {}).innerText === "502 Bad Gateway"`)
	if !eval[bool](tb, `window.sameDocument === true`) {
		t.Error("opening the result reloaded the page; want client-side navigation")
	}

	tb.do(chromedp.NavigateBack())
	tb.waitFor(`location.pathname + location.search === "/?q=gateway"`)
	tb.waitFor(`document.querySelector("#q").value === "gateway"`)
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
}

func TestCodePageOpenedDirectlyShowsEverySection(t *testing.T) {
	tb := newTab(t)
	tb.open("/502")
	if h1 := tb.text("h1"); h1 != "502 Bad Gateway" {
		t.Errorf("h1 = %q", h1)
	}
	if title := eval[string](tb, `document.title`); !strings.HasPrefix(title, "502 Bad Gateway") {
		t.Errorf("title = %q", title)
	}
	headings := tb.text("main")
	for _, section := range []string{"Detailed explanation", "Common causes", "How to fix", "Related HTTP headers",
		"Response example", "Related status codes", "Specification", "All status codes", "5xx Server Error"} {
		if !strings.Contains(headings, section) {
			t.Errorf("502 page lacks %q", section)
		}
	}
	if example := tb.text("pre.block"); !strings.HasPrefix(example, "HTTP/1.1 502 Bad Gateway") {
		t.Errorf("response example starts %.40q", example)
	}
	desc := eval[string](tb, `document.querySelector('meta[name="description"]').content`)
	if desc == "" {
		t.Error("no meta description")
	}
}

func TestSearchLinkOpenedDirectlyShowsResultsBeforeAndAfterTheAppStarts(t *testing.T) {
	res, err := http.Get(site.url + "/?q=gateway")
	if err != nil {
		t.Fatal(err)
	}
	html, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(html), `href="/502"`) || !strings.Contains(string(html), `value="gateway"`) {
		t.Error("the server's HTML for /?q=gateway does not list 502 with the query filled in")
	}

	tb := newTab(t)
	tb.open("/?q=gateway")
	tb.waitFor(`(document.querySelector("#result-0 .badge") || {}).innerText === "502"`)
	if v := eval[string](tb, `document.querySelector("#q").value`); v != "gateway" {
		t.Errorf("search box = %q", v)
	}
}

func TestClassPageListsItsCodes(t *testing.T) {
	tb := newTab(t)
	tb.open("/5xx")
	if h1 := tb.text("h1"); h1 != "5xx Server Error" {
		t.Errorf("h1 = %q", h1)
	}
	list := tb.text("main")
	for _, code := range []string{"500", "502", "503", "504", "511"} {
		if !strings.Contains(list, code) {
			t.Errorf("/5xx does not list %s", code)
		}
	}
}

func TestUnassignedCodeExplainsHowClientsTreatIt(t *testing.T) {
	tb := newTab(t)
	tb.open("/299")
	if h1 := tb.text("h1"); h1 != "299 Unassigned" {
		t.Errorf("h1 = %q", h1)
	}
	if body := tb.text("main"); !strings.Contains(body, "200 OK") {
		t.Errorf("/299 should say clients treat it as 200 OK; got %.300q", body)
	}
}

func TestUnknownAddressIsA404WithAHelpfulPage(t *testing.T) {
	for _, path := range []string{"/abc", "/1000", "/5xx/extra"} {
		t.Run(path, func(t *testing.T) {
			tb := newTab(t)
			tb.allowConsole("404")
			res, err := chromedp.Run(tb.ctx, chromedp.NavigateResponse(site.url+path))
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != http.StatusNotFound {
				t.Errorf("status = %d, want 404", res.Status)
			}
			tb.waitApp()
			if h1 := tb.text("h1"); h1 != "404 No such page" {
				t.Errorf("h1 = %q; page: %.500s", h1, tb.text("body"))
			}
			if !eval[bool](tb, `!!document.querySelector('input[type="search"]')`) {
				t.Error("the not-found page has no search box")
			}
		})
	}
}
