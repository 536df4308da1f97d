package data

import (
	"slices"
	"sync"
)

// catalog is every entry, sorted by number with the registered meaning of a
// number before its vendor meanings.
var catalog = sync.OnceValue(func() []Code {
	all := slices.Concat(
		codes1xx, codes2xx, codes3xx,
		codes400to405, codes406to418, codes421to451,
		codes5xx, vendorNginxAWS, vendorPlatforms, vendorCloudflareMisc,
		vendorGoogle, vendorShopify, vendorHosting, vendorWebServers,
	)
	slices.SortStableFunc(all, func(a, b Code) int {
		if a.Number != b.Number {
			return a.Number - b.Number
		}
		return rank(a) - rank(b)
	})
	return all
})

func rank(c Code) int {
	if c.Vendor == "" {
		return 0
	}
	return 1
}

// All returns every entry in display order. The slice is shared: do not modify it.
func All() []Code { return catalog() }

// Lookup returns every meaning of a number, the registered one first, or
// nil when nobody uses the number.
func Lookup(number int) []Code {
	all := catalog()
	i, found := slices.BinarySearchFunc(all, number, func(c Code, n int) int { return c.Number - n })
	if !found {
		return nil
	}
	j := i
	for j < len(all) && all[j].Number == number {
		j++
	}
	return all[i:j]
}
