{
  outputs = { self }: { x = ./data.txt; };
}
