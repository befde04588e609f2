{
  inputs.sub.url = "path:./sub";
  outputs = { self, sub }: { x = sub.y; };
}
