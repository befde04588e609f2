{
  outputs = { self }: {
    apps.x86_64-linux.bare = { type = "app"; program = "/bin/sh"; };
    apps.x86_64-linux.undescribed = { type = "app"; program = "/bin/sh"; meta = { }; };
  };
}
