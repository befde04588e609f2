let
  a = ;
in a