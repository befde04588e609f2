{
  outputs = { self }: {
    templates.basic = { path = ./missing; description = "gone"; };
  };
}
