package data

import (
	"fmt"
	"sync"
)

// The chooser is the "Which status code should I use?" flow for someone
// writing a server or an API: a tree of questions (ChooserStep) whose
// answers lead to another question or to a Recommendation. Every step and
// every recommendation has an ID that is its address under /choose/. The
// content lives in chooser_steps.go and chooser_picks.go.

// ChooserStartID is the ID of the first question.
const ChooserStartID = "start"

// ChooserStep is one question of the chooser.
type ChooserStep struct {
	// ID is lower-case words joined by hyphens ("client-error").
	ID string
	// Question is what the step asks.
	Question string
	// Hint helps tell the answers apart; it may be empty.
	Hint string
	// Answers are the two to five choices, in display order.
	Answers []ChooserAnswer
}

// ChooserAnswer is one choice of a step.
type ChooserAnswer struct {
	// Label is the answer as the reader sees it.
	Label string
	// Next is the ID of the step or recommendation the answer leads to.
	Next string
}

// Recommendation is where the chooser ends: the code to send and why.
// Its ID is "use-" and the number ("use-401"); see RecommendationID.
type Recommendation struct {
	// Code is the number of the recommended code; its entry is
	// Lookup(Code)[0].
	Code int
	// Why says in two or three sentences when the code is right.
	Why string
	// Headers are the names of the header fields to send with it, spelled
	// as in the code's Headers; empty when nothing beyond the usual is needed.
	Headers []string
	// Alternatives are the close codes, each with why not to use it here.
	Alternatives []Alternative
}

// Alternative is a code one might send instead of a recommendation.
type Alternative struct {
	Code int
	// WhyNot is one line: when this code would be right instead.
	WhyNot string
}

// ChooserCrumb is one answer given on the way to a step: the step it was
// given at and the answer's label.
type ChooserCrumb struct {
	StepID string
	Answer string
}

// RecommendationID is the address of the recommendation for a code.
func RecommendationID(code int) string { return fmt.Sprintf("use-%d", code) }

// ID is the recommendation's address under /choose/.
func (r Recommendation) ID() string { return RecommendationID(r.Code) }

type chooserIndex struct {
	steps  map[string]ChooserStep
	picks  map[string]Recommendation
	ids    []string
	trails map[string][]ChooserCrumb
}

// chooser indexes the steps and recommendations and finds, breadth first
// from the start, the shortest path of answers to each of them.
var chooser = sync.OnceValue(func() chooserIndex {
	ix := chooserIndex{
		steps:  map[string]ChooserStep{},
		picks:  map[string]Recommendation{},
		trails: map[string][]ChooserCrumb{ChooserStartID: {}},
	}
	for _, s := range chooserSteps {
		ix.steps[s.ID] = s
	}
	for _, r := range recommendations {
		ix.picks[r.ID()] = r
	}
	queue := []string{ChooserStartID}
	ix.ids = append(ix.ids, ChooserStartID)
	for len(queue) > 0 {
		step := ix.steps[queue[0]]
		queue = queue[1:]
		for _, a := range step.Answers {
			_, isStep := ix.steps[a.Next]
			_, isPick := ix.picks[a.Next]
			if _, seen := ix.trails[a.Next]; seen || !isStep && !isPick {
				continue
			}
			trail := append(append([]ChooserCrumb{}, ix.trails[step.ID]...), ChooserCrumb{step.ID, a.Label})
			ix.trails[a.Next] = trail
			ix.ids = append(ix.ids, a.Next)
			queue = append(queue, a.Next)
		}
	}
	return ix
})

// ChooserStart returns the first question.
func ChooserStart() ChooserStep { return chooser().steps[ChooserStartID] }

// LookupChooserStep returns the question with this ID, and false when the ID
// is not a question (it may be a recommendation).
func LookupChooserStep(id string) (ChooserStep, bool) {
	s, ok := chooser().steps[id]
	return s, ok
}

// LookupRecommendation returns the recommendation with this ID ("use-401"),
// and false when there is none.
func LookupRecommendation(id string) (Recommendation, bool) {
	r, ok := chooser().picks[id]
	return r, ok
}

// ChooserIDs returns the ID of every step and recommendation reachable from
// the start, the start first, for prerendering. The slice is shared: do
// not modify it.
func ChooserIDs() []string { return chooser().ids }

// ChooserTrail returns the answers that lead from the start to the step or
// recommendation with this ID, by the shortest route, for breadcrumbs: empty
// for the start, nil for an unknown ID. The slice is shared: do not modify it.
func ChooserTrail(id string) []ChooserCrumb { return chooser().trails[id] }
