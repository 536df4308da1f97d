package components

import (
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
)

// pageText is a code's page with go-app's indentation taken out, so that
// what a reader sees as one line can be matched as one string.
func pageText(number int) string {
	html := app.HTMLString(CodeDetail(data.Lookup(number)))
	return regexp.MustCompile(`>\s+<`).ReplaceAllString(regexp.MustCompile(`\n\s*`).ReplaceAllString(html, ""), "><")
}

func TestNamesLineShowsEachSpecificationsPhraseLinkedToItsSection(t *testing.T) {
	html := pageText(413)
	for _, want := range []string{
		"Names: Request Entity Too Large (<a",
		`href="https://www.rfc-editor.org/rfc/rfc2616#section-10.4.14"`,
		">RFC 2616</a>)",
		"Payload Too Large (<a", ">RFC 7231</a>)",
		"Content Too Large (<a", ">RFC 9110</a>)",
		"→",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("413's names line lacks %q", want)
		}
	}
}

func TestNamesLineAppearsOnlyWhereASpecificationRenamedTheCode(t *testing.T) {
	tests := []struct {
		number int
		want   bool
	}{
		{413, true}, {422, true}, {302, true}, {418, true},
		{200, false}, {404, false}, {104, false}, {499, false},
	}
	for _, tt := range tests {
		if got := strings.Contains(pageText(tt.number), "Names: "); got != tt.want {
			t.Errorf("%d shows a names line: %v, want %v", tt.number, got, tt.want)
		}
	}
}

func TestNamesLineGroupsDocumentsThatAgreeAndKeepsOtherFormerNames(t *testing.T) {
	html := pageText(414)
	if !regexp.MustCompile(`URI Too Long \(<a [^>]*rfc7231[^>]*>RFC 7231</a>, <a [^>]*rfc9110[^>]*>RFC 9110</a>\)`).MatchString(html) {
		t.Error("414: RFC 7231 and RFC 9110 agree on URI Too Long and should share it")
	}
	if !strings.Contains(html, "Also formerly: Request-URI Too Large") {
		t.Error("414: the former name no heading gives should still be shown")
	}
}

// constantRow is the row of library in the constants table of number.
func constantRow(t *testing.T, number int, language string) string {
	t.Helper()
	for _, row := range regexp.MustCompile(`<tr>.*?</tr>`).FindAllString(pageText(number), -1) {
		if strings.HasPrefix(row, `<tr><th scope="row">`+language+" ") {
			return row
		}
	}
	t.Fatalf("%d: no constants row for %s", number, language)
	return ""
}

func TestConstantsTableSaysWhenALibraryRenamedTheCode(t *testing.T) {
	tests := []struct {
		number   int
		language string
		want     []string
	}{
		{422, "Python", []string{"<code>UNPROCESSABLE_CONTENT</code>", "since 3.13", "formerly <code>UNPROCESSABLE_ENTITY</code>"}},
		{422, "Ruby", []string{"<code>:unprocessable_content</code>", "since 3.1", "formerly <code>:unprocessable_entity</code>"}},
		{418, "Go", []string{"<code>StatusTeapot</code>"}},
		{418, "C#", []string{`<span class="none">none</span>`}},
		{509, "Ruby", []string{"none", "removed in 3.1", "formerly <code>:bandwidth_limit_exceeded</code>"}},
	}
	for _, tt := range tests {
		row := constantRow(t, tt.number, tt.language)
		for _, want := range tt.want {
			if !strings.Contains(row, want) {
				t.Errorf("%d, %s: row lacks %q: %s", tt.number, tt.language, want, row)
			}
		}
	}
}

func TestEveryConstantHasACopyButtonWithItsText(t *testing.T) {
	html := pageText(429)
	for _, k := range data.ConstantsFor(429) {
		if want := `data-copy="` + k.Name + `"`; !strings.Contains(html, want) {
			t.Errorf("429: no copy button for %s's %s", k.Library.Language, k.Name)
		}
	}
}

func TestConstantsAreClosedBehindASummaryThatNamesTheLanguages(t *testing.T) {
	html := pageText(502)
	if !regexp.MustCompile(`<details class="constants"><summary>Show the names in Go, Python, .* and Ruby</summary>`).MatchString(html) {
		t.Error("502: the constants table should sit in a closed details whose summary names the languages")
	}
	if strings.Contains(html, "<details open") {
		t.Error("502: the constants table should be closed by default")
	}
}

func TestNumberWideSectionsAppearOnceOnAPageWithSeveralMeanings(t *testing.T) {
	for _, number := range []int{451, 420, 103} {
		html := pageText(number)
		for _, section := range []string{"The constant in your language", "How clients react"} {
			if n := strings.Count(html, section); n != 1 {
				t.Errorf("%d shows %q %d times, want once", number, section, n)
			}
		}
	}
}

func TestNumberWideSectionsGoInTheFirstMeaning(t *testing.T) {
	html := pageText(451)
	if constants, iis := strings.Index(html, "The constant in your language"), strings.Index(html, `id="vendor-microsoft-iis"`); iis < 0 || constants > iis {
		t.Error("451: the constants belong to the registered meaning, before IIS's")
	}
}

func TestClientsTableListsEachBehaviourWithItsSourceAndLiveMark(t *testing.T) {
	html := pageText(503)
	clients := data.ClientsFor(503)
	if len(clients) == 0 {
		t.Fatal("503 has no client behaviours to show")
	}
	for _, b := range clients {
		if !strings.Contains(html, `href="`+b.Source.URL+`"`) {
			t.Errorf("503: no link to %s", b.Source.URL)
		}
	}
	if !strings.Contains(html, "✓ tested live") {
		t.Error("503: curl's retry is tested live and should say so")
	}
}

func TestClientsTableIsLeftOutWhereNoClientEverGetsTheCode(t *testing.T) {
	if html := pageText(444); strings.Contains(html, "How clients react") {
		t.Error("444 appears only in nginx's logs; no client reacts to it")
	}
}

func TestClientsTableOfANumberWithALogOnlyMeaningGoesInTheOneClientsGet(t *testing.T) {
	html := pageText(499)
	if n := strings.Count(html, "How clients react"); n != 1 {
		t.Fatalf("499 shows the clients table %d times, want once", n)
	}
	if clients, esri := strings.Index(html, "How clients react"), strings.Index(html, `id="vendor-esri-arcgis"`); clients < esri {
		t.Error("499: the clients table belongs to Esri's meaning, not nginx's log-only one")
	}
}

func TestRegistryFactsNameTheRegistrysOwnNameAndTheTemporaryDates(t *testing.T) {
	tests := []struct {
		number int
		want   []string
	}{
		{418, []string{"<dt>Registry name</dt><dd>(Unused)", "the title, “I&#39;m a teapot”, is the name in common use"}},
		{306, []string{"<dt>Registry name</dt><dd>(Unused)", "the title, “Switch Proxy”, is the name in common use"}},
		{104, []string{
			"<dt>Registration</dt>",
			"Registered 2024-11-13, extended 2025-09-15, expires 2026-11-13 — check",
			`href="` + data.RegistryURL + `"`,
			"for its current state",
		}},
	}
	for _, tt := range tests {
		html := pageText(tt.number)
		for _, want := range tt.want {
			if !strings.Contains(html, want) {
				t.Errorf("%d lacks %q", tt.number, want)
			}
		}
	}
	for _, number := range []int{200, 502} {
		if html := pageText(number); strings.Contains(html, "Registry name") || strings.Contains(html, "Registration") {
			t.Errorf("%d: only codes whose registry entry differs get registry rows", number)
		}
	}
}
