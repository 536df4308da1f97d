// Command httpstatus is the HTTP status code reference: compiled to WASM it
// is the app in the browser; compiled natively it is the server that hosts
// it.
package main

import (
	"log"
	"os"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"httpstatus/app"
)

func main() {
	app.RegisterRoutes()
	goapp.RunWhenOnBrowser()
	if err := app.Serve(os.Args[1:]); err != nil {
		log.Fatal(err)
	}
}
