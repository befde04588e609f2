{
  outputs = { self }: {
    apps.x86_64-linux.run = { program = "/bin/sh"; };
  };
}
