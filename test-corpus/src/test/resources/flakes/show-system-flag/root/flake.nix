{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      packages.x86_64-linux.hello = drv "hello";
      packages.aarch64-linux.hello = drv "hello-arm";
      formatter.aarch64-linux = drv "fmt";
    };
}
