# lib.generators: key-value, INI and git-config text, JSON/YAML, and toPretty (the module system prints
# definition values with it).
{ lib }:
with lib;
{
  mkValueStringDefault-scalars = {
    expr = map (generators.mkValueStringDefault { }) [ 1 "s" true false null 0.25 ];
    expected = [ "1" "s" "true" "false" "null" "0.250000" ];
  };
  mkKeyValueDefault-escapes-sep = { expr = generators.mkKeyValueDefault { } "=" "a=b" 1; expected = "a\\=b=1"; };
  mkKeyValueDefault-custom-value = {
    expr = generators.mkKeyValueDefault { mkValueString = v: "<${toString v}>"; } ": " "k" 2;
    expected = "k: <2>";
  };
  toKeyValue-lines = { expr = generators.toKeyValue { } { b = "x"; a = 1; }; expected = "a=1\nb=x\n"; };
  toKeyValue-duplicate-keys = {
    expr = generators.toKeyValue { listsAsDuplicateKeys = true; } { k = [ 1 2 ]; };
    expected = "k=1\nk=2\n";
  };
  toKeyValue-indent = { expr = generators.toKeyValue { indent = "  "; } { a = true; }; expected = "  a=true\n"; };
  toKeyValue-custom-separator = {
    expr = generators.toKeyValue { mkKeyValue = generators.mkKeyValueDefault { } " = "; } { a = 1; };
    expected = "a = 1\n";
  };
  toINI-sections = {
    expr = generators.toINI { } { foo = { hi = "x"; n = 1; }; "b[ar]" = { t = true; }; };
    expected = "[b\\[ar\\]]\nt=true\n\n[foo]\nhi=x\nn=1\n";
  };
  toINI-empty = { expr = generators.toINI { } { }; expected = ""; };
  toINI-custom-section-name = {
    expr = generators.toINI { mkSectionName = toUpper; } { s = { a = 1; }; };
    expected = "[S]\na=1\n";
  };
  toINI-duplicate-keys = {
    expr = generators.toINI { listsAsDuplicateKeys = true; } { s = { a = [ "x" "y" ]; }; };
    expected = "[s]\na=x\na=y\n";
  };
  toINIWithGlobalSection-both = {
    expr = generators.toINIWithGlobalSection { } { globalSection = { g = 1; }; sections = { s = { a = 2; }; }; };
    expected = "g=1\n\n[s]\na=2\n";
  };
  toINIWithGlobalSection-no-global = {
    expr = generators.toINIWithGlobalSection { } { globalSection = { }; sections = { s = { a = 2; }; }; };
    expected = "[s]\na=2\n";
  };
  toGitINI-sections-and-subsections = {
    expr = generators.toGitINI { user = { name = "N"; }; remote.origin.url = "git@x:y"; core.bare = false; };
    expected = "[core]\n\tbare = false\n\n[remote \"origin\"]\n\turl = \"git@x:y\"\n\n[user]\n\tname = \"N\"\n";
  };
  toGitINI-escapes-strings = {
    expr = generators.toGitINI { alias = { l = "log \"x\"\t\\"; }; };
    expected = "[alias]\n\tl = \"log \\\"x\\\"\\t\\\\\"\n";
  };
  toGitINI-lists = {
    expr = generators.toGitINI { url."https://a/".insteadOf = [ "a:" "b:" ]; };
    expected = "[url \"https://a/\"]\n\tinsteadOf = \"a:\"\n\tinsteadOf = \"b:\"\n";
  };
  toJSON-builtin = { expr = generators.toJSON { } { a = [ 1 null ]; }; expected = "{\"a\":[1,null]}"; };
  toYAML-is-json = { expr = generators.toYAML { } [ "x" ]; expected = "[\"x\"]"; };
  toPretty-int-float = { expr = map (generators.toPretty { }) [ 1 (-2) 1.5 ]; expected = [ "1" "-2" "1.5" ]; };
  toPretty-string-escapes = { expr = generators.toPretty { } "a\"b\\c\${d}"; expected = "\"a\\\"b\\\\c\\\${d}\""; };
  toPretty-multiline-string = { expr = generators.toPretty { } "a\nb"; expected = "''\n  a\n  b''"; };
  toPretty-multiline-trailing-newline = { expr = generators.toPretty { } "a\nb\n"; expected = "''\n  a\n  b\n''"; };
  toPretty-multiline-escapes = { expr = generators.toPretty { } "''\n\${x}"; expected = "''\n  '''\n  ''\${x}''"; };
  toPretty-singleline-newline = { expr = generators.toPretty { multiline = false; } "a\nb"; expected = "\"a\\nb\""; };
  toPretty-bool-null-path = { expr = map (generators.toPretty { }) [ true false null /x/y ]; expected = [ "true" "false" "null" "/x/y" ]; };
  toPretty-list = { expr = generators.toPretty { } [ 1 [ 2 ] [ ] ]; expected = "[\n  1\n  [\n    2\n  ]\n  [ ]\n]"; };
  toPretty-list-single-line = { expr = generators.toPretty { multiline = false; } [ 1 [ 2 ] ]; expected = "[ 1 [ 2 ] ]"; };
  toPretty-attrs = { expr = generators.toPretty { } { b = 1; a = { }; "x y" = "z"; }; expected = "{\n  a = { };\n  b = 1;\n  \"x y\" = \"z\";\n}"; };
  toPretty-attrs-single-line = { expr = generators.toPretty { multiline = false; } { a = 1; b = [ ]; }; expected = "{ a = 1; b = [ ]; }"; };
  toPretty-indent = { expr = generators.toPretty { indent = "    "; } [ 1 ]; expected = "[\n      1\n    ]"; };
  toPretty-functions = {
    expr = map (generators.toPretty { }) [ (x: x) ({ a, b ? 1 }: a) builtins.add ];
    expected = [ "<function>" "<function, args: {a, b?}>" "<function>" ];
  };
  toPretty-derivation = { expr = generators.toPretty { } { type = "derivation"; name = "hello-1"; }; expected = "<derivation hello-1>"; };
  toPretty-derivation-unnamed = { expr = generators.toPretty { } { type = "derivation"; }; expected = "<derivation ???>"; };
  toPretty-pretty-values = {
    expr = generators.toPretty { allowPrettyValues = true; } { __pretty = v: "<<${toString v}>>"; val = 3; };
    expected = "<<3>>";
  };
  toPretty-pretty-values-off = {
    expr = generators.toPretty { multiline = false; } { __pretty = 1; val = 2; };
    expected = "{ __pretty = 1; val = 2; }";
  };
  withRecursion-cuts = {
    expr = generators.withRecursion { depthLimit = 1; throwOnDepthLimit = false; } { a = { b = { c = 1; }; }; };
    expected = { a = { b = "<unevaluated>"; }; };
  };
  withRecursion-throws = {
    expr = generators.withRecursion { depthLimit = 1; } { a = { b = { c = 1; }; }; };
    throws = true;
  };
  withRecursion-shallow-values = {
    expr = generators.withRecursion { depthLimit = 3; } { a = [ 1 "x" ]; };
    expected = { a = [ 1 "x" ]; };
  };
  toPretty-functor-args = { expr = generators.toPretty { } (setFunctionArgs (x: x) { a = false; b = true; }); expected = "<function, args: {a, b?}>"; };
  toPretty-nested-multiline-string = { expr = generators.toPretty { } { s = "x\ny"; }; expected = "{\n  s = ''\n    x\n    y'';\n}"; };
  withRecursion-cyclic-value = {
    expr = let self = { n = 1; next = self; }; in
      generators.toPretty { multiline = false; } (generators.withRecursion { depthLimit = 2; throwOnDepthLimit = false; } self);
    expected = "{ n = 1; next = { n = \"<unevaluated>\"; next = { n = \"<unevaluated>\"; next = \"<unevaluated>\"; }; }; }";
  };
  withRecursion-keeps-functors = {
    expr = let f = { __functor = self: { x, y ? 0 }: x; }; in
      generators.toPretty { multiline = false; } (generators.withRecursion { depthLimit = 1; throwOnDepthLimit = false; } { f = f; s = "x"; });
    expected = "{ f = <function, args: {x, y?}>; s = \"<unevaluated>\"; }";
  };
}
