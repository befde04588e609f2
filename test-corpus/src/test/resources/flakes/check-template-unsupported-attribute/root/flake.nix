{
  outputs = { self }: {
    templates.basic = { path = ./.; description = "d"; extra = 1; };
  };
}
