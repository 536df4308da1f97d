package preview

import (
	"fmt"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
)

// The Go fonts (licence in FONT-LICENSE) are compiled into the binary, so
// cards look the same on every machine and need no font files at run time.
var (
	boldFont    = sync.OnceValues(func() (*opentype.Font, error) { return opentype.Parse(gobold.TTF) })
	regularFont = sync.OnceValues(func() (*opentype.Font, error) { return opentype.Parse(goregular.TTF) })
)

// typeface is a font at no particular size; a card asks for the sizes
// its text needs to fit.
type typeface func() (*opentype.Font, error)

// at returns the typeface at a size in pixels. Faces are not safe for
// concurrent use, so each card makes its own.
func (t typeface) at(pixels float64) (font.Face, error) {
	f, err := t()
	if err != nil {
		return nil, fmt.Errorf("parse font: %w", err)
	}
	// 72 DPI makes one point one pixel. Hinting would snap outlines to the
	// pixel grid, which helps small screen text, not 250-pixel numbers.
	return opentype.NewFace(f, &opentype.FaceOptions{Size: pixels, DPI: 72, Hinting: font.HintingNone})
}

var (
	bold    typeface = boldFont
	regular typeface = regularFont
)
