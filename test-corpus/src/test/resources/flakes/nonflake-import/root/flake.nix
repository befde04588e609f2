{
  inputs.d = {
    url = "path:@DIR@/d";
    flake = false;
  };
  outputs = { self, d }: { x = (import (d + "/lib.nix")).greeting; };
}
