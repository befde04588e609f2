"${./../data/file.drv}"
