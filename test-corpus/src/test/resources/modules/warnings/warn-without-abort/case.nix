{ lib }:
{
  modules = [
    { options.v = lib.mkOption { type = lib.types.int; }; }
    { v = lib.warn "v is deprecated" 1; }
  ];
  read = r: r.config.v;
}
