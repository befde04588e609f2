{
  outputs = { x = 1; };
}
