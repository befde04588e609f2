{
  inputs.sub.url = "path:./sub";
  outputs = { self, sub }: {
    x = { inherit (sub) y; deeper = sub.inputs.deeper.z; folder = baseNameOf sub.outPath; sameSource = sub.sourceInfo == self.sourceInfo; };
  };
}
