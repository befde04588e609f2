{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      packages.x86_64-linux.hello = drv "hello";
      packages.aarch64-linux.hello = throw "other systems are not evaluated";
      packages.aarch64-darwin.hello = drv "hello";
      devShells.aarch64-linux.default = drv "shell";
      checks.aarch64-linux.t = drv "t";
      formatter.aarch64-linux = drv "fmt";
    };
}
