{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      hydraJobs = {
        build.x86_64-linux = drv "build";
        build.aarch64-linux = drv "build-arm";
        tests.nested.unit = drv "unit";
      };
    };
}
