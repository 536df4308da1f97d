package preview

import (
	"testing"

	"httpstatus/components"
	"httpstatus/data"
)

func TestCodeCardsShowTheNumberNameAndSite(t *testing.T) {
	for _, tc := range []struct {
		number int
		want   Card
	}{
		{502, Card{Big: "502", Title: "Bad Gateway", Kicker: components.SiteName, Accent: ClassAccent(5)}},
		{0, Card{Big: "000", Title: "No Response", Note: "AWS Elastic Load Balancing", Kicker: components.SiteName, Accent: outsideClasses}},
		{499, Card{Big: "499", Title: "Client Closed Request", Note: "nginx — also Token Required (Esri ArcGIS)", Kicker: components.SiteName, Accent: ClassAccent(4)}},
		{451, Card{Big: "451", Title: "Unavailable For Legal Reasons", Note: "Also Redirect (Microsoft IIS)", Kicker: components.SiteName, Accent: ClassAccent(4)}},
	} {
		got, ok := ForNumber(tc.number)
		if !ok || got != tc.want {
			t.Errorf("ForNumber(%d) = %+v, %t; want %+v", tc.number, got, ok, tc.want)
		}
	}
}

func TestForNumberFindsEveryNumberInTheCatalog(t *testing.T) {
	for _, c := range data.All() {
		if _, ok := ForNumber(c.Number); !ok {
			t.Errorf("ForNumber(%d) found no entry, though data.All lists it", c.Number)
		}
	}
}

func TestForNumberRefusesNumbersNobodyUses(t *testing.T) {
	for _, number := range []int{299, 600, -1} {
		if card, ok := ForNumber(number); ok {
			t.Errorf("ForNumber(%d) = %+v, want none", number, card)
		}
	}
}

func TestClassCardsShowTheLabelAndName(t *testing.T) {
	got := ForClass(data.Classes[4])
	want := Card{Big: "5xx", Title: "Server Error", Kicker: components.SiteName, Accent: ClassAccent(5)}
	if got != want {
		t.Errorf("ForClass(5xx) = %+v, want %+v", got, want)
	}
}

func TestHeaderCardsShowTheNameAndWhoCarriesIt(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Card
	}{
		{"Retry-After", Card{Big: "Retry-After", Title: "HTTP response header", Kicker: components.SiteName, Accent: SiteAccent()}},
		{"CF-Ray", Card{Big: "CF-Ray", Title: "HTTP request and response header", Note: "Cloudflare", Kicker: components.SiteName, Accent: SiteAccent()}},
		{"X-XSS-Protection", Card{Big: "X-XSS-Protection", Title: "HTTP response header", Note: "Deprecated", Kicker: components.SiteName, Accent: SiteAccent()}},
	} {
		h, ok := data.LookupHeader(tc.name)
		if !ok {
			t.Fatalf("no header %s in data.Headers", tc.name)
		}
		if got := ForHeader(h); got != tc.want {
			t.Errorf("ForHeader(%s) = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestComparisonCardsShowTheCodesAndTheQuestion(t *testing.T) {
	for _, tc := range []struct {
		slug string
		want Card
	}{
		{"401-vs-403", Card{Big: "401 vs 403", Title: "Not signed in, or not allowed?", Kicker: components.SiteName, Accent: ClassAccent(4)}},
		{"500-vs-502", Card{Big: "500 vs 502", Title: "Our code, or the server behind the proxy?", Kicker: components.SiteName, Accent: ClassAccent(5)}},
	} {
		c, ok := data.LookupComparison(tc.slug)
		if !ok {
			t.Fatalf("no comparison %s in data.Comparisons", tc.slug)
		}
		if got := ForComparison(c); got != tc.want {
			t.Errorf("ForComparison(%s) = %+v, want %+v", tc.slug, got, tc.want)
		}
	}
}

func TestComparisonsAcrossClassesTakeTheSiteAccent(t *testing.T) {
	c := data.Comparison{Question: "?", Sides: []data.ComparisonSide{{Code: 304}, {Code: 412}}}
	if got := ForComparison(c).Accent; got != SiteAccent() {
		t.Errorf("304 vs 412 has accent %s, want the site's %s", hex(got), hex(SiteAccent()))
	}
}
