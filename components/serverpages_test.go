package components

import (
	"html"
	"strings"
	"testing"

	"httpstatus/data"
	"httpstatus/routes"
)

// siteLinks returns the addresses on this site that html links to.
func siteLinks(html string) []string {
	var links []string
	for _, m := range hrefPattern.FindAllStringSubmatch(html, -1) {
		if strings.HasPrefix(m[1], "/") {
			links = append(links, m[1])
		}
	}
	return links
}

func chooserPaths() []string {
	var paths []string
	for _, id := range data.ChooserIDs() {
		paths = append(paths, routes.ChooserStepPath(id))
	}
	return paths
}

func TestEveryChooserPageRendersAQuestionWithAnswersOrACode(t *testing.T) {
	for _, path := range chooserPaths() {
		p := routes.Resolve(path)
		if p.Kind != routes.Chooser {
			t.Errorf("%s resolves to kind %d, want the chooser", path, p.Kind)
			continue
		}
		page := ServerPage(p)
		html := rendered(page.Content)
		if page.Title == "" || page.Description == "" {
			t.Errorf("%s: title %q, description %q; want both", path, page.Title, page.Description)
		}
		if strings.Count(html, "<h1") != 1 {
			t.Errorf("%s has %d h1 elements, want 1", path, strings.Count(html, "<h1"))
		}
		if step, ok := data.LookupChooserStep(p.Name); ok {
			if got, want := strings.Count(html, `class="answer"`), len(step.Answers); got != want {
				t.Errorf("%s shows %d answers, want %d", path, got, want)
			}
		} else if rec, _ := data.LookupRecommendation(p.Name); !strings.Contains(html, `href="`+routes.CodePath(rec.Code)+`"`) {
			t.Errorf("%s does not link to the code it recommends, %d", path, rec.Code)
		}
	}
}

func TestEveryLinkOnAChooserPageLeadsToAPageByItsCanonicalAddress(t *testing.T) {
	for _, path := range chooserPaths() {
		html := rendered(ServerPage(routes.Resolve(path)).Content)
		for _, link := range siteLinks(html) {
			if p := routes.Resolve(link); p.Kind == routes.NotFound || p.Redirects(link) {
				t.Errorf("%s links to %s, which is not a page's canonical address", path, link)
			}
		}
	}
}

func TestEveryChooserAnswerLinksToTheStepItLeadsTo(t *testing.T) {
	for _, id := range data.ChooserIDs() {
		step, ok := data.LookupChooserStep(id)
		if !ok {
			continue
		}
		html := rendered(ChooserPage(id).Content)
		for _, a := range step.Answers {
			if !strings.Contains(html, `href="`+routes.ChooserStepPath(a.Next)+`"`) {
				t.Errorf("%s: the answer %q does not link to %s", id, a.Label, a.Next)
			}
			if p := routes.Resolve(routes.ChooserStepPath(a.Next)); p.Kind != routes.Chooser || p.Name != a.Next {
				t.Errorf("%s: the answer %q leads to %+v, want the chooser page %s", id, a.Label, p, a.Next)
			}
		}
	}
}

func TestTheChooserStartsWithItsNameAsTheHeadingAndTheFirstQuestionBelow(t *testing.T) {
	html := rendered(ChooserPage(data.ChooserStartID).Content)
	h1 := strings.Index(html, "Which status code should I use?</h1>")
	question := strings.Index(html, data.ChooserStart().Question)
	if h1 < 0 || question < h1 {
		t.Errorf("/choose: h1 at %d, first question at %d; want the h1, then the question", h1, question)
	}
	if strings.Contains(html, `class="trail"`) {
		t.Error("/choose shows a trail of answers although none was given")
	}
}

func TestEveryStepShowsTheAnswersGivenOnTheWayAsLinksBack(t *testing.T) {
	for _, id := range data.ChooserIDs() {
		page := rendered(ChooserPage(id).Content)
		for _, crumb := range data.ChooserTrail(id) {
			if !strings.Contains(page, `href="`+routes.ChooserStepPath(crumb.StepID)+`"><span class="crumb-question">`) {
				t.Errorf("%s: no crumb links back to %s", id, crumb.StepID)
			}
			if !strings.Contains(page, ">"+html.EscapeString(crumb.Answer)+"<") {
				t.Errorf("%s: the answer %q is not in its trail", id, crumb.Answer)
			}
		}
	}
}

func TestTheRecommendationFor401NamesItsHeaderAlternativesAndComparison(t *testing.T) {
	page := ChooserPage(data.RecommendationID(401))
	html := rendered(page.Content)
	for _, want := range []string{
		"Use ", `href="/401"`, "Unauthorized",
		`href="` + routes.HeaderPath("WWW-Authenticate") + `"`,
		`href="/403"`, `href="/compare/401-vs-403"`, `href="` + routes.ChooserPath + `"`, "Start again",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("/choose/use-401 lacks %s", want)
		}
	}
	if !strings.HasPrefix(page.Title, "Use 401 Unauthorized") {
		t.Errorf("title = %q", page.Title)
	}
}

func TestEveryComparisonPageLinksEachOfItsCodesAndShowsItsExample(t *testing.T) {
	for _, c := range data.Comparisons() {
		path := routes.ComparisonPath(c.Codes())
		p := routes.Resolve(path)
		if p.Kind != routes.Comparison {
			t.Errorf("%s resolves to kind %d", path, p.Kind)
			continue
		}
		html := rendered(ServerPage(p).Content)
		for _, s := range c.Sides {
			if !strings.Contains(html, `href="`+routes.CodePath(s.Code)+`"`) {
				t.Errorf("%s does not link to %d", path, s.Code)
			}
			firstLine, _, _ := strings.Cut(s.Entry().Example, "\n")
			if !strings.Contains(html, firstLine) {
				t.Errorf("%s lacks the example of %d", path, s.Code)
			}
		}
		if !strings.Contains(html, c.Question+"</h1>") {
			t.Errorf("%s: the question is not the h1", path)
		}
		if got, want := strings.Count(html, `<th scope="col"`), len(c.Sides); got != want {
			t.Errorf("%s has %d column headers, want one per code, %d", path, got, want)
		}
		for _, link := range siteLinks(html) {
			if p := routes.Resolve(link); p.Kind == routes.NotFound || p.Redirects(link) {
				t.Errorf("%s links to %s, which is not a page's canonical address", path, link)
			}
		}
	}
}

func TestComparisonTableHasARowPerFactWithACellPerCode(t *testing.T) {
	c, _ := data.LookupComparison("401-vs-403")
	html := rendered(ComparisonPage("401-vs-403").Content)
	for _, label := range []string{"Meaning", "When to use it", "What the client does", "Cacheable by default", "Retry", "Retry-After", "Required headers"} {
		if !strings.Contains(html, `<th scope="row">`+label+"</th>") {
			t.Errorf("401 vs 403 lacks the row %q", label)
		}
	}
	for _, r := range c.Rows {
		if !strings.Contains(html, `<th scope="row"><span>`+r.Label) {
			t.Errorf("401 vs 403 lacks the row %q", r.Label)
		}
		for _, s := range r.Sources {
			if !strings.Contains(html, `href="`+s.URL+`"`) {
				t.Errorf("401 vs 403: the row %q does not link its source %s", r.Label, s.URL)
			}
		}
	}
	_, body, _ := strings.Cut(html, "<tbody>")
	if got, want := strings.Count(body, "<td>"), len(c.Sides)*(7+len(c.Rows)); got != want {
		t.Errorf("401 vs 403 has %d cells, want %d", got, want)
	}
}

func TestCompareIndexLinksEveryComparisonByItsQuestion(t *testing.T) {
	html := rendered(CompareIndexPage().Content)
	for _, c := range data.Comparisons() {
		if !strings.Contains(html, `href="`+routes.ComparisonPath(c.Codes())+`">`+c.Question+"</a>") {
			t.Errorf("/compare lacks a link to %q", c.Question)
		}
	}
}

func TestConfusionsOf401LinkTo401Vs403(t *testing.T) {
	html := rendered(CodeDetail(data.Lookup(401)))
	_, confusions, _ := strings.Cut(html, "Commonly confused with")
	confusions, _, _ = strings.Cut(confusions, "</section>")
	link := `href="` + routes.ComparisonPath([]int{401, 403}) + `"`
	if strings.Count(confusions, link) != 1 {
		t.Errorf("the confusions of 401 should link once to 401 vs 403; got %s", confusions)
	}
	if strings.Count(confusions, "Compare side by side") != 1 {
		t.Error("only the confusion with 403 has a comparison with 401; another links to one")
	}
}

func TestEveryCompareSideBySideLinkLeadsToAComparisonOfBothCodes(t *testing.T) {
	for _, c := range data.All() {
		for _, cf := range c.Confusions {
			html := rendered(compareSideBySide(c.Number, cf.Number))
			for _, link := range siteLinks(html) {
				p := routes.Resolve(link)
				codes, _ := data.ParseComparisonSlug(p.Name)
				if p.Kind != routes.Comparison || !contains(codes, c.Number) || !contains(codes, cf.Number) {
					t.Errorf("%d, confused with %d, links to %s", c.Number, cf.Number, link)
				}
			}
		}
	}
}

func contains(codes []int, n int) bool {
	for _, c := range codes {
		if c == n {
			return true
		}
	}
	return false
}

func TestCodePagePointsToTheChooserOnce(t *testing.T) {
	html := rendered(CodeDetail(data.Lookup(451)))
	if got := strings.Count(html, `href="`+routes.ChooserPath+`"`); got != 1 {
		t.Errorf("451's page links %d times to the chooser, want once", got)
	}
}

func TestNotAStatusCodePageSaysWhatTheNumberReallyIs(t *testing.T) {
	for _, l := range data.Lookalikes() {
		path := routes.CodePath(l.Number)
		p := routes.Resolve(path)
		if p.Kind != routes.NotAStatusCode {
			continue // the number is also a status code; its code page says so
		}
		html := rendered(ServerPage(p).Content)
		n := data.FormatNumber(l.Number)
		for _, want := range []string{
			n + `</span>is not an HTTP status code</h1>`, l.Kind.Name, l.Name, "How it appears",
			`href="` + routes.HeaderPath(l.Kind.HeaderField) + `"`,
		} {
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
		for _, r := range l.Related {
			if !strings.Contains(html, `href="`+routes.CodePath(r)+`"`) {
				t.Errorf("%s does not link to the related code %d", path, r)
			}
		}
		for _, s := range append(l.Specs, l.Kind.Specs...) {
			if !strings.Contains(html, `href="`+s.URL+`"`) {
				t.Errorf("%s does not cite %s", path, s.Title)
			}
		}
		for _, link := range siteLinks(html) {
			if p := routes.Resolve(link); p.Kind == routes.NotFound || p.Redirects(link) {
				t.Errorf("%s links to %s, which is not a page's canonical address", path, link)
			}
		}
	}
}

func TestHeadingsOfServerPagesNeverSkipALevel(t *testing.T) {
	paths := append(chooserPaths(), routes.CompareIndexPath, "/299", "/compare/301-vs-302-vs-303-vs-307-vs-308")
	for _, path := range paths {
		checkHeadingLevels(t, path, rendered(ServerPage(routes.Resolve(path)).Content))
	}
}
