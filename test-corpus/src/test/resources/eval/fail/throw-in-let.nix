let x = throw "from let"; in x + 1
