//go:build !race

package preview

// raceDetector is off: see drawnCards.
const raceDetector = false
