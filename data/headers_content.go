package data

// headersContent are the fields of the "Content and message framing" group of the header index.
var headersContent = []HeaderField{}
