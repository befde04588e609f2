# A copy of NixOS and nixpkgs on the installation medium, so that installing needs no download of them.
{ config, lib, ... }:
{
  options.system.installer.channel.enable = lib.mkEnableOption "bundling NixOS/Nixpkgs channel in the installer" // {
    default = true;
  };
}
