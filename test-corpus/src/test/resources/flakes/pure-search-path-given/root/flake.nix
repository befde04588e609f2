{
  outputs = { self }: { x = import <foo>; };
}
