package data

// headersVendor are the fields of the "Vendor-specific" group of the header index.
var headersVendor = []HeaderField{}
