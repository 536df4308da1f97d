//go:build !wasm

package app

import (
	"flag"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Serve runs the HTTP server with the given command-line arguments.
func Serve(args []string) error {
	flags := flag.NewFlagSet("server", flag.ContinueOnError)
	addr := flags.String("addr", ":8000", "address to listen on")
	webDir := flags.String("web", "web", "directory holding app.wasm and the static files")
	if err := flags.Parse(args); err != nil {
		return err
	}
	handler, err := NewHandler(Config{WebDir: *webDir})
	if err != nil {
		return fmt.Errorf("preparing the site (did the WASM build run?): %w", err)
	}
	server := &http.Server{
		Addr:              *addr,
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("serving on %s", *addr)
	return server.ListenAndServe()
}
