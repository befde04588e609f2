{
  inputs.a.url = "git+file://@DIR@/a";
  outputs = { self, a }: { x = { inherit (a) rev shortRev revCount lastModified lastModifiedDate narHash; }; };
}
