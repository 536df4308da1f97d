package components

import (
	"strconv"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
	"httpstatus/search"
)

func TestCodeDetailHasEverySectionOfTheReferencePage(t *testing.T) {
	html := app.HTMLString(CodeDetail(data.Lookup(502)))
	for _, want := range []string{
		"<h1", "502", "Bad Gateway", "Detailed explanation", "Common causes", "How to fix", "<ol",
		"Related HTTP headers", "Response example", "HTTP/1.1 502 Bad Gateway", "Related status codes",
		`href="/504"`, "Commonly confused with", "Specification", "rfc9110", `href="/5xx"`, `href="/"`,
		"http.StatusBadGateway",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("502 detail lacks %q", want)
		}
	}
}

func TestCodeDetailShowsRegisteredMeaningFirstThenVendors(t *testing.T) {
	html := app.HTMLString(CodeDetail(data.Lookup(451)))
	legal := strings.Index(html, "Unavailable For Legal Reasons")
	iis := strings.Index(html, "Microsoft IIS")
	if legal < 0 || iis < 0 || legal > iis {
		t.Errorf("451: registered meaning at %d, IIS meaning at %d; want both, registered first", legal, iis)
	}
	if n := strings.Count(html, "<h1"); n != 1 {
		t.Errorf("451 page has %d h1 elements, want 1", n)
	}
}

func TestLogOnlyCodeSaysItNeverReachesTheClient(t *testing.T) {
	html := app.HTMLString(CodeDetail(data.Lookup(499)))
	if !strings.Contains(html, "never sent to the client") || !strings.Contains(html, "Log example") {
		t.Error("499 (nginx) should say it only appears in logs and label its example as a log line")
	}
}

func TestFormerNamesAreShownAsFormerlyWhereNoSpecificationRenamedTheCode(t *testing.T) {
	// 408's headings always read "Request Timeout"; "Request Time-out" is
	// the phrase of RFC 2616's status-line list.
	html := app.HTMLString(CodeDetail(data.Lookup(408)))
	if !strings.Contains(html, "Formerly: Request Time-out") {
		t.Error("408 should show its former name")
	}
}

func TestMarkedNamesWrapEachRunOfMatchedBytes(t *testing.T) {
	tests := []struct {
		text    string
		offsets []int
		want    string
	}{
		{"Bad Gateway", []int{4, 5, 6, 7, 8, 9, 10}, "Bad <mark>Gateway</mark>"},
		{"Bad Gateway", []int{0, 4}, "<mark>B</mark>ad <mark>G</mark>ateway"},
		{"Bad Gateway", nil, "Bad Gateway"},
		{"Bad", []int{7}, "Bad"},
		{"Bad", []int{2, 1}, "Ba<mark>d</mark>"},
		{"A <b> & C", []int{2}, "A <mark>&lt;</mark>b&gt; &amp; C"},
	}
	for _, tt := range tests {
		var b strings.Builder
		writeMarked(&b, tt.text, tt.offsets)
		if got := b.String(); got != tt.want {
			t.Errorf("writeMarked(%q, %v) = %q, want %q", tt.text, tt.offsets, got, tt.want)
		}
	}
}

func TestSearchResultsAreAListboxWithTheSelectionMarked(t *testing.T) {
	results := search.Search("gateway")
	html := app.HTMLString(SearchResults("gateway", results, 0))
	for _, want := range []string{`role="listbox"`, `role="option"`, `id="result-0"`, `aria-live="polite"`, "<mark>"} {
		if !strings.Contains(html, want) {
			t.Errorf("results lack %q", want)
		}
	}
	if got, want := strings.Count(html, `aria-selected="false"`), min(len(results), MaxResults)-1; got != want {
		t.Errorf("%d results are unselected, want %d", got, want)
	}
	if strings.Count(html, `aria-selected="true"`) != 1 {
		t.Error("exactly one result should be aria-selected")
	}
	if strings.Count(html, `class="selected"`) != 1 {
		t.Error("exactly one result should be selected")
	}
}

func TestSearchResultsShowMarkupInTheQueryAsText(t *testing.T) {
	html := app.HTMLString(SearchResults("<script>alert(1)</script>", nil, -1))
	if strings.Contains(html, "<script>") {
		t.Error("the query was rendered as markup")
	}
	if !strings.Contains(html, "No code matches") {
		t.Error("an empty result should say so")
	}
}

func TestClassSectionsListEveryCodeOnce(t *testing.T) {
	html := app.HTMLString(ClassSections())
	for _, c := range data.All() {
		href := `href="` + routes.CodePath(c.Number) + `"`
		if !strings.Contains(html, href) {
			t.Errorf("index lacks %s", href)
		}
	}
	if n, want := strings.Count(html, `class="code-link"`), len(data.All()); n != want {
		t.Errorf("index has %d entries, want %d", n, want)
	}
}

func TestSearchFormWorksAsAPlainGETFormWithoutJavaScript(t *testing.T) {
	html := app.HTMLString(SearchForm(SearchBox{Query: "gateway", Selected: -1}))
	for _, want := range []string{`<form`, `action="/"`, `method="get"`, `name="q"`, `value="gateway"`, `type="search"`, `type="submit"`} {
		if !strings.Contains(html, want) {
			t.Errorf("search form lacks %s", want)
		}
	}
}

func TestSearchResultsListAtMostMaxResultsAndSaySo(t *testing.T) {
	results := search.Search("e")
	if len(results) <= MaxResults {
		t.Fatalf("the query \"e\" should match more than %d codes, got %d", MaxResults, len(results))
	}
	html := app.HTMLString(SearchResults("e", results, -1))
	if n := strings.Count(html, `role="option"`); n != MaxResults {
		t.Errorf("%d results listed, want %d", n, MaxResults)
	}
	if !strings.Contains(html, "the best 15 are listed") {
		t.Error("the count should say only the best are listed")
	}
}

func TestHeadingsNeverSkipALevel(t *testing.T) {
	for _, number := range []int{502, 451, 499} {
		checkHeadingLevels(t, strconv.Itoa(number), app.HTMLString(CodeDetail(data.Lookup(number))))
	}
}

func TestCodeListsShowMarkupInContentAsText(t *testing.T) {
	c := data.Code{Number: 599, Name: "A <b>", Vendor: `"V" & co`, Summary: "<script>x</script>"}
	var b strings.Builder
	writeCodeItem(&b, c, nil, "", false)
	got := b.String()
	for _, raw := range []string{"<b>", `"V"`, "<script>", " & "} {
		if strings.Contains(got, raw) {
			t.Errorf("item markup holds %q unescaped: %s", raw, got)
		}
	}
}

func TestResultListboxMountsTheOptionsShowResultsWrites(t *testing.T) {
	results := search.Search("timeout")
	html := app.HTMLString(ResultListbox(results, 1))
	if !strings.Contains(html, ResultOptionsHTML(results, 1)) {
		t.Error("the mounted listbox and ShowResults should write the same options")
	}
	if !strings.Contains(html, `id="`+listboxID+`"`) {
		t.Errorf("the listbox should carry the id %q that the search box controls", listboxID)
	}
}

func TestSendItShowsTheReasonInsteadOfCodeWhereARuntimeCannot(t *testing.T) {
	html := app.HTMLString(Snippets(data.Lookup(103)[0]))
	if got, want := strings.Count(html, `class="block"`), 2; got != want {
		t.Errorf("103 shows %d code blocks, want %d (Go and Express; Flask and nginx cannot send it)", got, want)
	}
	if got, want := strings.Count(html, `class="snippet-unavailable"`), 2; got != want {
		t.Errorf("103 shows %d reasons, want %d", got, want)
	}
	if !strings.Contains(html, "WSGI has no way") {
		t.Error("103 lacks the reason Flask cannot send it")
	}
}

func TestSendItOfALogOnlyCodeSaysWhyThereIsNothingToSend(t *testing.T) {
	html := app.HTMLString(CodeDetail(data.Lookup(444)))
	if !strings.Contains(html, "Send it") || !strings.Contains(html, "only internally and in its logs") {
		t.Error("444's page should say why it has no snippets")
	}
	if got := strings.Count(html, `class="block"`); got != 1 {
		t.Errorf("444's page has %d code blocks, want only the log example", got)
	}
}

func TestAClassOrTheStartOfANumberListsEveryMatchingCode(t *testing.T) {
	tests := []struct {
		query   string
		wantAll bool
	}{
		{"4", true}, {"50", true}, {"5xx", true}, {"4XX", true},
		{"502", false}, {"gateway", false}, {"e", false}, {"6xx", false},
	}
	for _, tt := range tests {
		all := search.Search(tt.query)
		shown := Shown(tt.query, all)
		if tt.wantAll && len(shown) != len(all) {
			t.Errorf("%q: %d of %d shown, want every one", tt.query, len(shown), len(all))
		}
		if !tt.wantAll && len(shown) > MaxResults {
			t.Errorf("%q: %d shown, want at most %d", tt.query, len(shown), MaxResults)
		}
	}
	if n := len(Shown("4", search.Search("4"))); n <= MaxResults {
		t.Errorf(`"4" shows %d codes: the test needs more than %d 4xx codes to prove anything`, n, MaxResults)
	}
}

func TestTheIndexJumpsToEachClassAndMarksUnofficialCodes(t *testing.T) {
	html := rendered(ClassSections())
	for _, cl := range data.Classes {
		if !strings.Contains(html, `href="#class-`+cl.Label()+`"`) || !strings.Contains(html, `id="class-`+cl.Label()+`"`) {
			t.Errorf("no jump link to a section of %s", cl.Label())
		}
	}
	if !strings.Contains(html, `id="hide-unofficial"`) || !strings.Contains(html, `type="checkbox"`) || !strings.Contains(html, `for="hide-unofficial"`) {
		t.Error("no labelled switch to hide the unofficial codes")
	}
	unofficial := 0
	for _, c := range data.All() {
		if c.Vendor != "" {
			unofficial++
		}
	}
	if got := strings.Count(html, `class="unofficial"`); got != unofficial {
		t.Errorf("%d items marked unofficial, want %d", got, unofficial)
	}
	if !strings.Contains(html, "Unofficial · nginx") {
		t.Error("a vendor's code does not say it is unofficial")
	}
}
