<corpus/hello.txt>
