# What system.build.* holds for a thing nixj cannot build yet: an attribute set shaped like a derivation
# (`type`, `name`, passthru attributes) whose store paths throw, saying so, when something needs them.
# `dependsOn` is evaluated first, so that a broken configuration reports its own error (NixOS's failed
# assertions) rather than this one.
{ name, what, dependsOn ? null, passthru ? { } }:
let
  notYet = builtins.seq dependsOn (throw "nixj cannot build ${what} yet (${name}); the configuration evaluates, building comes later");
  self = passthru // {
    type = "derivation";
    inherit name;
    outputs = [ "out" ];
    outputName = "out";
    drvPath = notYet;
    outPath = notYet;
    out = self;
    meta = { };
  };
in
self
