{
  inputs.deeper.url = "./deeper";
  outputs = { self, deeper }: { y = 41 + deeper.z; };
}
