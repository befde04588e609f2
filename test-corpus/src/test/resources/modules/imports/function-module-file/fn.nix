{ lib, ... }: { l = lib.mkBefore [ "from-function" ]; }
