a-b': c_d-e: a-b'
