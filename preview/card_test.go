package preview

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"httpstatus/data"
)

// namedCard is a card under test and a name for failure messages.
type namedCard struct {
	name string
	card Card
}

// stressCards push the layout past what the site's pages hold today.
var stressCards = []namedCard{
	{"long header name as big text", ForTopic("Access-Control-Allow-Credentials", "May a credentialed cross-origin response be shared")},
	{"comparison", ForTopic("401 vs 403", "Unauthorized or Forbidden: which one to send")},
	{"title of many words", ForTopic("418", "A title far longer than any status code name, going on and on so that two lines at full size cannot hold it all")},
	{"title of one unbreakable word", ForTopic("999", "Supercalifragilisticexpialidocious-Unbreakable-Hyphenated-Header-Field-Name")},
	{"every part long", Card{
		Big:    "Strict-Transport-Security-Extended",
		Title:  "Network Authentication Required Network Authentication Required Network Authentication Required",
		Note:   "AWS Elastic Load Balancing — also Token Required (Esri ArcGIS), Enhance Your Calm (Twitter), Method Failure (Spring Framework)",
		Kicker: "HTTP status codes — a kicker far too long to fit the card on one line at its usual size",
		Accent: ClassAccent(4),
	}},
	{"big text only", Card{Big: "5xx"}},
}

// everyCard is a card for every page the site has today (codes, classes,
// header fields, comparisons, the index), every meaning of every code on
// its own, and the stress cards; each card once, under its first name,
// as a number with a single meaning gives the same card as that meaning.
func everyCard() []namedCard {
	var cards []namedCard
	seen := map[Card]bool{}
	add := func(name string, c Card) {
		if !seen[c] {
			seen[c] = true
			cards = append(cards, namedCard{name, c})
		}
	}
	for _, c := range data.All() {
		add(fmt.Sprintf("%s %s (%s)", data.FormatNumber(c.Number), c.Name, c.Vendor), ForCode(c))
		card, _ := ForNumber(c.Number) // TestForNumberFindsEveryNumberInTheCatalog
		add("page "+data.FormatNumber(c.Number), card)
	}
	for _, cl := range data.Classes {
		add("class "+cl.Label(), ForClass(cl))
	}
	for _, h := range data.Headers() {
		add("header "+h.Name, ForHeader(h))
	}
	for _, c := range data.Comparisons() {
		add("comparison "+c.Slug(), ForComparison(c))
	}
	add("index", ForIndex())
	for _, nc := range stressCards {
		add(nc.name, nc.card)
	}
	return cards
}

// drawn is a card drawn once for all the tests that only look at it.
type drawn struct {
	namedCard
	png []byte
	img *image.Paletted
}

// drawnCards are the cards the pixel and byte tests look at: every card,
// or under the race detector, which makes drawing twenty times slower and
// looks for shared state rather than layout, the stress cards and every
// tenth of the others.
func drawnCards() []namedCard {
	all := everyCard()
	if !raceDetector {
		return all
	}
	var sample []namedCard
	for i, nc := range all {
		if i%10 == 0 || slices.Contains(stressCards, nc) {
			sample = append(sample, nc)
		}
	}
	return sample
}

// drawOnce draws the cards on every processor: there are hundreds.
var drawOnce = sync.OnceValues(func() ([]drawn, error) {
	named := drawnCards()
	cards := make([]drawn, len(named))
	errs := make([]error, len(named))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				img, err := render(named[i].card)
				if err == nil {
					cards[i].png, err = encode(img)
				}
				cards[i].namedCard, cards[i].img, errs[i] = named[i], img, err
			}
		})
	}
	for i := range named {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", named[i].name, err)
		}
	}
	return cards, nil
})

func drawEveryCard(t *testing.T) []drawn {
	t.Helper()
	cards, err := drawOnce()
	if err != nil {
		t.Fatal(err)
	}
	return cards
}

func decode(t *testing.T, name string, b []byte) image.Image {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: not a PNG: %v", name, err)
	}
	return img
}

func TestEveryCardIsA1200By630PNG(t *testing.T) {
	for _, nc := range drawEveryCard(t) {
		if size := decode(t, nc.name, nc.png).Bounds().Size(); size != image.Pt(1200, 630) {
			t.Errorf("%s: %v pixels, want 1200×630", nc.name, size)
		}
	}
}

func TestEveryCardWeighsAtMost60kB(t *testing.T) {
	const limit = 60_000
	for _, nc := range drawEveryCard(t) {
		if len(nc.png) > limit {
			t.Errorf("%s: %d bytes, want at most %d", nc.name, len(nc.png), limit)
		}
	}
}

func TestTheSameCardGivesTheSameBytes(t *testing.T) {
	for _, nc := range drawEveryCard(t) {
		again, err := PNG(nc.card)
		if err != nil {
			t.Fatalf("%s: %v", nc.name, err)
		}
		if !bytes.Equal(nc.png, again) {
			t.Errorf("%s: two PNGs of one card differ", nc.name)
		}
	}
}

// TestTextStaysInsideTheMargins checks the pixels themselves: outside the
// accent bar and the text area, every pixel is background. A glyph cut by
// the card's edge would leave ink in the margin.
func TestTextStaysInsideTheMargins(t *testing.T) {
	textArea := image.Rect(marginLeft, marginTop, Width-marginRight, Height-marginBottom)
	for _, nc := range drawEveryCard(t) {
		img := nc.img
		stray := 0
		var first image.Point
		for y := 0; y < Height; y++ {
			for x := barWidth; x < Width; x++ {
				if image.Pt(x, y).In(textArea) || img.ColorIndexAt(x, y) == backgroundIndex {
					continue
				}
				if stray == 0 {
					first = image.Pt(x, y)
				}
				stray++
			}
		}
		if stray > 0 {
			t.Errorf("%s: %d text pixels in the margin, the first at %v", nc.name, stray, first)
		}
	}
}

func TestTheAccentBarRunsDownTheLeftEdgeInTheAccentColour(t *testing.T) {
	for _, nc := range drawEveryCard(t) {
		img := nc.img
		want := nc.card.Accent
		if want.A == 0 {
			want = siteAccent
		}
		for _, p := range []image.Point{{0, 0}, {barWidth - 1, Height / 2}, {0, Height - 1}} {
			if got := img.At(p.X, p.Y); got != want {
				t.Errorf("%s: pixel %v is %v, want the accent %v", nc.name, p, got, want)
			}
		}
		if got := img.At(barWidth, Height/2); got != background {
			t.Errorf("%s: the bar is wider than %d pixels", nc.name, barWidth)
		}
	}
}

// TestLaidOutTextKeepsEveryWord: a text that does not fit shrinks or
// wraps, and never loses a word.
func TestLaidOutTextKeepsEveryWord(t *testing.T) {
	joined := func(lines []placed) string {
		var words []string
		for _, p := range lines {
			words = append(words, p.line.text)
		}
		return strings.Join(words, " ")
	}
	for _, nc := range everyCard() {
		l, err := layOut(nc.card)
		if err != nil {
			t.Fatalf("%s: %v", nc.name, err)
		}
		for _, part := range []struct {
			name, want string
			lines      []placed
		}{
			{"kicker", nc.card.Kicker, l.kicker},
			{"big", nc.card.Big, l.big},
			{"title", nc.card.Title, l.title},
			{"note", nc.card.Note, l.note},
		} {
			if got, want := joined(part.lines), strings.Join(strings.Fields(part.want), " "); got != want {
				t.Errorf("%s: %s laid out as %q, want %q", nc.name, part.name, got, want)
			}
		}
		if len(l.title) > titleLines {
			t.Errorf("%s: title on %d lines, want at most %d", nc.name, len(l.title), titleLines)
		}
	}
}

// TestEveryCodeNameIsSetAtAReadableSize: the site's own names wrap
// rather than shrink below the smallest title size, and stay bigger than
// the note under them.
func TestEveryCodeNameIsSetAtAReadableSize(t *testing.T) {
	for _, c := range data.All() {
		l, err := layOut(ForCode(c))
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for _, p := range l.title {
			if p.line.size < titleSmallest {
				t.Errorf("%s %s: title at %.0f px, want at least %d", data.FormatNumber(c.Number), c.Name, p.line.size, titleSmallest)
			}
		}
		if big := l.big[0].line.size; big < 2*titleSize {
			t.Errorf("%s %s: number at %.0f px, want at least twice the title size, %d", data.FormatNumber(c.Number), c.Name, big, 2*titleSize)
		}
	}
}

func BenchmarkCodeCard(b *testing.B) {
	card, _ := ForNumber(511)
	for b.Loop() {
		png, err := PNG(card)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(len(png)), "bytes")
	}
}

// TestCardsCanBeDrawnConcurrently: the server may draw its cards from
// several goroutines; run with -race to see shared state.
func TestCardsCanBeDrawnConcurrently(t *testing.T) {
	cards := stressCards
	want := make([][]byte, len(cards))
	for i, nc := range cards {
		want[i], _ = PNG(nc.card)
	}
	got := make([][]byte, len(cards))
	var wg sync.WaitGroup
	for i, nc := range cards {
		wg.Go(func() { got[i], _ = PNG(nc.card) })
	}
	wg.Wait()
	for i, nc := range cards {
		if !bytes.Equal(got[i], want[i]) {
			t.Errorf("%s: drawn alongside other cards, it differs from the card drawn alone", nc.name)
		}
	}
}

func TestACardWithoutBigTextIsAnError(t *testing.T) {
	for _, big := range []string{"", "   "} {
		if _, err := PNG(Card{Big: big, Title: "Bad Gateway"}); err == nil {
			t.Errorf("PNG of a card with big text %q succeeded, want an error", big)
		}
	}
}

func TestBlankPartsOfACardAreLeftOut(t *testing.T) {
	l, err := layOut(Card{Big: "502", Title: " ", Note: "\t", Kicker: "  "})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.title)+len(l.note)+len(l.kicker) != 0 {
		t.Errorf("blank parts laid out: %+v", l)
	}
}

// TestLongTitlesWrapBeforeTheyShrink: a title that nearly fits stays on
// one line, a longer one wraps at full size, and only a title too long for
// two lines, or a word too long for one, is set smaller.
func TestLongTitlesWrapBeforeTheyShrink(t *testing.T) {
	for _, tc := range []struct {
		title     string
		lines     int
		fullSize  bool
		atLeast85 bool
	}{
		{"Bad Gateway", 1, true, true},
		{"Network Authentication Required", 1, false, true},
		{"Web Server Returned an Unknown Error", 2, true, true},
		{stressCards[2].card.Title, 2, false, false},
		{stressCards[3].card.Title, 1, false, false},
	} {
		l, err := layOut(Card{Big: "520", Title: tc.title})
		if err != nil {
			t.Fatalf("%q: %v", tc.title, err)
		}
		size := l.title[0].line.size
		if len(l.title) != tc.lines || (size == titleSize) != tc.fullSize || (size >= titleSize*oneLineShrink) != tc.atLeast85 {
			t.Errorf("%q: %d lines at %.1f px; want %d lines, full size (%d px) %t, at least %.1f px %t",
				tc.title, len(l.title), size, tc.lines, titleSize, tc.fullSize, titleSize*oneLineShrink, tc.atLeast85)
		}
	}
}
