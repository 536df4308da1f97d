package server

import (
	"net/http"
	"sync"

	"httpstatus/data"
	"httpstatus/preview"
	"httpstatus/routes"
)

// previews are the link-preview images, drawn on first request (a few
// milliseconds each; only crawlers of shared links ask for them, so the
// start-up does not draw them all) and kept: there is one per page known
// in advance at most, since PageOfPreview accepts no other address.
type previews struct {
	mu     sync.Mutex
	images map[string]*asset
}

// get returns the preview image at path, or false when path names none.
func (p *previews) get(path string) (*asset, bool, error) {
	page, ok := routes.PageOfPreview(path)
	if !ok {
		return nil, false, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if a, ok := p.images[path]; ok {
		return a, true, nil
	}
	card, ok := cardOf(page)
	if !ok {
		return nil, false, nil
	}
	png, err := preview.PNG(card)
	if err != nil {
		return nil, true, err
	}
	if p.images == nil {
		p.images = map[string]*asset{}
	}
	a := newAsset(png, "image/png", http.StatusOK, revalidate)
	p.images[path] = a
	return a, true, nil
}

// cardOf is the preview card of a page.
func cardOf(p routes.Page) (preview.Card, bool) {
	switch p.Kind {
	case routes.Index:
		return preview.ForIndex(), true
	case routes.Code:
		return preview.ForNumber(p.Number)
	case routes.Class:
		return preview.ForClass(p.Class), true
	case routes.Header:
		h, ok := data.LookupHeader(p.Name)
		return preview.ForHeader(h), ok
	case routes.Comparison:
		c, ok := data.LookupComparison(p.Name)
		return preview.ForComparison(c), ok
	}
	return preview.Card{}, false
}
