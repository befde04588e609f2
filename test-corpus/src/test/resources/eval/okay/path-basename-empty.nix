baseNameOf ""
