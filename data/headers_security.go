package data

// headersSecurity are the fields of the "Security" group of the header index.
var headersSecurity = []HeaderField{}
