{
  outputs = { self }: {
    apps.x86_64-linux.run = { type = "app"; program = "/bin/sh"; meta.description = "d"; args = [ ]; };
  };
}
