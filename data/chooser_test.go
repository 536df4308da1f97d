package data

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// commonCodes are the registered codes a server or API author meets in
// practice; the chooser must be able to recommend every one of them.
var commonCodes = []int{
	100, 101, 103,
	200, 201, 202, 204, 206,
	301, 302, 303, 304, 307, 308,
	400, 401, 402, 403, 404, 405, 406, 408, 409, 410, 411, 412, 413, 414, 415, 416,
	422, 425, 426, 428, 429, 431, 451,
	500, 501, 502, 503, 504, 505,
}

// wellKnownResponseFields may be recommended with any code even when its
// entry does not name them, because they apply to nearly every response.
var wellKnownResponseFields = []string{"Content-Type", "Cache-Control", "Retry-After", "Location", "Vary"}

func registered(number int) (Code, bool) {
	for _, c := range Lookup(number) {
		if c.Vendor == "" && c.Status != Unofficial {
			return c, true
		}
	}
	return Code{}, false
}

func TestEveryChooserAnswerLeadsToAStepOrARecommendedRegisteredCode(t *testing.T) {
	for _, s := range chooserSteps {
		for _, a := range s.Answers {
			if _, ok := LookupChooserStep(a.Next); ok {
				continue
			}
			r, ok := LookupRecommendation(a.Next)
			if !ok {
				t.Errorf("step %q, answer %q: %q is neither a step nor a recommendation", s.ID, a.Label, a.Next)
				continue
			}
			if _, ok := registered(r.Code); !ok {
				t.Errorf("step %q, answer %q: recommends %d, which has no registered entry", s.ID, a.Label, r.Code)
			}
		}
	}
}

func TestChooserStepsFormNoCycle(t *testing.T) {
	const (
		unvisited = iota
		onPath
		done
	)
	state := map[string]int{}
	var visit func(id string, path []string)
	visit = func(id string, path []string) {
		step, ok := LookupChooserStep(id)
		if !ok {
			return
		}
		switch state[id] {
		case onPath:
			t.Errorf("cycle: %s -> %s", strings.Join(path, " -> "), id)
			return
		case done:
			return
		}
		state[id] = onPath
		for _, a := range step.Answers {
			visit(a.Next, append(path, id))
		}
		state[id] = done
	}
	for _, s := range chooserSteps {
		visit(s.ID, nil)
	}
}

func TestEveryChooserStepAndRecommendationIsReachableFromTheStart(t *testing.T) {
	reachable := ChooserIDs()
	for _, s := range chooserSteps {
		if !slices.Contains(reachable, s.ID) {
			t.Errorf("step %q cannot be reached from the start", s.ID)
		}
	}
	for _, r := range recommendations {
		if !slices.Contains(reachable, r.ID()) {
			t.Errorf("recommendation %q cannot be reached from the start", r.ID())
		}
	}
}

func TestEveryChooserStepOffersTwoToFiveAnswers(t *testing.T) {
	for _, s := range chooserSteps {
		if n := len(s.Answers); n < 2 || n > 5 {
			t.Errorf("step %q has %d answers, want 2 to 5", s.ID, n)
		}
		if s.Question == "" {
			t.Errorf("step %q asks no question", s.ID)
		}
		for _, a := range s.Answers {
			if a.Label == "" {
				t.Errorf("step %q has an answer without a label, leading to %q", s.ID, a.Next)
			}
		}
	}
}

func TestNoChooserAnswerIsOfferedTwiceInOneStep(t *testing.T) {
	for _, s := range chooserSteps {
		labels := map[string]bool{}
		for _, a := range s.Answers {
			if labels[a.Label] {
				t.Errorf("step %q offers %q twice", s.ID, a.Label)
			}
			labels[a.Label] = true
		}
	}
}

func TestEveryChooserPathAsksAtMostFiveQuestions(t *testing.T) {
	const limit = 5
	// longest stops counting past the limit, so that a cycle (reported by
	// its own test) cannot make it recurse for ever.
	var longest func(id string, asked int) int
	longest = func(id string, asked int) int {
		step, ok := LookupChooserStep(id)
		if !ok || asked > limit {
			return asked
		}
		most := 0
		for _, a := range step.Answers {
			most = max(most, longest(a.Next, asked+1))
		}
		return most
	}
	if n := longest(ChooserStartID, 0); n > limit {
		t.Errorf("the longest path asks %d questions, want at most %d", n, limit)
	}
}

func TestChooserIDsAreLowerCaseHyphenatedAndUnique(t *testing.T) {
	valid := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	seen := map[string]bool{}
	check := func(id string) {
		if !valid.MatchString(id) {
			t.Errorf("ID %q is not lower-case words joined by hyphens", id)
		}
		if seen[id] {
			t.Errorf("ID %q is used twice", id)
		}
		seen[id] = true
	}
	for _, s := range chooserSteps {
		check(s.ID)
	}
	for _, r := range recommendations {
		check(r.ID())
	}
}

func TestEveryRecommendationSaysWhyInTwoOrThreeSentences(t *testing.T) {
	sentenceEnd := regexp.MustCompile(`[.!?](\s|$)`)
	for _, r := range recommendations {
		if n := len(sentenceEnd.FindAllString(r.Why, -1)); n < 2 || n > 3 {
			t.Errorf("%s: Why has %d sentences, want 2 or 3: %q", r.ID(), n, r.Why)
		}
	}
}

func TestEveryRecommendationListsAlternativesThatExist(t *testing.T) {
	for _, r := range recommendations {
		if len(r.Alternatives) == 0 {
			t.Errorf("%s lists no alternatives", r.ID())
		}
		for _, alt := range r.Alternatives {
			if _, ok := registered(alt.Code); !ok {
				t.Errorf("%s: alternative %d has no registered entry", r.ID(), alt.Code)
			}
			if alt.Code == r.Code {
				t.Errorf("%s lists itself as an alternative", r.ID())
			}
			if alt.WhyNot == "" || strings.Contains(alt.WhyNot, "\n") {
				t.Errorf("%s: alternative %d needs a one-line reason", r.ID(), alt.Code)
			}
		}
	}
}

func TestEveryRecommendedHeaderIsNamedByItsCodeOrWellKnown(t *testing.T) {
	for _, r := range recommendations {
		code, _ := registered(r.Code)
		for _, name := range r.Headers {
			named := slices.ContainsFunc(code.Headers, func(h Header) bool { return h.Name == name })
			if !named && !slices.Contains(wellKnownResponseFields, name) {
				t.Errorf("%s recommends %q, which code %d's entry does not name and is not well known", r.ID(), name, r.Code)
			}
		}
	}
}

func TestChooserRecommendsEveryRegisteredCodeInCommonUse(t *testing.T) {
	reachable := ChooserIDs()
	for _, n := range commonCodes {
		if !slices.Contains(reachable, RecommendationID(n)) {
			t.Errorf("no path through the chooser recommends %d", n)
		}
	}
}

func TestEveryCodeHasAtMostOneRecommendation(t *testing.T) {
	seen := map[int]bool{}
	for _, r := range recommendations {
		if seen[r.Code] {
			t.Errorf("%d is recommended twice", r.Code)
		}
		seen[r.Code] = true
	}
}

func TestChooserTrailLeadsFromTheStartToItsTarget(t *testing.T) {
	for _, id := range ChooserIDs() {
		at := ChooserStartID
		for _, crumb := range ChooserTrail(id) {
			if crumb.StepID != at {
				t.Errorf("trail to %q: crumb at %q, but the previous answer led to %q", id, crumb.StepID, at)
				break
			}
			step, _ := LookupChooserStep(at)
			i := slices.IndexFunc(step.Answers, func(a ChooserAnswer) bool { return a.Label == crumb.Answer })
			if i < 0 {
				t.Errorf("trail to %q: step %q has no answer %q", id, at, crumb.Answer)
				break
			}
			at = step.Answers[i].Next
		}
		if at != id {
			t.Errorf("trail to %q ends at %q", id, at)
		}
	}
}

func TestChooserLookupsSeparateStepsFromRecommendations(t *testing.T) {
	tests := []struct {
		id                       string
		wantStep, wantPick, want bool
	}{
		{ChooserStartID, true, false, true},
		{"upstream", true, false, true},
		{"use-401", false, true, true},
		{"use-999", false, false, false},
		{"", false, false, false},
	}
	for _, tt := range tests {
		_, isStep := LookupChooserStep(tt.id)
		_, isPick := LookupRecommendation(tt.id)
		hasTrail := ChooserTrail(tt.id) != nil
		if isStep != tt.wantStep || isPick != tt.wantPick || hasTrail != tt.want {
			t.Errorf("%q: step %v, recommendation %v, trail %v; want %v, %v, %v",
				tt.id, isStep, isPick, hasTrail, tt.wantStep, tt.wantPick, tt.want)
		}
	}
	if ChooserStart().ID != ChooserStartID || ChooserIDs()[0] != ChooserStartID {
		t.Errorf("the chooser must begin at %q", ChooserStartID)
	}
}
