{ lib, ... }: {
  # Every attribute of a nested path has the position of the path's start.
  options.a.b.c = lib.mkOption { default = 1; };
}
