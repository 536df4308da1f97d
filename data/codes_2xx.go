package data

var codes2xx = []Code{}
