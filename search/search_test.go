package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"httpstatus/data"
)

func numbersOf(rs []Result) []int {
	var ns []int
	for _, r := range rs {
		ns = append(ns, r.Code.Number)
	}
	return ns
}

func catalogNumbers(prefix string) []int {
	var ns []int
	for _, c := range data.All() {
		if strings.HasPrefix(fmt.Sprintf("%03d", c.Number), prefix) {
			ns = append(ns, c.Number)
		}
	}
	return ns
}

func TestANumberPrefixListsItsCodesInOrder(t *testing.T) {
	for _, tc := range []struct{ query, prefix string }{
		{"50", "50"}, {"4", "4"}, {"5xx", "5"}, {"5XX", "5"}, {"5", "5"},
		{"2xx", "2"}, {"1", "1"}, {"10", "10"}, {"52", "52"}, {"50x", "50"}, {"42", "42"},
	} {
		got, want := numbersOf(Search(tc.query)), catalogNumbers(tc.prefix)
		if len(want) == 0 {
			t.Fatalf("no code starts with %s", tc.prefix)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q lists %v, want every code starting %s in order: %v", tc.query, got, tc.prefix, want)
		}
	}
}

func TestAnExactNumberListsEveryMeaningRegisteredFirst(t *testing.T) {
	rs := Search("451")
	if len(rs) != 2 || rs[0].Code.Vendor != "" || rs[1].Code.Vendor == "" {
		t.Errorf("451: %s; want the registered 451, then IIS's", labels(rs, 5))
	}
}

func TestSeveralNumbersListTheirComparisonThenEachOfThem(t *testing.T) {
	rs := Search("502 504")
	if len(rs) == 0 || rs[0].Kind != KindComparison {
		t.Fatalf(`"502 504" lists %s first, want their comparison`, labels(rs, 3))
	}
	var codes []Result
	for _, r := range rs {
		if r.Kind == KindCode {
			codes = append(codes, r)
		}
	}
	if got := numbersOf(codes); !slices.Equal(got, []int{502, 504}) {
		t.Errorf(`"502 504" lists the codes %v, want [502 504]`, got)
	}
}

func TestEveryWordMustMatchSomewhere(t *testing.T) {
	for _, q := range []string{"cloudflare teapot", "gateway teapot", "teapot railgun", "teapot xyzzy"} {
		if rs := Search(q); len(rs) != 0 {
			t.Errorf("%q found %s; no code matches every word", q, labels(rs, 3))
		}
	}
	// Each word narrows the list.
	broad, narrow := Search("timeout"), Search("cloudflare timeout")
	if len(narrow) == 0 || len(narrow) >= len(broad) {
		t.Errorf("cloudflare timeout: %d results, timeout: %d; another word must narrow the list", len(narrow), len(broad))
	}
	for _, r := range narrow {
		if r.Code.Vendor != "Cloudflare" && !strings.Contains(strings.ToLower(r.Code.Explanation+strings.Join(r.Code.Causes, " ")+strings.Join(r.Code.Fixes, " ")), "cloudflare") {
			t.Errorf("cloudflare timeout found %s, which never mentions Cloudflare", label(r.Code))
		}
	}
}

func TestFillerWordsNeverRuleACodeOut(t *testing.T) {
	for _, pair := range [][2]string{
		{"502", "http status code 502 error"},
		{"rate limit", "what does rate limit mean"},
		{"gateway timeout", "how to fix gateway timeout error"},
	} {
		a, b := Search(pair[0]), Search(pair[1])
		if len(a) == 0 || len(b) == 0 || a[0].Code.Number != b[0].Code.Number {
			t.Errorf("%q finds %s first but %q finds %s", pair[0], labels(a, 1), pair[1], labels(b, 1))
		}
	}
	// Alone, a filler word is what was asked for.
	if rs := Search("status"); len(rs) == 0 {
		t.Error(`"status" alone found nothing`)
	}
}

func TestCaseAndAccentsNeverMatter(t *testing.T) {
	for _, pair := range [][2]string{
		{"gateway timeout", "GATEWAY TIMEOUT"},
		{"gateway timeout", "Gátéwäy Tîmeöut"},
		{"teapot", "TeApOt"},
		{"i'm a teapot", "I’M A TEAPOT"},
		{"5xx", "5XX"},
		{"unauthorised", "UNAUTHORISED"},
	} {
		a, b := Search(pair[0]), Search(pair[1])
		if !slices.Equal(numbersOf(a), numbersOf(b)) {
			t.Errorf("%q and %q differ:\n\t%s\n\t%s", pair[0], pair[1], labels(a, 5), labels(b, 5))
		}
	}
}

func TestNonsenseFindsNothing(t *testing.T) {
	for _, q := range []string{"", "   ", "!!!", "xyzzy qwerty", "asdfghjkl", "zzzzzz", "999999", "6xx", "foo bar baz"} {
		if rs := Search(q); len(rs) != 0 {
			t.Errorf("%q found %s; want nothing", q, labels(rs, 3))
		}
	}
}

func TestEveryCodeFindsItselfByNameAndNumber(t *testing.T) {
	for _, c := range data.All() {
		rs := Search(c.Name)
		// A vendor's code named with the words of registered codes
		// ("Redirect") may follow them.
		within := 3
		if c.Vendor != "" {
			within = 10
		}
		found := false
		for _, r := range rs[:min(within, len(rs))] {
			found = found || r.Code.Number == c.Number && r.Code.Vendor == c.Vendor
		}
		if !found {
			t.Errorf("searching its name %q does not put %s in the first %d: %s", c.Name, label(c), within, labels(rs, within))
		}
		if rs := Search(fmt.Sprintf("%03d", c.Number)); !slices.ContainsFunc(rs, func(r Result) bool {
			return r.Code.Number == c.Number && r.Code.Vendor == c.Vendor
		}) {
			t.Errorf("searching %03d does not find %s", c.Number, label(c))
		}
	}
}

func TestNewSearchesTheCodesItIsGiven(t *testing.T) {
	var some []data.Code
	for _, c := range data.All() {
		if c.Number == 502 || c.Number == 504 {
			some = append(some, c)
		}
	}
	ix := New(some)
	if got := numbersOf(ix.Search("gateway")); !slices.Equal(got, []int{502, 504}) {
		t.Errorf("gateway over 502 and 504 only: %v", got)
	}
	if rs := ix.Search("teapot"); len(rs) != 0 {
		t.Errorf("teapot over 502 and 504 only: %s", labels(rs, 3))
	}
	if rs := New(nil).Search("gateway"); len(rs) != 0 {
		t.Errorf("an empty index found %d codes", len(rs))
	}
}

func TestSearchIsSafeForConcurrentUse(t *testing.T) {
	want := numbersOf(Search("gateway timeout"))
	done := make(chan []int)
	for range 8 {
		go func() { done <- numbersOf(Search("gateway timeout")) }()
	}
	for range 8 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent search gave %v, want %v", got, want)
		}
	}
}
