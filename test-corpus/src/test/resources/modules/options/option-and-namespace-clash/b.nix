{ lib, ... }: { options.v.sub = lib.mkOption { }; }
