package data

// headersCORS are the fields of the "CORS and fetch metadata" group of the header index.
var headersCORS = []HeaderField{}
