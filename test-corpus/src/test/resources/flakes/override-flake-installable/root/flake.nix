# The working directory of the case: the installable names a flake through the registry, not this one.
{ outputs = { self }: { }; }
