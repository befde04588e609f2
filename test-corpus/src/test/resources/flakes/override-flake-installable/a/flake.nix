{
  outputs = { self }: { x = "an installable through the override"; };
}
