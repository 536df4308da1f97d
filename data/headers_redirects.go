package data

// headersRedirects are the fields of the "Redirects and links" group of the header index.
var headersRedirects = []HeaderField{}
