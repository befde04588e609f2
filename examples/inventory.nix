# A small inventory of machines, evaluated by `scripts/example.sh` with
# `nixj instantiate --eval --strict` and `nixj eval`. It uses the language and builtins only
# (no nixpkgs): defaults merged with `//`, functions with default arguments, `mapAttrs`,
# `sort`, `filter`, `concatStringsSep`, string interpolation and laziness.
let
  defaults = { cores = 2; memoryGiB = 4; roles = [ ]; };

  machine = { name, cores ? defaults.cores, memoryGiB ? defaults.memoryGiB, roles ? [ ] }:
    defaults // {
      inherit name cores memoryGiB roles;
      # Never evaluated unless asked for: Nix is lazy.
      broken = throw "machine ${name} has no 'broken' attribute";
      summary = "${name}: ${toString cores} cores, ${toString memoryGiB} GiB, roles: "
        + builtins.concatStringsSep ", " roles;
    };

  machines = builtins.listToAttrs (map (m: { name = m.name; value = machine m; }) [
    { name = "rescue"; roles = [ "iso" "ssh" ]; }
    { name = "builder"; cores = 16; memoryGiB = 64; roles = [ "nix" ]; }
    { name = "web"; cores = 4; roles = [ "nginx" "acme" ]; }
  ]);

  byMemory = builtins.sort (a: b: a.memoryGiB > b.memoryGiB) (builtins.attrValues machines);
in
{
  hostNames = builtins.attrNames machines;
  totalCores = builtins.foldl' (sum: m: sum + m.cores) 0 (builtins.attrValues machines);
  largest = (builtins.head byMemory).name;
  summaries = builtins.mapAttrs (name: m: m.summary) machines;
  withSsh = builtins.filter (n: builtins.elem "ssh" machines.${n}.roles) (builtins.attrNames machines);
}
