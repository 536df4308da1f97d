// Package preview draws the link-preview image of a page (the picture
// Slack, Teams, Discord, X or iMessage show for a shared link): a
// 1200×630 PNG card with a short text set large, a title and the site's
// name, made in Go when the server starts, with no service or browser.
//
// It is for the server only. Nothing that runs in the browser (app/,
// components/) may import it: the fonts it embeds would swell the
// WebAssembly bundle.
package preview

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"strings"
)

// Width and Height are the card's size in pixels: the 1.91:1 image the
// Open Graph and X card formats display without cropping.
const (
	Width  = 1200
	Height = 630
)

// Card is what a preview shows. Only Big is required.
type Card struct {
	// Big is the short text set largest, in the accent colour: "502",
	// "5xx", "Retry-After". It stays on one line, shrinking to fit.
	Big string
	// Title is set under it: the code's name ("Bad Gateway"). A long
	// title wraps to two lines, then shrinks.
	Title string
	// Note is an optional smaller line under the title, such as the
	// vendor of a code no registry lists ("nginx").
	Note string
	// Kicker is the small line above everything: the site's name.
	Kicker string
	// Accent colours Big and the bar along the card's left edge.
	Accent color.RGBA
}

// The card's layout, in pixels. Text stays inside the margins; only the
// accent bar reaches the edge.
const (
	barWidth     = 24
	marginLeft   = 96
	marginRight  = 80
	marginTop    = 64
	marginBottom = 64
	textWidth    = Width - marginLeft - marginRight

	kickerSize, kickerSmallest = 34, 20
	bigSize, bigSmallest       = 300, 48
	titleSize, titleSmallest   = 68, 40
	noteSize, noteSmallest     = 34, 22
	titleLineHeight            = 1.18 // baseline to baseline, in title sizes
	titleToBig                 = 0.55 // the largest title, in big text sizes
	titleLines                 = 2

	gapUnderKicker = 48
	// The gap under the big text is a share of its size, so a smaller big
	// text sits closer to its title, but never closer than gapUnderBigLeast.
	gapUnderBig      = 0.2
	gapUnderBigLeast = 28
	gapUnderTitle    = 26
)

// PNG draws a card. The same card always gives the same bytes, so the
// server can derive an ETag from them and caches keep their copies.
func PNG(c Card) ([]byte, error) {
	img, err := render(c)
	if err != nil {
		return nil, err
	}
	return encode(img)
}

func encode(img *image.Paletted) ([]byte, error) {
	var buf bytes.Buffer
	// Measured on the 102 code, class and index cards: BestCompression
	// saves a fifth of the bytes (1.12 MB against 1.39 MB in all) but
	// costs seven times the CPU (79 ms a card against 11), and the server
	// draws them all as it starts.
	encoder := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := encoder.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode preview: %w", err)
	}
	return buf.Bytes(), nil
}

// render draws a card on a paletted image: a few antialiased shades of
// three colours compress far better than full colour.
func render(c Card) (*image.Paletted, error) {
	if c.Accent.A == 0 {
		c.Accent = siteAccent
	}
	colours, inks := palette(c.Accent, foreground, muted)
	accentInk, titleInk, mutedInk := inks[0], inks[1], inks[2]
	img := image.NewPaletted(image.Rect(0, 0, Width, Height), colours)
	// NewPaletted starts every pixel at index 0, the background.
	for y := 0; y < Height; y++ {
		for x := 0; x < barWidth; x++ {
			img.Pix[img.PixOffset(x, y)] = accentInk.full()
		}
	}

	l, err := layOut(c)
	if err != nil {
		return nil, fmt.Errorf("lay out preview %q: %w", c.Big, err)
	}
	for _, p := range l.kicker {
		p.line.draw(img, marginLeft, p.baseline, mutedInk)
	}
	for _, p := range l.big {
		p.line.draw(img, marginLeft, p.baseline, accentInk)
	}
	for _, p := range l.title {
		p.line.draw(img, marginLeft, p.baseline, titleInk)
	}
	for _, p := range l.note {
		p.line.draw(img, marginLeft, p.baseline, mutedInk)
	}
	return img, nil
}

// placed is a line and the height of its baseline on the card.
type placed struct {
	line     textLine
	baseline int
}

// layout is where each part of a card goes; an empty part has no lines.
type layout struct{ kicker, big, title, note []placed }

// layOut fits each text to the card's width, then stacks them: the
// kicker at the top margin, the rest as one block centred in the space
// below it. When the block is too tall (a two-line title and a note), the
// big text gives up size, since it has the most to spare.
func layOut(c Card) (layout, error) {
	if strings.TrimSpace(c.Big) == "" {
		return layout{}, errors.New("a card needs its big text")
	}
	var l layout
	top := marginTop
	if strings.TrimSpace(c.Kicker) != "" {
		kicker, _, err := fitOneLine(regular, c.Kicker, kickerSize, kickerSmallest, textWidth)
		if err != nil {
			return layout{}, err
		}
		l.kicker = []placed{{kicker, top + kicker.ascent()}}
		top += kicker.ascent() + kicker.descent() + gapUnderKicker
	}
	bottom := Height - marginBottom

	var note []textLine
	if strings.TrimSpace(c.Note) != "" {
		line, _, err := fitOneLine(regular, c.Note, noteSize, noteSmallest, textWidth)
		if err != nil {
			return layout{}, err
		}
		note = []textLine{line}
	}

	_, widest, err := fitOneLine(bold, c.Big, bigSize, bigSmallest, textWidth)
	if err != nil {
		return layout{}, err
	}
	for size := widest; ; size *= shrinkStep {
		big, _, err := fitOneLine(bold, c.Big, size, size, textWidth)
		if err != nil {
			return layout{}, err
		}
		var title []textLine
		titlePitch := 0
		if strings.TrimSpace(c.Title) != "" {
			// A title never rivals the big text it stands under.
			largest := min(titleSize, size*titleToBig)
			var titleSizeUsed float64
			title, titleSizeUsed, err = fitLines(bold, c.Title, largest, min(titleSmallest, largest), textWidth, titleLines)
			if err != nil {
				return layout{}, err
			}
			titlePitch = int(titleSizeUsed*titleLineHeight + 0.5)
		}
		block := stack{}
		block.add(big, 0, 0)
		for i, line := range title {
			if i == 0 {
				block.add(line, max(gapUnderBigLeast, int(size*gapUnderBig+0.5)), 0)
			} else {
				block.add(line, 0, titlePitch)
			}
		}
		for _, line := range note {
			block.add(line, gapUnderTitle, 0)
		}
		if block.height > bottom-top && size > bigSmallest {
			continue
		}
		// Centre the block in the space left, but never above it.
		offset := top + max(0, (bottom-top-block.height)/2)
		for i := range block.lines {
			block.lines[i].baseline += offset
		}
		n := len(block.lines)
		l.big = block.lines[:1]
		l.title = block.lines[1 : 1+len(title)]
		l.note = block.lines[1+len(title) : n]
		return l, nil
	}
}

// stack piles lines from a top edge at 0, each placed by its ink.
type stack struct {
	lines  []placed
	height int // from the top to the lowest ink
}

// add puts a line under the others: gap pixels below the lowest ink, or,
// when pitch is set, pitch pixels below the previous line's baseline (the
// lines of one wrapped paragraph).
func (s *stack) add(line textLine, gap, pitch int) {
	var baseline int
	switch {
	case len(s.lines) == 0:
		baseline = line.ascent()
	case pitch > 0:
		baseline = s.lines[len(s.lines)-1].baseline + pitch
	default:
		baseline = s.height + gap + line.ascent()
	}
	s.lines = append(s.lines, placed{line, baseline})
	s.height = max(s.height, baseline+line.descent())
}
