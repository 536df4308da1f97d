package preview

import (
	"image/color"
)

// shades is how many levels of coverage each ink has, counting the bare
// background as level 0. Sixteen keep edges smooth at every text size;
// the palette stays small enough for the PNG to compress well.
const shades = 16

// backgroundIndex is the palette index of the card's background.
const backgroundIndex = 0

// ink is one colour of the card and its antialiasing shades: palette
// entries first … first+shades-2 run from the faintest tint over the
// background to the full colour.
type ink struct{ first uint8 }

// palette returns a palette of the background and shades of each colour,
// and the inks that index it, in the order of colours.
func palette(colours ...color.RGBA) (color.Palette, []ink) {
	p := color.Palette{background}
	inks := make([]ink, len(colours))
	for i, c := range colours {
		inks[i] = ink{first: uint8(len(p))}
		for level := 1; level < shades; level++ {
			p = append(p, blend(background, c, level))
		}
	}
	return p, inks
}

// blend mixes over the background a colour covering level/(shades-1) of
// a pixel, in sRGB as browsers draw text.
func blend(under, over color.RGBA, level int) color.RGBA {
	mix := func(a, b uint8) uint8 {
		return uint8((int(a)*(shades-1-level) + int(b)*level + (shades-1)/2) / (shades - 1))
	}
	return color.RGBA{mix(under.R, over.R), mix(under.G, over.G), mix(under.B, over.B), 0xff}
}

// level is the shade that stands for a coverage of a/255.
func (in ink) level(a uint8) int { return (int(a)*(shades-1) + 127) / 255 }

// levelOf is the level of a palette index in this ink, 0 for the
// background or another ink.
func (in ink) levelOf(index uint8) int {
	if index >= in.first && int(index) < int(in.first)+shades-1 {
		return int(index-in.first) + 1
	}
	return 0
}

// shade is the palette index of a level of this ink; levels past full are
// full.
func (in ink) shade(level int) uint8 {
	level = min(level, shades-1)
	if level <= 0 {
		return backgroundIndex
	}
	return in.first + uint8(level-1)
}

// full is the palette index of the ink's own colour.
func (in ink) full() uint8 { return in.shade(shades - 1) }
