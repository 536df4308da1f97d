//go:build race

package preview

// raceDetector is on: see drawnCards.
const raceDetector = true
