{ lib, ... }: { options.v = lib.mkOption { default = "from a string path"; }; }
