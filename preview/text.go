package preview

import (
	"errors"
	"fmt"
	"image"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

// textLine is one line of text set in one face, measured by its ink (the
// pixels its glyphs cover), not by its advance, so that lines align and
// fit by what the reader sees.
type textLine struct {
	text string
	face font.Face
	size float64 // in pixels
	// ink is the glyphs' bounding box relative to the dot at the start of
	// the baseline: Min.Y is negative (above the baseline).
	ink fixed.Rectangle26_6
}

func measure(face font.Face, size float64, text string) (textLine, error) {
	for _, r := range text {
		if _, ok := face.GlyphAdvance(r); !ok {
			return textLine{}, fmt.Errorf("the Go fonts have no glyph for %q in %q", r, text)
		}
	}
	ink, _ := font.BoundString(face, text)
	return textLine{text: text, face: face, size: size, ink: ink}, nil
}

// width is the line's ink width in whole pixels, rounded up.
func (l textLine) width() int { return (l.ink.Max.X - l.ink.Min.X).Ceil() }

// ascent and descent are how far the ink reaches above and below the
// baseline, in whole pixels.
func (l textLine) ascent() int  { return (-l.ink.Min.Y).Ceil() }
func (l textLine) descent() int { return max(0, l.ink.Max.Y.Ceil()) }

// fitOneLine sets text in the largest size from largest down, in steps,
// whose ink is at most maxWidth wide. It always succeeds: below smallest
// it keeps shrinking rather than cut the text.
func fitOneLine(t typeface, text string, largest, smallest float64, maxWidth int) (textLine, float64, error) {
	lines, size, err := fitLines(t, text, largest, smallest, maxWidth, 1)
	if err != nil {
		return textLine{}, 0, err
	}
	return lines[0], size, nil
}

// fitLines sets text on at most maxLines lines, breaking only between
// words, in the largest size that fits maxWidth. A text that fits on one
// line at nearly full size (oneLineShrink of it) stays on one line;
// otherwise it wraps before it shrinks, and shrinks below smallest only
// when a single word is too wide. Text is never cut.
func fitLines(t typeface, text string, largest, smallest float64, maxWidth, maxLines int) ([]textLine, float64, error) {
	text = strings.Join(strings.Fields(text), " ")
	if text == "" {
		return nil, 0, errors.New("no text to set")
	}
	if maxLines > 1 {
		for size := largest; size >= largest*oneLineShrink; size *= shrinkStep {
			face, err := t.at(size)
			if err != nil {
				return nil, 0, err
			}
			line, err := measure(face, size, text)
			if err != nil || line.width() <= maxWidth {
				return []textLine{line}, size, err
			}
		}
	}
	size := largest
	for {
		face, err := t.at(size)
		if err != nil {
			return nil, 0, err
		}
		lines, fits, err := breakLines(face, size, text, maxWidth, maxLines)
		if err != nil {
			return nil, 0, err
		}
		if fits || size <= 4 {
			return lines, size, nil
		}
		if size > smallest {
			size = max(smallest, size*shrinkStep)
		} else {
			size *= shrinkStep
		}
	}
}

const (
	// shrinkStep is how much smaller each try at fitting a text is.
	shrinkStep = 0.95
	// oneLineShrink is how far a text may shrink to stay on one line
	// rather than wrap.
	oneLineShrink = 0.85
)

// breakLines splits text into at most maxLines lines that each fit
// maxWidth, choosing the breaks that make the widest line narrowest (two
// balanced lines read better than a full line and an orphan). fits is
// false when no split fits; lines are then the best it found.
func breakLines(face font.Face, size float64, text string, maxWidth, maxLines int) (lines []textLine, fits bool, err error) {
	words := strings.Fields(text)
	if len(words) == 0 {
		return nil, true, nil
	}
	whole, err := measure(face, size, strings.Join(words, " "))
	if err != nil {
		return nil, false, err
	}
	if whole.width() <= maxWidth || maxLines == 1 || len(words) == 1 {
		return []textLine{whole}, whole.width() <= maxWidth, nil
	}
	// Cards hold at most a few short lines, so trying every split is cheap.
	var best []textLine
	bestWidest := -1
	var try func(rest []string, acc []textLine) error
	try = func(rest []string, acc []textLine) error {
		if len(acc) == maxLines-1 || len(rest) == 1 {
			last, err := measure(face, size, strings.Join(rest, " "))
			if err != nil {
				return err
			}
			candidate := append(append([]textLine(nil), acc...), last)
			widest := 0
			for _, l := range candidate {
				widest = max(widest, l.width())
			}
			if bestWidest < 0 || widest < bestWidest {
				best, bestWidest = candidate, widest
			}
			return nil
		}
		for i := 1; i < len(rest); i++ {
			head, err := measure(face, size, strings.Join(rest[:i], " "))
			if err != nil {
				return err
			}
			if err := try(rest[i:], append(acc, head)); err != nil {
				return err
			}
		}
		return nil
	}
	if err := try(words, nil); err != nil {
		return nil, false, err
	}
	return best, bestWidest <= maxWidth, nil
}

// draw sets the line on the card with its ink's left edge at x and its
// baseline at y, in the shades of one ink. Nothing is clipped but at the
// card's edges, where layout never puts text (the tests check it).
func (l textLine) draw(card *image.Paletted, x, y int, in ink) {
	dot := fixed.Point26_6{X: fixed.I(x) - l.ink.Min.X, Y: fixed.I(y)}
	previous := rune(-1)
	for _, r := range l.text {
		if previous >= 0 {
			dot.X += l.face.Kern(previous, r)
		}
		previous = r
		glyphArea, glyph, glyphOrigin, advance, _ := l.face.Glyph(dot, r)
		dot.X += advance
		coverage, ok := glyph.(*image.Alpha)
		if !ok {
			continue // a glyph with no outline, such as a space
		}
		visible := glyphArea.Intersect(card.Rect)
		for py := visible.Min.Y; py < visible.Max.Y; py++ {
			from := coverage.PixOffset(glyphOrigin.X+visible.Min.X-glyphArea.Min.X, glyphOrigin.Y+py-glyphArea.Min.Y)
			row := coverage.Pix[from : from+visible.Dx()]
			to := card.PixOffset(visible.Min.X, py)
			for i, a := range row {
				if a == 0 {
					continue
				}
				// Glyphs that touch (kerned pairs) add up, capped at full.
				card.Pix[to+i] = in.shade(in.levelOf(card.Pix[to+i]) + in.level(a))
			}
		}
	}
}
