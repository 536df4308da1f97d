// Package components renders status code data as go-app UI. Each function
// takes plain data and returns markup; none holds state or knows about
// routes, so the same pieces serve the server's prerendering and the
// browser alike.
package components
