# The manual's command (seed 000) with a relative path in -I nixos-config=..., resolved from the working
# directory (here the test-corpus module).
{ nixpkgs }:
(import (nixpkgs + "/nixos") { system = "x86_64-linux"; }).config.isoImage.volumeID
