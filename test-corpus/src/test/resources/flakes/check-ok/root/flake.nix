{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      packages.x86_64-linux.hello = drv "hello";
      devShells.x86_64-linux.default = drv "shell";
      formatter.x86_64-linux = drv "fmt";
      checks.x86_64-linux.test = drv "test";
      apps.x86_64-linux.run = { type = "app"; program = "/bin/sh"; meta.description = "runs a shell"; };
      overlays.default = final: prev: { };
      overlays.underscored = _final: prev: { };
      nixosModules.base = { config, ... }: { };
      templates.basic = { path = ./.; description = "a template"; welcomeText = "hi"; };
      legacyPackages.x86_64-linux.hello = drv "hello";
      lib.answer = 42;
      homeModules.shell = { };
    };
}
