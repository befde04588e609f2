{
  outputs = { self }: { hello = 1; help = 2; };
}
