{ lib, ... }: { options.v = lib.mkOption { default = 1; }; }
