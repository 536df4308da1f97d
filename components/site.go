package components

// The site's names and description, for the page header, the default
// title and description of a page, and the web app manifest.
const (
	SiteName        = "HTTP status codes"
	SiteAppName     = "HTTP Status Codes"
	SiteShortName   = "HTTP Codes"
	SiteTitle       = "HTTP status codes — every code, explained"
	SiteDescription = "Every HTTP status code, registered and vendor-specific: what it means, why it happens and how to fix it. Works offline."
)
