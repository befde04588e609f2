"${./../data/does-not-exist}"
