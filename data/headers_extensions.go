package data

// headersExtensions are the fields of the "WebDAV and HTTP extensions" group of the header index.
var headersExtensions = []HeaderField{}
