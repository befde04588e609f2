null.a or "null has no attributes"
