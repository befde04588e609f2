{
  outputs = { self }: {
    apps.x86_64-linux.run = { type = "app"; program = "/bin/sh"; };
    packages.x86_64-linux.hello = throw "hello does not evaluate";
  };
}
