// Command genindex writes data/index_gen.go, the part of the header,
// comparison and chooser content the browser app needs (see data/index.go).
// Run it with `go generate ./data`.
package main

import (
	"log"
	"os"

	"httpstatus/data"
)

func main() {
	src, err := data.GenerateIndex()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("index_gen.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
