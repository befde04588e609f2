# nixpkgs' refusal of unfree packages: a package whose meta.license is not free may only be used when the
# configuration allows it (config.allowUnfree, config.allowUnfreePredicate, or NIXPKGS_ALLOW_UNFREE=1, which
# only impure evaluation can read). `checked package value` is `value` when the package is allowed, else
# nixpkgs' error; packages apply it to their drvPath and outPath, so a refused package still has a name and
# meta, as in nixpkgs.
{ lib, config }:
let
  licenses = package: lib.toList (package.meta.license or [ ]);
  isUnfree = package: lib.any (license: !(license.free or true)) (licenses package);
  allowed = package:
    config.allowUnfree or false
    || builtins.getEnv "NIXPKGS_ALLOW_UNFREE" == "1"
    || (config.allowUnfreePredicate or (_: false)) package;

  position = package:
    let pos = package.meta.position or null; in
    if pos == null then "«unknown-file»" else pos;

  refusal = package: ''
    Package ‘${package.name}’ in ${position package} has an unfree license (‘${toString (map (l: l.shortName or "unknown") (licenses package))}’), refusing to evaluate.

    a) To temporarily allow unfree packages, you can use an environment variable
       for a single invocation of the nix tools.

         $ export NIXPKGS_ALLOW_UNFREE=1

       Note: When using `nix shell`, `nix build`, `nix develop`, etc with a flake,
             then pass `--impure` in order to allow use of environment variables.

    b) For `nixos-rebuild` you can set
      { nixpkgs.config.allowUnfree = true; }
    in configuration.nix to override this.

    Alternatively you can configure a predicate to allow specific packages:
      { nixpkgs.config.allowUnfreePredicate = pkg: builtins.elem (lib.getName pkg) [
          "${lib.getName package}"
        ];
      }

    c) For `nix-env`, `nix-build`, `nix-shell` or any other Nix command you can add
      { allowUnfree = true; }
    to ~/.config/nixpkgs/config.nix.
  '';
in
{
  checked = package: value: if isUnfree package && !(allowed package) then throw (refusal package) else value;
}
