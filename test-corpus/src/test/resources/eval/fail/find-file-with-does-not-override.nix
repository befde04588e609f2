# A with cannot give __findFile: the global one (the builtin findFile) is found first, as for every global.
with { __findFile = _: name: "found ${name}"; }; <anything>
