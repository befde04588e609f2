x: x ✓
