package data

var codes1xx = []Code{}
