package preview

import (
	"fmt"
	"strings"

	"httpstatus/components"
	"httpstatus/data"
)

// The index card's title and note: what the site offers, in the words
// of its title (components.SiteTitle) and description.
const (
	indexTitle = "Every code, explained"
	indexNote  = "What each code means, why it happens, how to fix it"
)

// ForCode is the card of one meaning of a code: its number, its name and,
// for a vendor's code, the vendor.
func ForCode(c data.Code) Card {
	return Card{
		Big:    data.FormatNumber(c.Number),
		Title:  c.Name,
		Note:   c.Vendor,
		Kicker: components.SiteName,
		Accent: NumberAccent(c.Number),
	}
}

// ForNumber is the card of a code's page, which shows every meaning of
// the number: the first meaning (the registered one when there is one, as
// in the page's title) and the others named in the note. It returns false
// for a number nobody uses.
func ForNumber(number int) (Card, bool) {
	meanings := data.Lookup(number)
	if len(meanings) == 0 {
		return Card{}, false
	}
	card := ForCode(meanings[0])
	if len(meanings) > 1 {
		others := make([]string, 0, len(meanings)-1)
		for _, m := range meanings[1:] {
			others = append(others, fmt.Sprintf("%s (%s)", m.Name, m.Vendor))
		}
		also := strings.Join(others, ", ")
		if card.Note == "" {
			card.Note = "Also " + also
		} else {
			card.Note += " — also " + also
		}
	}
	return card, true
}

// ForClass is the card of a class's page: "5xx" and the class's name.
func ForClass(cl data.Class) Card {
	return Card{
		Big:    cl.Label(),
		Title:  cl.Name,
		Kicker: components.SiteName,
		Accent: ClassAccent(cl.Digit),
	}
}

// ForIndex is the card of the home page: the site's name and what it
// offers.
func ForIndex() Card {
	return Card{
		Big:    components.SiteName,
		Title:  indexTitle,
		Note:   indexNote,
		Accent: siteAccent,
	}
}

// ForHeader is the card of a header field's page: its name, which
// messages carry it and, when it matters, its vendor or that it is on its
// way out.
func ForHeader(h data.HeaderField) Card {
	note := h.Vendor
	switch h.Standing {
	case data.Provisional, data.Deprecated, data.Retired:
		note = strings.ToUpper(string(h.Standing[:1])) + string(h.Standing[1:])
	}
	return Card{
		Big:    h.Name,
		Title:  "HTTP " + string(h.Direction) + " header",
		Note:   note,
		Kicker: components.SiteName,
		Accent: siteAccent,
	}
}

// ForComparison is the card of a comparison's page: the codes side by
// side ("401 vs 403") and the question it answers, in the class colour
// when every code is of one class.
func ForComparison(c data.Comparison) Card {
	codes := c.Codes()
	numbers := make([]string, len(codes))
	accent := siteAccent
	for i, n := range codes {
		numbers[i] = data.FormatNumber(n)
		if i == 0 {
			accent = NumberAccent(n)
		} else if NumberAccent(n) != accent {
			accent = siteAccent
		}
	}
	return Card{
		Big:    strings.Join(numbers, " vs "),
		Title:  c.Question,
		Kicker: components.SiteName,
		Accent: accent,
	}
}

// ForTopic is the card of any other page, such as the code chooser: a
// short big text ("Which code?") and a title line, in the site's accent.
func ForTopic(big, title string) Card {
	return Card{
		Big:    big,
		Title:  title,
		Kicker: components.SiteName,
		Accent: siteAccent,
	}
}
