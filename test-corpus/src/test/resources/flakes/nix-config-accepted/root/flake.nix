{
  nixConfig = { };
  outputs = { self }: { x = "nixConfig is allowed"; };
}
