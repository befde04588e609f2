# The module system at NixOS scale: lib.evalModules over 2,000 generated modules (modules/, written by
# bench/eval/modules.py) declaring 20,000 options and defining them across modules with priorities,
# mkIf, mkMerge and ordering, then the whole configuration as JSON. ./nixpkgs is modules-lib's tree
# (prepare.sh links it). Prints the JSON's length, its hash and a few values, so outputs are comparable.
let
  lib = import ./nixpkgs/lib;
  dir = ./modules;
  modules = map (name: dir + "/${name}") (builtins.attrNames (builtins.readDir dir));
  config = (lib.evalModules { inherit modules; }).config;
  json = builtins.toJSON config;
in [
  (builtins.stringLength json)
  (builtins.hashString "sha256" json)
  config.area07.g0007.tags
  config.area01.g0041.users
]
