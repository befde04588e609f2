{ lib, ... }: { options.v = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
