throw "after the warning"
