"top" + "level"
