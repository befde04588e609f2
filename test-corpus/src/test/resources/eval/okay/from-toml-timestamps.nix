# With the parse-toml-timestamps experimental feature, dates and times become { _type = "timestamp"; value; }
# with the text current Nix gives them: upper-case T, seconds always, fractions in 3, 6 or 9 digits, Z for +00:00.
builtins.fromTOML ''
  odt1 = 1979-05-27T07:32:00Z
  odt2 = 1979-05-27T00:32:00-07:00
  odt3 = 1979-05-27T00:32:00.999999-07:00
  odt4 = 1979-05-27 07:32:00Z
  odt5 = 1979-05-27t07:32:00.5+00:00
  ldt1 = 1979-05-27T07:32:00
  ldt2 = 1979-05-27T00:32:00.999999
  ldt3 = 1979-05-27T00:32:00.1234567891
  ld1 = 1979-05-27
  lt1 = 07:32:00
  lt2 = 00:32:00.999999
  lt3 = 00:32:00.000
  nested = [ { at = 2000-01-01 } ]
''
