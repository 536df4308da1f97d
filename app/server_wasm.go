//go:build wasm

package app

// Serve does nothing in the browser: the server and go-app's Handler stay
// out of the WASM bundle, which roughly halves its size.
func Serve([]string) error { return nil }
