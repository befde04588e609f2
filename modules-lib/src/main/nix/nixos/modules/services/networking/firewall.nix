# networking.firewall: the packet filter.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  # Ports are kept sorted and without repetitions.
  canonicalPorts = ports: lib.unique (builtins.sort builtins.lessThan ports);
  portRange = types.submodule {
    options.from = mkOption { type = types.port; description = "The first port of the range."; };
    options.to = mkOption { type = types.port; description = "The last port of the range."; };
  };
in
{
  options.networking.firewall = {
    enable = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the firewall is on: it refuses incoming connections not explicitly allowed.";
    };
    allowedTCPPorts = mkOption {
      type = types.listOf types.port;
      default = [ ];
      apply = canonicalPorts;
      example = [ 22 80 ];
      description = "TCP ports open to incoming connections.";
    };
    allowedUDPPorts = mkOption {
      type = types.listOf types.port;
      default = [ ];
      apply = canonicalPorts;
      example = [ 53 ];
      description = "UDP ports open to incoming packets.";
    };
    allowedTCPPortRanges = mkOption {
      type = types.listOf portRange;
      default = [ ];
      description = "Ranges of open TCP ports.";
    };
    allowedUDPPortRanges = mkOption {
      type = types.listOf portRange;
      default = [ ];
      description = "Ranges of open UDP ports.";
    };
    allowPing = mkOption {
      type = types.bool;
      default = true;
      description = "Whether the machine answers ICMP echo requests.";
    };
    logRefusedConnections = mkOption {
      type = types.bool;
      default = true;
      description = "Whether refused connection attempts are logged.";
    };
    trustedInterfaces = mkOption {
      type = types.listOf types.str;
      default = [ ];
      description = "Interfaces whose traffic is always accepted.";
    };
  };
}
