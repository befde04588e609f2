# NixOS: the minimal installer's whole option set as JSON (lib.optionAttrSetToDocList, as NixOS's options.json
# is made): every option's declarations, type, default and description.
let
  eval = import ./nixpkgs/nixos/lib/eval-config.nix {
    system = "x86_64-linux";
    modules = [ ./nixpkgs/nixos/modules/installer/cd-dvd/installation-cd-minimal.nix ];
  };
in
builtins.toJSON (eval.lib.optionAttrSetToDocList eval.options)
