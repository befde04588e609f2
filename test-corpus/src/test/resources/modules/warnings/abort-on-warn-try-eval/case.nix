{ lib }:
{
  modules = [
    { options.v = lib.mkOption { type = lib.types.int; }; }
    # The abort is not an error tryEval catches.
    { v = (builtins.tryEval (lib.warn "v is deprecated" 1)).value; }
  ];
  read = r: r.config.v;
}
