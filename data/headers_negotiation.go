package data

// headersNegotiation are the fields of the "Content negotiation" group of the header index.
var headersNegotiation = []HeaderField{}
