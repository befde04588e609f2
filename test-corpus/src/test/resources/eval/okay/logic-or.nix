false || true
