package server

import (
	"container/list"
	"sync"
)

// pageCache keeps the pages rendered per request, at most size of them,
// dropping the least recently used: memory stays bounded however many
// distinct searches arrive.
type pageCache struct {
	mu    sync.Mutex
	size  int
	order *list.List // of *cachedPage, most recent first
	pages map[string]*list.Element
}

type cachedPage struct {
	key   string
	asset *asset
}

func newPageCache(size int) *pageCache {
	return &pageCache{size: size, order: list.New(), pages: map[string]*list.Element{}}
}

// get returns the page kept for key, or nil.
func (c *pageCache) get(key string) *asset {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.pages[key]; ok {
		c.order.MoveToFront(e)
		return e.Value.(*cachedPage).asset
	}
	return nil
}

// add keeps a page for key, dropping the least recently used one when full.
func (c *pageCache) add(key string, a *asset) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.pages[key]; ok {
		e.Value.(*cachedPage).asset = a
		c.order.MoveToFront(e)
		return
	}
	c.pages[key] = c.order.PushFront(&cachedPage{key, a})
	if c.order.Len() > c.size {
		oldest := c.order.Back()
		c.order.Remove(oldest)
		delete(c.pages, oldest.Value.(*cachedPage).key)
	}
}

// len is the number of pages kept.
func (c *pageCache) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}
