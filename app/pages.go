package app

import (
	"httpstatus/components"
	"httpstatus/data"
)

// PagePaths lists every page whose content is known in advance: the index,
// the class pages and one page per number anyone uses. The server renders
// them once at start-up, the static export writes them as files and the
// service worker precaches them.
func PagePaths() []string {
	paths := []string{"/"}
	for _, cl := range data.Classes {
		paths = append(paths, components.ClassPath(cl))
	}
	last := -1
	for _, c := range data.All() {
		if c.Number != last {
			paths = append(paths, components.CodePath(c.Number))
			last = c.Number
		}
	}
	return paths
}
