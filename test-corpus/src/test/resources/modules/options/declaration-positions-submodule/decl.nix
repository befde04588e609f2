{ lib, ... }: {
  options.sub = lib.mkOption {
    default = { };
    type = lib.types.submodule {
      options.x = lib.mkOption { default = 1; };
    };
  };
}
