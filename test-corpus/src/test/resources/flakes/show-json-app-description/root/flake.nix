{
  outputs = { self }: {
    apps.x86_64-linux.described = { type = "app"; program = "/bin/sh"; meta.description = "a described app"; };
    apps.x86_64-linux.plain = { type = "app"; program = "/bin/sh"; };
    packages.x86_64-linux.nodesc = { type = "derivation"; name = "nodesc"; };
  };
}
