{ lib, ... }: {
  options.v = lib.mkOption { type = lib.types.int; };
  # The value piped through reaches the option's type check, which reports it.
  config.v = [ 1 2 ] |> map (x: x * 2);
}
