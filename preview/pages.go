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
		also := "also " + strings.Join(others, ", ")
		if card.Note == "" {
			card.Note = "Also " + strings.Join(others, ", ")
		} else {
			card.Note += " — " + also
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

// ForTopic is the card of any other page (a header field, a comparison,
// the code chooser): a short big text ("Retry-After", "401 vs 403") and a
// title line, in the site's accent.
func ForTopic(big, title string) Card {
	return Card{
		Big:    big,
		Title:  title,
		Kicker: components.SiteName,
		Accent: siteAccent,
	}
}
