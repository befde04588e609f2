{
  outputs = { self }:
    let drv = name: { type = "derivation"; inherit name; };
    in {
      defaultPackage.x86_64-linux = drv "hello";
      devShell.x86_64-linux = drv "shell";
      overlay = final: prev: { };
      nixosModule = { };
      defaultTemplate = { path = ./.; description = "the default template"; };
      defaultApp.x86_64-linux = { type = "app"; program = "/bin/sh"; };
    };
}
