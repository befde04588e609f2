{
  outputs = { self }: {
    packages.x86_64-linux.x = "packages";
    legacyPackages.x86_64-linux.x = "legacyPackages";
    x = "top";
    legacyPackages.x86_64-linux.y = "legacyPackages";
    y = "top";
    z = "top";
    packages.aarch64-linux.x = "packages aarch64";
    packages.x86_64-linux.default = "default package";
  };
}
