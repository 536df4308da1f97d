package data

// headersRateLimiting are the fields of the "Rate limiting and retries" group of the header index.
var headersRateLimiting = []HeaderField{}
