{
  outputs = { self }: {
    packages.x86_64-linux.hello = throw "hello does not evaluate";
  };
}
