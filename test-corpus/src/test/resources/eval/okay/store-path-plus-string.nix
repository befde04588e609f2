"" + ./../data/hello.txt
