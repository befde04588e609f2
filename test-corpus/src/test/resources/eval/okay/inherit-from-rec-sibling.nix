rec { s = { q = 3; }; inherit (s) q; r = q; }
