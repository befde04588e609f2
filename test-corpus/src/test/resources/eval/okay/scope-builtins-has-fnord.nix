builtins ? fnord
