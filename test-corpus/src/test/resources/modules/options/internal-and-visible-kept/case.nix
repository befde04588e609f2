{ lib }:
with lib;
{
  modules = [
    { options.v = mkOption { internal = true; visible = false; default = 1; example = 2; defaultText = "one"; }; }
  ];
  read = r: { inherit (r.options.v) internal visible example defaultText; };
}
