package data

// headersAuthentication are the fields of the "Authentication and cookies" group of the header index.
var headersAuthentication = []HeaderField{}
