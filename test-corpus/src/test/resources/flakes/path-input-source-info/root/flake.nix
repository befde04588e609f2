{
  inputs.a.url = "path:@DIR@/a";
  outputs = { self, a }: { x = { inherit (a) narHash lastModified lastModifiedDate; same = a.outPath == a.sourceInfo.outPath; }; };
}
