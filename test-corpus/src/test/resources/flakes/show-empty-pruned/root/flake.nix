{
  outputs = { self }: {
    # frameworks leave empty sets behind: flake show leaves them out
    packages.x86_64-linux = { };
    packages.aarch64-linux = { };
    checks = { };
    devShells.x86_64-linux = { };
    nixosModules = { };
    overlays = { };
    apps.x86_64-linux.run = { type = "app"; program = "/bin/sh"; meta.description = "runs"; };
    other = { };
  };
}
