{
  outputs = { self }: {
    templates.basic = { path = ./.; };
  };
}
