!true
