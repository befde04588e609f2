{
  # A check Nix and nixj both build in-process: builtin:fetchurl of a local file, fixed by its hash.
  outputs = { self }: {
    checks.x86_64-linux.fetched = derivation {
      name = "hello.txt";
      system = "x86_64-linux";
      builder = "builtin:fetchurl";
      url = "file://${self}/hello.txt";
      outputHashMode = "flat";
      outputHashAlgo = "sha256";
      outputHash = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";
    };
  };
}
