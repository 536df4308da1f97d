// Package components renders status code data as go-app UI. Each function
// takes plain data and returns markup, so the same pieces serve the
// server's prerendering and the browser alike. Links are built with the
// route table (package routes), the one place that knows addresses; the
// only state kept here is the search results' listbox, which is rewritten
// in place as the reader types (see results.go for why).
package components
