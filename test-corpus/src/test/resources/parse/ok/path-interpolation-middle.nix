x: ./a/${x}/b
