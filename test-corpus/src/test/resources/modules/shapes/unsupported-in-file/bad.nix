{ lib, ... }: { options.v = lib.mkOption { }; v = 1; }
