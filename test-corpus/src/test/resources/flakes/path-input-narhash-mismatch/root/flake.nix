{
  inputs.a.url = "path:@DIR@/a?narHash=sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  outputs = { self, a }: { x = a.value; };
}
