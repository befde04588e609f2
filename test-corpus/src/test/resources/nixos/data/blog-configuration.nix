# configuration.nix of the blog post "Building custom NixOS ISOs" (seed 002).
{ pkgs, ... }: {
  nix.extraOptions = "experimental-features = nix-command flakes";

  programs.fish.enable = true;
  users.defaultUserShell = pkgs.fish;
}
