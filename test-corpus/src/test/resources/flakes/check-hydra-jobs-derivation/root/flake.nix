{
  outputs = { self }: {
    hydraJobs = { type = "derivation"; name = "build"; };
  };
}
