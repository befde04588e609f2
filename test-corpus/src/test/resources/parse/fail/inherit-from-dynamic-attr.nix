x: e: { inherit (x) ${e}; }
