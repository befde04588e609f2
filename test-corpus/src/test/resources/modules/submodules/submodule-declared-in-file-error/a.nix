{ s.z = "three"; }
