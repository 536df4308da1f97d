// Command httpstatus is the HTTP status code reference: compiled to WASM it
// is the app in the browser (main_wasm.go); compiled natively it is the
// server that hosts it (main_server.go).
package main

import "httpstatus/app"

func main() {
	app.RegisterRoutes()
	run()
}
