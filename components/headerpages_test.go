package components

import (
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"httpstatus/data"
	"httpstatus/routes"
)

var (
	h1Pattern  = regexp.MustCompile(`(?s)<h1[^>]*>(.*?)</h1>`)
	tagPattern = regexp.MustCompile(`<[^>]+>`)
)

// textOf is the text of a piece of HTML, without its tags.
func textOf(fragment string) string {
	return html.UnescapeString(tagPattern.ReplaceAllString(fragment, ""))
}

// hrefsIn lists the link targets of html, without their #fragment.
func hrefsIn(html string) []string {
	var hrefs []string
	for _, m := range hrefPattern.FindAllStringSubmatch(html, -1) {
		path, _, _ := strings.Cut(m[1], "#")
		hrefs = append(hrefs, path)
	}
	return hrefs
}

func TestEveryHeaderPageHasItsNameAsItsOnlyH1(t *testing.T) {
	for _, h := range data.Headers() {
		page := HeaderPage(h.Name)
		got := rendered(page.Content)
		h1s := h1Pattern.FindAllStringSubmatch(got, -1)
		if len(h1s) != 1 || textOf(h1s[0][1]) != h.Name {
			t.Errorf("%s: h1 elements %q, want one reading %q", h.Name, h1s, h.Name)
		}
		if page.Title != h.Name+" — HTTP header" || page.Description != h.Summary {
			t.Errorf("%s: title %q, description %q", h.Name, page.Title, page.Description)
		}
	}
}

func TestEveryHeaderPageSaysInWordsWhereItIsSentAndHowItStands(t *testing.T) {
	for _, h := range data.Headers() {
		if directionText[h.Direction] == "" || standingText[h.Standing] == "" {
			t.Errorf("%s: direction %q or standing %q has no words on the page", h.Name, h.Direction, h.Standing)
		}
	}
}

func TestEveryCodeAHeaderPageListsLinksToThatCodesPage(t *testing.T) {
	for _, h := range data.Headers() {
		got := rendered(HeaderPage(h.Name).Content)
		for _, m := range data.CodesNaming(h) {
			href := `href="` + codeMeaningPath(m.Code) + `"`
			if !strings.Contains(got, href) {
				t.Errorf("%s: no link %s to %d %s", h.Name, href, m.Code.Number, m.Code.Name)
			}
			if p := routes.Resolve(routes.CodePath(m.Code.Number)); p.Kind != routes.Code {
				t.Errorf("%s: %s is not a code page", h.Name, routes.CodePath(m.Code.Number))
			}
			if _, fragment, ok := strings.Cut(codeMeaningPath(m.Code), "#"); ok {
				if page := rendered(CodeDetail(data.Lookup(m.Code.Number))); !strings.Contains(page, `id="`+fragment+`"`) {
					t.Errorf("%s: the page of %d has no meaning with the id %q it links to", h.Name, m.Code.Number, fragment)
				}
			}
		}
		for _, path := range hrefsIn(got) {
			if strings.HasPrefix(path, "http") {
				continue
			}
			if p := routes.Resolve(path); p.Kind == routes.NotFound {
				t.Errorf("%s: links to %s, which is no page", h.Name, path)
			}
		}
	}
}

func TestHeaderPageGivesEachCodeTheNoteFromThatCodesEntry(t *testing.T) {
	h, _ := data.LookupHeader("Retry-After")
	got := textOf(rendered(HeaderPage(h.Name).Content))
	mentions := data.CodesNaming(h)
	for _, number := range []int{503, 429} {
		i := slices.IndexFunc(mentions, func(m data.CodeMention) bool { return m.Code.Number == number })
		if i < 0 {
			t.Fatalf("Retry-After: no code entry %d names it", number)
		}
		if note := strings.ReplaceAll(mentions[i].Note, "`", ""); !strings.Contains(got, note) {
			t.Errorf("Retry-After page lacks the note of %d: %q", number, note)
		}
	}
}

func TestHeaderPageNamesTheVendorOfAVendorMeaningOfACode(t *testing.T) {
	for _, h := range data.Headers() {
		got := rendered(HeaderPage(h.Name).Content)
		for _, m := range data.CodesNaming(h) {
			if m.Code.Vendor != "" && !strings.Contains(got, "vendor: "+html.EscapeString(m.Code.Vendor)) {
				t.Errorf("%s: %d is listed without its vendor %s", h.Name, m.Code.Number, m.Code.Vendor)
			}
		}
	}
}

func TestHeaderPageSaysInWordsWhenAFieldIsNotAPlainStandard(t *testing.T) {
	tests := []struct {
		standing data.FieldStanding
		notice   string
	}{
		{data.Deprecated, "Deprecated."},
		{data.Retired, "Obsolete."},
		{data.Provisional, "Draft."},
		{data.VendorField, "Vendor-specific."},
		{data.Standard, ""},
		{data.Conventional, ""},
	}
	for _, tt := range tests {
		i := slices.IndexFunc(data.Headers(), func(h data.HeaderField) bool { return h.Standing == tt.standing })
		if i < 0 {
			t.Errorf("no header stands %q", tt.standing)
			continue
		}
		h := data.Headers()[i]
		got := rendered(HeaderPage(h.Name).Content)
		if tt.notice == "" {
			if strings.Contains(got, `class="notice`) {
				t.Errorf("%s (%s) shows a notice", h.Name, tt.standing)
			}
			continue
		}
		if !strings.Contains(got, "<strong>"+tt.notice+"</strong>") {
			t.Errorf("%s (%s) lacks the notice %q", h.Name, tt.standing, tt.notice)
		}
		if tt.standing == data.VendorField && !strings.Contains(got, html.EscapeString(h.Vendor)+" defines this header") {
			t.Errorf("%s: the notice does not name the vendor %s", h.Name, h.Vendor)
		}
	}
}

func TestHeaderPageHasEverySectionWithCopyableGrammarAndExamples(t *testing.T) {
	got := rendered(HeaderPage("retry-after").Content)
	for _, want := range []string{
		"Sent in", "Responses", "Standing", "What it means", "Syntax", "delay-seconds", "Examples", "Retry-After: 120",
		"How browsers, caches and proxies treat it", "Common mistakes", "Status codes it appears with",
		"Related headers", `href="` + routes.HeaderPath("RateLimit") + `"`, "Specification", "rfc9110#section-10.2.3",
		`href="` + routes.HeaderIndexPath + `"`, "← All headers",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Retry-After page lacks %q", want)
		}
	}
	h, _ := data.LookupHeader("Retry-After")
	if blocks, want := strings.Count(got, `class="copy"`), 1+len(h.Examples); blocks != want {
		t.Errorf("Retry-After page has %d copyable blocks, want %d (ABNF and each example)", blocks, want)
	}
	if n := strings.Count(got, "<p>"); n < 2 {
		t.Errorf("the explanation of Retry-After has two paragraphs; the page has %d <p> elements", n)
	}
}

func TestVendorHeaderMarksItsDocumentationAsTheVendors(t *testing.T) {
	got := rendered(HeaderPage("X-Shopify-Shop-Api-Call-Limit").Content)
	for _, want := range []string{"Vendor", "Shopify", "(vendor documentation)", "shopify.dev"} {
		if !strings.Contains(got, want) {
			t.Errorf("X-Shopify-Shop-Api-Call-Limit page lacks %q", want)
		}
	}
}

func TestHeaderPageMarksEveryDocumentThatIsNotAStandard(t *testing.T) {
	tests := []struct{ header, want string }{
		{"Retry-After", "RFC 9110, Section 10.2.3</a></li>"},
		{"CF-Ray", "(vendor documentation)</li>"},
		{"X-XSS-Protection", "(documentation, not a standard)</li>"},
	}
	for _, tt := range tests {
		if got := rendered(HeaderPage(tt.header).Content); !strings.Contains(got, tt.want) {
			t.Errorf("%s: the specification list lacks %q", tt.header, tt.want)
		}
	}
}

func TestHeaderPagesNeverSkipAHeadingLevel(t *testing.T) {
	checkHeadingLevels(t, "/headers", rendered(HeaderIndexPage().Content))
	for _, h := range data.Headers() {
		checkHeadingLevels(t, h.Name, rendered(HeaderPage(h.Name).Content))
	}
}

func TestHeaderIndexListsEveryHeaderOnce(t *testing.T) {
	got := rendered(HeaderIndexPage().Content)
	for _, h := range data.Headers() {
		href := `href="` + routes.HeaderPath(h.Name) + `"`
		if n := strings.Count(got, href); n != 1 {
			t.Errorf("the index links %s %d times, want once", href, n)
		}
	}
	if n, want := strings.Count(got, `class="header-link"`), len(data.Headers()); n != want {
		t.Errorf("the index has %d entries, want %d", n, want)
	}
}

func TestHeaderIndexListsTheGroupsInOrderWithJumpLinks(t *testing.T) {
	got := rendered(HeaderIndexPage().Content)
	last := -1
	for _, g := range data.HeaderGroups {
		section := regexp.MustCompile(`<section[^>]* id="` + groupID(g) + `"[^>]*><h2>` + regexp.QuoteMeta(html.EscapeString(string(g))) + `</h2>`)
		heading := -1
		if at := section.FindStringIndex(got); at != nil {
			heading = at[0]
		}
		if heading < 0 {
			t.Errorf("the index has no section headed %q with id %q", g, groupID(g))
			continue
		}
		if heading < last {
			t.Errorf("group %q comes before the group listed ahead of it", g)
		}
		last = heading
		if jump := strings.Index(got, `href="#`+groupID(g)+`"`); jump < 0 || jump > strings.Index(got, "<h2") {
			t.Errorf("no jump link to %q above the groups", g)
		}
	}
}

func TestHeaderIndexMarksVendorDeprecatedObsoleteAndDraftHeadersInWords(t *testing.T) {
	got := rendered(HeaderIndexPage().Content)
	tests := []struct{ name, mark string }{
		{"CF-Ray", "vendor: Cloudflare"},
		{"Pragma", "deprecated"},
		{"Warning", "obsolete"},
		{"RateLimit", "draft"},
	}
	for _, tt := range tests {
		item := regexp.MustCompile(`href="` + regexp.QuoteMeta(routes.HeaderPath(tt.name)) + `"[^>]*>.*?</a>`).FindString(got)
		if !strings.Contains(item, `<span class="tag">`+tt.mark+`</span>`) {
			t.Errorf("the index entry of %s is not marked %q: %s", tt.name, tt.mark, item)
		}
	}
	retryAfter := regexp.MustCompile(`href="` + routes.HeaderPath("Retry-After") + `"[^>]*>.*?</a>`).FindString(got)
	if strings.Contains(retryAfter, `class="tag"`) {
		t.Errorf("the standard Retry-After is marked: %s", retryAfter)
	}
}

func TestEveryHeaderNamedOnACodePageLinksToItsPage(t *testing.T) {
	for _, c := range data.All() {
		got := rendered(CodeDetail([]data.Code{c}))
		for _, named := range c.Headers {
			entry, ok := data.FindHeader(named.Name)
			if !ok {
				t.Errorf("%d %s names %s, which has no header page", c.Number, c.Name, named.Name)
				continue
			}
			link := `<a href="` + routes.HeaderPath(entry.Name) + `"><code>` + html.EscapeString(named.Name) + `</code></a>`
			if !strings.Contains(got, link) {
				t.Errorf("%d %s: %s is not linked to its page %s", c.Number, c.Name, named.Name, routes.HeaderPath(entry.Name))
			}
		}
	}
}
