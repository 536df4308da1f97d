package data

// headersProxies are the fields of the "Proxies, CDNs and tracing" group of the header index.
var headersProxies = []HeaderField{}
