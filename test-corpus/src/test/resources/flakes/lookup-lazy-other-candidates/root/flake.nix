{
  outputs = { self }: { packages.x86_64-linux.x = "found"; x = throw "not evaluated"; legacyPackages = throw "not evaluated"; };
}
