{
  inputs.a.url = "path:@DIR@/a?narHash=sha256-sY4GQ0yTf6vR3UfaQdLcbohTZX3XGCO6EHWCXJQbCso=";
  outputs = { self, a }: { x = a.value; };
}
