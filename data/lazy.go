package data

import "sync"

// lazy holds a value built on first use. A package-level sync.OnceValue
// would do the same, but its closure is made when the package starts, which
// links everything it refers to into every program that imports data. The
// WebAssembly app calls none of the builders of the content it does not
// show (header pages, the chooser, comparisons: their pages come
// prerendered), so with lazy the linker leaves that content out of the
// bundle.
type lazy[T any] struct {
	once sync.Once
	v    T
}

func (l *lazy[T]) get(build func() T) T {
	l.once.Do(func() { l.v = build() })
	return l.v
}
