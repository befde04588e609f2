builtins.compareVersions "2.1" "2.0.9"
