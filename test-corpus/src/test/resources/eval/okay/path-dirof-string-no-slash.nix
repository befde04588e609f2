dirOf "file"
