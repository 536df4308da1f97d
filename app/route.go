// Package app wires the status code reference together: which address shows
// which page, the single component that renders every page, and (outside
// the browser) the HTTP server that hosts it.
package app

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"httpstatus/data"
)

// view is the kind of page an address shows.
type view int

const (
	// viewUnread is a shell that has not read its address yet: on the
	// server, go-app renders a new component once before OnNav.
	viewUnread     view = iota
	viewIndex           // "/" with or without ?q=
	viewCode            // "/502": a number someone uses
	viewClass           // "/5xx"
	viewUnassigned      // "/299": in 100–599, unused by anyone
	viewNotFound        // everything else
)

// target is what an address resolves to.
type target struct {
	view   view
	number int
	class  data.Class
}

var (
	codePath  = regexp.MustCompile(`^/[0-9]{3}$`)
	classPath = regexp.MustCompile(`^/[1-5]xx$`)
)

// resolve maps a URL path to the page it shows. It is the one place that
// decides, for the browser's router and the server's status code alike.
func resolve(path string) target {
	switch {
	case path == "/" || path == "":
		return target{view: viewIndex}
	case classPath.MatchString(path):
		cl, _ := data.ClassOf(int(path[1]-'0') * 100)
		return target{view: viewClass, class: cl}
	case codePath.MatchString(path):
		n, _ := strconv.Atoi(path[1:])
		if len(data.Lookup(n)) > 0 {
			return target{view: viewCode, number: n}
		}
		if cl, ok := data.ClassOf(n); ok {
			return target{view: viewUnassigned, number: n, class: cl}
		}
	}
	return target{view: viewNotFound}
}

// status is the HTTP status the server answers for the target's page.
func (t target) status() int {
	if t.view == viewNotFound {
		return http.StatusNotFound
	}
	return http.StatusOK
}

// suggestionQuery turns a path that is not a page into words worth
// searching for: "/gateway-timeout" → "gateway timeout", "/5021" → "502".
func suggestionQuery(path string) string {
	s := strings.Trim(path, "/")
	digits := strings.TrimLeft(s, "0123456789")
	if n := len(s) - len(digits); n >= 3 {
		return s[:3]
	}
	return strings.NewReplacer("-", " ", "_", " ", "/", " ", "+", " ").Replace(s)
}
