{ lib, ... }: { options.z = lib.mkOption { type = lib.types.int; }; }
