package components

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/data"
	"httpstatus/routes"
)

// chooserTitle is the chooser's name: the h1 of its first page and the end
// of every one of its page titles.
const chooserTitle = "Which status code should I use?"

// ChooserPage is a page of the chooser: a question with its answers as
// links, or, where the answers end, the code to send. Every answer is a
// plain link, so the chooser works without JavaScript. Only the server
// renders it (routes.Page.FromServer).
func ChooserPage(id string) Page {
	if step, ok := data.LookupChooserStep(id); ok {
		return chooserStepPage(step)
	}
	if rec, ok := data.LookupRecommendation(id); ok {
		return recommendationPage(rec)
	}
	return Page{"Not a step — " + chooserTitle, "This is not a step of the status code chooser.",
		app.Div().Class("chooser").Body(
			app.H1().Class("title").Text("No such step"),
			startAgain(),
		)}
}

func chooserStepPage(step data.ChooserStep) Page {
	var heading app.UI
	title := step.Question + " — " + chooserTitle
	description := "Choosing an HTTP status code: " + step.Question
	if step.ID == data.ChooserStartID {
		heading = app.Div().Body(
			app.H1().Class("title").Text(chooserTitle),
			app.H2().Class("question").Text(step.Question),
		)
		title = chooserTitle
		description = "Answer a few questions about what happened to the request and get the HTTP status code to send, the headers to send with it and the close alternatives."
	} else {
		heading = app.H1().Class("title question").Text(step.Question)
	}
	return Page{title, description, app.Div().Class("chooser").Body(
		chooserTrail(step.ID),
		heading,
		app.If(step.Hint != "", func() app.UI {
			return app.P().Class("hint").Text(step.Hint)
		}),
		app.Ul().Class("answers").Body(
			app.Range(step.Answers).Slice(func(i int) app.UI {
				a := step.Answers[i]
				return app.Li().Body(app.A().Class("answer").Href(routes.ChooserStepPath(a.Next)).Text(a.Label))
			}),
		),
		app.If(step.ID != data.ChooserStartID, startAgain),
	)}
}

func recommendationPage(rec data.Recommendation) Page {
	name := nameOf(rec.Code)
	number := data.FormatNumber(rec.Code)
	comparisons := data.ComparisonsOf(rec.Code)
	return Page{"Use " + number + " " + name + " — " + chooserTitle, "Send " + number + " " + name + ": " + firstSentence(rec.Why),
		app.Div().Class("chooser").Body(
			chooserTrail(rec.ID()),
			app.H1().Class("title").Body(
				app.Text("Use "),
				app.A().Class("pick").Href(routes.CodePath(rec.Code)).Body(
					app.Span().Class("big-code", classAttr(rec.Code)).Text(number),
					app.Text(" "),
					app.Span().Class("big-name").Text(name),
				),
			),
			app.P().Class("summary").Text(rec.Why),
			app.If(len(rec.Headers) > 0, func() app.UI {
				return section("Headers to send", app.Ul().Class("send-headers").Body(
					app.Range(rec.Headers).Slice(func(i int) app.UI {
						return app.Li().Body(headerLink(rec.Headers[i]))
					}),
				))
			}),
			app.If(len(rec.Alternatives) > 0, func() app.UI {
				return section("Close alternatives", app.Ul().Class("alternatives").Body(
					app.Range(rec.Alternatives).Slice(func(i int) app.UI {
						alt := rec.Alternatives[i]
						return app.Li().Body(
							app.A().Href(routes.CodePath(alt.Code)).Body(
								CodeBadge(alt.Code), app.Text(" "+nameOf(alt.Code)),
							),
							app.Text(" — "+alt.WhyNot),
							comparisonLinkOf(comparisons, rec.Code, alt.Code),
						)
					}),
				))
			}),
			startAgain(),
		)}
}

// comparisonLinkOf links to the comparison, among those given, that sets
// codes a and b side by side; nothing when there is none.
func comparisonLinkOf(comparisons []data.Comparison, a, b int) app.UI {
	for _, c := range comparisons {
		if codes := c.Codes(); slices.Contains(codes, a) && slices.Contains(codes, b) {
			return app.Span().Body(
				app.Text(" "),
				app.A().Class("compare-link").Href(routes.ComparisonPath(codes)).
					Text("Compare "+data.FormatNumber(a)+" and "+data.FormatNumber(b)),
			)
		}
	}
	return nil
}

// chooserTrail shows the answers given on the way to a page, each a link
// back to the question it answered; nothing on the first question.
func chooserTrail(id string) app.UI {
	trail := data.ChooserTrail(id)
	if len(trail) == 0 {
		return nil
	}
	return app.Nav().Class("trail").Aria("label", "Your answers so far").Body(
		app.Ol().Body(
			app.Range(trail).Slice(func(i int) app.UI {
				crumb := trail[i]
				step, _ := data.LookupChooserStep(crumb.StepID)
				return app.Li().Body(app.A().Href(routes.ChooserStepPath(crumb.StepID)).Body(
					app.Span().Class("crumb-question").Text(step.Question),
					app.Text(" "),
					app.Span().Class("crumb-answer").Text(crumb.Answer),
				))
			}),
		),
	)
}

func startAgain() app.UI {
	return app.P().Class("back").Body(app.A().Href(routes.ChooserPath).Text("↺ Start again"))
}

// headerLink is a header field's name as code, linked to its page when
// there is one.
func headerLink(name string) app.UI {
	if h, ok := data.FindHeader(name); ok {
		return app.A().Href(routes.HeaderPath(h.Name)).Body(app.Code().Text(name))
	}
	return app.Code().Text(name)
}

// firstSentence is text up to its first full stop followed by a space.
func firstSentence(text string) string {
	for i := 0; i+1 < len(text); i++ {
		if text[i] == '.' && text[i+1] == ' ' {
			return text[:i+1]
		}
	}
	return text
}
