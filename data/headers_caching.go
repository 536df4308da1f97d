package data

// headersCaching are the fields of the "Caching" group of the header index.
var headersCaching = []HeaderField{}
