{
  outputs = { self }: { x = { inherit (self) lastModified lastModifiedDate; }; };
}
