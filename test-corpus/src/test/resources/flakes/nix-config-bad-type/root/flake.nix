{
  nixConfig.sandbox = { };
  outputs = { self }: { x = 1; };
}
