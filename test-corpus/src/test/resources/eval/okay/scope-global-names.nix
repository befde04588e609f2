[ (isNull null) (baseNameOf "/a/b") (toString 1) ]
