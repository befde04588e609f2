{ lib, ... }: {
  options.v = lib.mkOption { type = lib.types.str; };
  config.v = "a" |> lib.toUpper;
}
