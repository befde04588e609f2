[ ../data /x ]
