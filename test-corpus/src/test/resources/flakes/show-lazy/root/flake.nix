{
  outputs = { self }: {
    # flake show names these without evaluating them
    nixosConfigurations.rescue = throw "a NixOS configuration is not evaluated";
    nixosModules.base = throw "a module is not evaluated";
    overlays.default = throw "an overlay is not evaluated";
    lib = throw "lib is not evaluated";
    packages.x86_64-linux.hello = { type = "derivation"; name = "hello"; meta.description = "hi"; };
  };
}
