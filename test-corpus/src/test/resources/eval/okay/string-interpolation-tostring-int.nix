let n = 3; in "n=${toString n}"
