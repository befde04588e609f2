true && false
