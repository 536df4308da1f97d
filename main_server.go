//go:build !wasm

package main

import (
	"log"
	"os"

	"httpstatus/server"
)

// run serves the site, or writes the static export.
func run() {
	if err := server.Serve(os.Args[1:]); err != nil {
		log.Fatal(err)
	}
}
