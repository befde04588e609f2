{
  outputs = { self }: { x = self._type or "no _type"; };
}
