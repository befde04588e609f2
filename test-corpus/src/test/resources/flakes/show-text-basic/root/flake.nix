{
  description = "flake show on the usual outputs";
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; meta.description = "the ${name}"; };
    in {
      packages.x86_64-linux = { hello = drv "hello-1.0"; default = drv "default-1.0"; };
      devShells.x86_64-linux.default = drv "shell";
      checks.x86_64-linux.test = drv "test";
      apps.x86_64-linux.run = { type = "app"; program = "/bin/sh"; };
      formatter.x86_64-linux = drv "fmt";
      overlays.default = final: prev: { };
      nixosModules.base = { };
      nixosConfigurations.rescue = { config = { }; };
      templates.basic = { path = ./.; description = "a basic template"; };
      lib = { answer = 42; };
      hydraJobs.build.x86_64-linux = drv "job";
    };
}
