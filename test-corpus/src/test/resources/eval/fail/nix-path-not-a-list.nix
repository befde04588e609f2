let __nixPath = 1; in <foo>
