{
  outputs = { self }: {
    legacyPackages.x86_64-linux = { hello = { type = "derivation"; name = "hello"; }; broken = throw "no"; };
    legacyPackages.aarch64-linux.hello = { type = "derivation"; name = "hello"; };
  };
}
