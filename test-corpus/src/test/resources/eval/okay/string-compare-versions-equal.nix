builtins.compareVersions "1.0" "1.0"
