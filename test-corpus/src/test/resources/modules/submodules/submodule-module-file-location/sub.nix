{ lib, ... }: { options.z = lib.mkOption { default = 0; }; }
