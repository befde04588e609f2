e: { inherit ${e}; }
