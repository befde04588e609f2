{
  outputs = { self }: { x = [ (builtins.pathExists ./tracked.txt) (builtins.pathExists ./untracked.txt) ]; };
}
