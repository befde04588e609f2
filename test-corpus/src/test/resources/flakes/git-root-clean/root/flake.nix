{
  outputs = { self }: { x = { inherit (self) rev shortRev revCount lastModified; }; };
}
