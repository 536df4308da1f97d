package data

var vendorNginxAWS = []Code{}
