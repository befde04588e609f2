{ lib, ... }: { options.s = lib.mkOption { type = lib.types.submodule { options.x = lib.mkOption { default = 1; }; }; default = { }; }; }
