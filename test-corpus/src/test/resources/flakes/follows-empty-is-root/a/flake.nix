{
  inputs.r.url = "path:@DIR@/nowhere";
  outputs = { self, r }: { fromRoot = r.marker; };
}
