package data

// headersConnection are the fields of the "Connections and protocols" group of the header index.
var headersConnection = []HeaderField{}
