builtins.fetchTree { url = "file:///x"; }
