{
  outputs = { self }: {
    hydraJobs.build.x86_64-linux = { type = "derivation"; name = "build"; };
    hydraJobs.tests.nested.unit = 42;
  };
}
