{
  outputs = { self }: { defaultPackage.x86_64-linux = "defaultPackage"; };
}
