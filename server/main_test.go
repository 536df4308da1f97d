package server

import (
	"compress/gzip"
	"os"
	"testing"
)

// TestMain prepares the tests' sites with fast compression: a site compresses
// some 250 pages and files at start-up, which under the race detector takes
// minutes at the levels served to readers.
func TestMain(m *testing.M) {
	preparedBrotli, preparedGzip = 1, gzip.BestSpeed
	os.Exit(m.Run())
}
