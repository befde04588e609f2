{ lib, ... }: { options.s = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; }; }); }; }
