{ lib, ... }: {
  options = builtins.mapAttrs (n: v: v) {
    v = lib.mkOption { default = 2; };
  };
}
