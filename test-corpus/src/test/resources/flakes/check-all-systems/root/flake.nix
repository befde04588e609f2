{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      packages.x86_64-linux.hello = drv "hello";
      packages.aarch64-linux.hello = throw "other systems are not checked";
      packages.aarch64-darwin.hello = drv "hello";
      legacyPackages.riscv64-linux = { };
    };
}
