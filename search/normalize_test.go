package search

import (
	"slices"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Bad Gateway", "bad gateway"},
		{"  GATEWAY   Time-out ", "gateway time out"},
		{"I'm a teapot", "im a teapot"},
		{"I’m a teapot", "im a teapot"},
		{"Gátéway Tímeout", "gateway timeout"},
		{"ÜBER façade naïve Ñandú", "uber facade naive nandu"},
		{"client_max_body_size", "client max body size"},
		{"http.StatusTeapot", "http statusteapot"},
		{"5XX", "5xx"},
		{"0-RTT", "0 rtt"},
		{"ws://", "ws"},
		{"'quoted'", "quoted"},
		{"rock 'n' roll", "rock n roll"},
		{"", ""},
		{"—/—", ""},
	} {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenizeKeepsByteOffsetsIntoTheOriginal(t *testing.T) {
	s := "Gátéway Time-out, I'm"
	var got []string
	for _, tok := range tokenize(s) {
		got = append(got, tok.word+"="+s[tok.start:tok.end])
	}
	want := []string{"gateway=Gátéway", "time=Time", "out=out", "im=I'm"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize(%q) = %q, want %q", s, got, want)
	}
}

func TestStemJoinsInflectionsAndSpellings(t *testing.T) {
	for _, group := range [][]string{
		{"unauthorized", "unauthorised"},
		{"timeout", "timeouts"},
		{"limit", "limits", "limited", "limiting"},
		{"throttle", "throttled", "throttling", "throttles"},
		{"close", "closed", "closing", "closes"},
		{"proxy", "proxies"},
		{"retry", "retries", "retried"},
		{"cookie", "cookies"},
		{"request", "requests", "requested"},
		{"log", "logged", "logging"},
		{"canceled", "cancelled"},
		{"behavior", "behaviour"},
		{"expire", "expired", "expires"},
		{"header", "headers"},
	} {
		want := stem(group[0])
		for _, w := range group[1:] {
			if got := stem(w); got != want {
				t.Errorf("stem(%q) = %q, want %q like stem(%q)", w, got, want, group[0])
			}
		}
	}
	// Words that must keep their identity.
	for _, pair := range [][2]string{
		{"cors", "core"}, {"status", "statu"}, {"gateway", "gatewai"}, {"speed", "spe"},
		{"login", "log"}, {"https", "http"}, {"string", "str"},
	} {
		if stem(pair[0]) == stem(pair[1]) {
			t.Errorf("stem(%q) == stem(%q) == %q; they must differ", pair[0], pair[1], stem(pair[0]))
		}
	}
	for _, w := range []string{"502", "5xx", "ok", "ws", "dns"} {
		if got := stem(w); got != w {
			t.Errorf("stem(%q) = %q, want it unchanged", w, got)
		}
	}
}
