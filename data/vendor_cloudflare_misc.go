package data

var vendorCloudflareMisc = []Code{}
