# hosts/iso/rescue/default.nix of the nix-wire guide (seed 003), first example.
{ pkgs, inputs, ... }:
{
  imports = [ inputs.self.nixosModules.default ];

  environment.systemPackages = with pkgs; [ git disko ];

  networking.networkmanager.enable = true;

  services.openssh = {
    enable = true;
    settings.PermitRootLogin = "yes";
  };
}
