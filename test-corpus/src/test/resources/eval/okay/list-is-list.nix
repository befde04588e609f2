[ (builtins.isList [ ]) (builtins.isList { }) ]
