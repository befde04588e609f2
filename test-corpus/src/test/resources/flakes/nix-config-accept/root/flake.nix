{
  nixConfig = {
    extra-substituters = [ "https://cache.example.org" ];
    bash-prompt = "nixj> ";
    max-jobs = 4;
  };
  outputs = { self }: { x = 1; };
}
