true || false && false
