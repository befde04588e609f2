# `import <nixpkgs/nixos> { }`: the configuration named by NIXOS_CONFIG or <nixos-config>, evaluated for
# `system`. `system` here is the built system (config.system.build.toplevel), as in NixOS.
{ configuration ?
    let fromEnvironment = builtins.getEnv "NIXOS_CONFIG"; in
    if fromEnvironment == "" then <nixos-config> else fromEnvironment
, system ? builtins.currentSystem
}:
let
  eval = import ./lib/eval-config.nix {
    inherit system;
    modules = [ configuration ];
  };
in
{
  inherit (eval) config options lib;
  system = eval.config.system.build.toplevel;
  vm = throw "nixj cannot build NixOS virtual machines yet";
  vmWithBootLoader = throw "nixj cannot build NixOS virtual machines yet";
}
