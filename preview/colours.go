package preview

import "image/color"

// The card's colours are the light theme of web/style.css, so a preview
// looks like the page it links to. TestColoursMatchTheStylesheet keeps
// them in step.
var (
	background = color.RGBA{0xff, 0xff, 0xff, 0xff} // --bg
	foreground = color.RGBA{0x1f, 0x23, 0x28, 0xff} // --fg
	muted      = color.RGBA{0x57, 0x60, 0x6a, 0xff} // --muted

	// classColours are the badge colours --c1 … --c5, by first digit.
	classColours = [...]color.RGBA{
		1: {0x4b, 0x55, 0x63, 0xff},
		2: {0x16, 0x65, 0x34, 0xff},
		3: {0x1e, 0x40, 0xaf, 0xff},
		4: {0x9a, 0x34, 0x12, 0xff},
		5: {0xb9, 0x1c, 0x1c, 0xff},
	}
	// outsideClasses is --cx, the colour of numbers no class covers
	// (AWS's 000, LinkedIn's 999).
	outsideClasses = color.RGBA{0x6b, 0x21, 0xa8, 0xff}
	// siteAccent is --link, for cards that belong to no class: the
	// index, header pages, comparisons.
	siteAccent = color.RGBA{0x0a, 0x58, 0xca, 0xff}
)

// ClassAccent is the colour of a class's badges on the site, by the
// class's first digit (5 for 5xx); the --cx colour for any other digit.
func ClassAccent(digit int) color.RGBA {
	if digit < 1 || digit > 5 {
		return outsideClasses
	}
	return classColours[digit]
}

// NumberAccent is the colour of a status code's class (red for 502), or
// the --cx colour for a number outside 100–599.
func NumberAccent(number int) color.RGBA {
	if number < 100 || number > 599 {
		return outsideClasses
	}
	return ClassAccent(number / 100)
}

// SiteAccent is the accent of cards that belong to no class.
func SiteAccent() color.RGBA { return siteAccent }
