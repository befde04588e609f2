"sub default"
