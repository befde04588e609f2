let x = abort "no"; in "fine"
