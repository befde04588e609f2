builtins.compareVersions "1.a" "1.1"
