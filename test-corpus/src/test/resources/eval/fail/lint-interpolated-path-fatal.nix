let x = "b"; in foo/${x}
