let or = 1; in { inherit or; }
