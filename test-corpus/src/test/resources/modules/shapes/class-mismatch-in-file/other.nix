{ _class = "darwin"; }
