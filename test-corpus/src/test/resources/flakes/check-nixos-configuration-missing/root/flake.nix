{
  outputs = { self }: {
    nixosConfigurations.rescue = { config = { }; };
  };
}
