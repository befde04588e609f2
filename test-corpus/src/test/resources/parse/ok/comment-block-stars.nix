/*** stars ***/ 1
