builtins.compareVersions "2.0pre1" "2.0"
