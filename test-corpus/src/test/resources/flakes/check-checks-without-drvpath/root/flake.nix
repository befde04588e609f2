{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      checks.x86_64-linux = { a = drv "a"; b = drv "b"; };
      packages.x86_64-linux.hello = drv "hello";
    };
}
