{
  outputs = { self }: {
    nixosConfigurations.rescue = { config.system.build.toplevel = { type = "derivation"; name = "nixos-system"; }; };
  };
}
