"built without sandbox"
