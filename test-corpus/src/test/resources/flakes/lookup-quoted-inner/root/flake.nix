{
  outputs = { self }: { x."y.z".w = "deep"; };
}
