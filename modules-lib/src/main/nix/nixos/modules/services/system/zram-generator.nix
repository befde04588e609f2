# services.zram-generator: systemd's zram-generator (Debian's systemd-zram-generator), which makes zram devices
# at boot from /etc/systemd/zram-generator.conf (zram-generator.conf(5)); zramSwap is its usual user.
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.services.zram-generator;
  value = types.oneOf [ types.bool types.int types.str types.path ];
in
{
  options.services.zram-generator = {
    enable = lib.mkEnableOption "zram-generator, which makes zram devices at boot";
    package = lib.mkOption {
      type = types.package;
      default = pkgs.systemd-zram-generator;
      defaultText = lib.literalExpression "pkgs.systemd-zram-generator";
      description = "The zram-generator package.";
    };
    settings = mkOption {
      type = types.attrsOf (types.attrsOf value);
      default = { };
      example = { zram0 = { zram-size = "ram / 2"; compression-algorithm = "zstd"; }; };
      description = "The configuration's sections (one per device, e.g. zram0) and their keys.";
    };
  };

  config = lib.mkIf cfg.enable {
    # The package's generator runs from the system's sw; its modules-load.d file loads the zram module.
    environment.systemPackages = [ cfg.package ];
    environment.etc."systemd/zram-generator.conf".text = lib.generators.toINI { } cfg.settings;
  };
}
