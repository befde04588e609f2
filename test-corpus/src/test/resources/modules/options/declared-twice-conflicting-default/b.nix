{ lib, ... }: { options.v = lib.mkOption { default = 2; }; }
