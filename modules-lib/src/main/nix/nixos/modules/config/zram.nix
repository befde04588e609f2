# zramSwap: swap in compressed memory, as NixOS sets it up, through systemd's zram-generator
# (services.zram-generator): one [zramN] section per device with its size, compression and priority.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  cfg = config.zramSwap;
  devices = map (index: "zram${toString index}") (lib.range 0 (cfg.swapDevices - 1));
  size = "${toString cfg.memoryPercent} / 100 * ram";
in
{
  options.zramSwap = {
    enable = lib.mkEnableOption "swap on zram devices: compressed memory that the kernel swaps to before disks";
    swapDevices = mkOption { type = types.int; default = 1; description = "How many zram swap devices to make."; };
    memoryPercent = mkOption {
      type = types.int;
      default = 50;
      description = "The zram devices' size together, as a percentage of the memory (the uncompressed size they hold).";
    };
    memoryMax = mkOption { type = types.nullOr types.int; default = null; description = "The largest size of a device in bytes, whatever memoryPercent gives."; };
    priority = mkOption { type = types.int; default = 5; description = "The swap priority of the devices (higher than disks', so they are used first)."; };
    algorithm = mkOption {
      type = types.either (types.enum [ "842" "lzo" "lzo-rle" "lz4" "lz4hc" "zstd" ]) types.str;
      default = "zstd";
      example = "lz4";
      description = "The compression algorithm of the devices.";
    };
    writebackDevice = mkOption {
      type = types.nullOr types.path;
      default = null;
      example = "/dev/zvol/tarta-zoot/swap-writeback";
      description = "A block device where pages that do not compress well are written (one zram device only).";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ {
      assertion = cfg.writebackDevice == null || cfg.swapDevices <= 1;
      message = "A single writeback device cannot be shared among multiple zram devices";
    } ];
    services.zram-generator.enable = true;
    services.zram-generator.settings = lib.genAttrs devices (_: {
      zram-size = if cfg.memoryMax != null then "min(${size}, ${toString cfg.memoryMax} / 1024 / 1024)" else size;
      compression-algorithm = cfg.algorithm;
      swap-priority = cfg.priority;
    } // lib.optionalAttrs (cfg.writebackDevice != null) { writeback-device = cfg.writebackDevice; });
  };
}
