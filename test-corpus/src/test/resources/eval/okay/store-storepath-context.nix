builtins.getContext (builtins.storePath "/nix/store/f37kxm5wf98b2s839zaiybv38zil0s40-a")
