package data

// headersConditional are the fields of the "Conditional requests" group of the header index.
var headersConditional = []HeaderField{}
