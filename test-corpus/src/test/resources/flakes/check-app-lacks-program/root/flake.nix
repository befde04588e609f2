{
  outputs = { self }: {
    apps.x86_64-linux.run = { type = "app"; meta.description = "d"; };
  };
}
