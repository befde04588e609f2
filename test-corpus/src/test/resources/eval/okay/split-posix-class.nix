builtins.split "([[:upper:]]+)" " FOO "
