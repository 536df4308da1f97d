package search

// prominence breaks ties in favour of the codes developers meet most often:
// for "gateway", 502 before 504; for "timeout", 504 before 408. The values
// are small next to the field weights, so they only ever order codes that
// match equally well.
var prominence = map[int]int{
	200: 20, 404: 20, 500: 20, 502: 20,
	301: 15, 302: 15, 304: 15, 400: 15, 401: 15, 403: 15, 429: 15, 503: 15, 504: 15,
	101: 10, 201: 10, 204: 10, 307: 10, 308: 10, 405: 10, 409: 10, 413: 10, 422: 10, 499: 10,
	206: 5, 303: 5, 406: 5, 408: 5, 410: 5, 415: 5, 418: 5, 431: 5, 444: 5, 501: 5, 520: 5, 521: 5, 522: 5, 524: 5,
}
