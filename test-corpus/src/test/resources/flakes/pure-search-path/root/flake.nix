{
  outputs = { self }: { x = import <nixpkgs>; };
}
