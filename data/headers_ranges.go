package data

// headersRanges are the fields of the "Range requests and uploads" group of the header index.
var headersRanges = []HeaderField{}
