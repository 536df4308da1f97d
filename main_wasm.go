//go:build wasm

package main

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// run starts the app in the browser. The server stays out of the WASM
// bundle: this file pair is the only place that builds differ.
func run() { goapp.RunWhenOnBrowser() }
