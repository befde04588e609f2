# NixOS's library: `evalModules` with what every NixOS evaluation has (the `nixos` class and `modulesPath`),
# but none of NixOS's modules: the caller lists the modules it wants.
{ lib }:
{
  evalModules = { prefix ? [ ], modules ? [ ], specialArgs ? { } }:
    lib.evalModules {
      inherit prefix modules;
      class = "nixos";
      specialArgs = { modulesPath = builtins.toString ../modules; } // specialArgs;
    };
}
