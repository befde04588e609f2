builtins.fetchurl "file:///tmp/with space"
