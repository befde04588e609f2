"ab" < "abc"
