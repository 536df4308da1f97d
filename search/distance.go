package search

// withinOneEdit reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of two neighbouring letters: the typos a
// tired hand makes ("gatway", "unauthorised", "timout").
func withinOneEdit(a, b string) bool {
	la, lb := len(a), len(b)
	if la > lb {
		a, b, la, lb = b, a, lb, la
	}
	if lb-la > 1 {
		return false
	}
	i := 0
	for i < la && a[i] == b[i] {
		i++
	}
	if i == la {
		return true
	}
	if la == lb {
		if a[i+1:] == b[i+1:] {
			return true // substitution
		}
		return i+1 < la && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:] // swap
	}
	return a[i:] == b[i+1:] // insertion
}

// maxTwoEditLen bounds the part of two words withinTwoEdits compares once
// their common start and end are set aside, so that its table lives on the
// stack. No word people type differs from another over more letters.
const maxTwoEditLen = 32

// withinTwoEdits reports whether a and b are at most two insertions,
// deletions, substitutions or swaps of neighbouring letters apart, for the
// long words people misspell twice ("maintainance", "authentification").
func withinTwoEdits(a, b string) bool {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	la, lb := len(a), len(b)
	if la-lb > 2 || lb-la > 2 {
		return false
	}
	if la > maxTwoEditLen || lb > maxTwoEditLen {
		return false
	}
	// Optimal string alignment distance, three rows, with an early exit
	// once a whole row exceeds two.
	var rows [3][maxTwoEditLen + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= lb; j++ {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, prev2[j-2]+1)
			}
			cur[j] = d
			best = min(best, d)
		}
		if best > 2 {
			return false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb] <= 2
}
