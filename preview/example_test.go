package preview_test

import (
	"bytes"
	"fmt"
	"image/png"

	"httpstatus/data"
	"httpstatus/preview"
)

// The server draws a card per page as it starts and serves the bytes.
func ExamplePNG() {
	card, ok := preview.ForNumber(502) // the card of the page /502
	if !ok {
		return
	}
	b, err := preview.PNG(card)
	if err != nil {
		panic(err)
	}
	img, _ := png.Decode(bytes.NewReader(b))
	fmt.Println(card.Big, card.Title, img.Bounds().Dx(), "×", img.Bounds().Dy())

	// Pages that are neither codes nor classes get the same card.
	header := preview.ForTopic("Retry-After", "How long to wait before trying again")
	fmt.Println(header.Big, "—", header.Title)

	fmt.Println(preview.ForClass(data.Classes[4]).Big)
	// Output:
	// 502 Bad Gateway 1200 × 630
	// Retry-After — How long to wait before trying again
	// 5xx
}
