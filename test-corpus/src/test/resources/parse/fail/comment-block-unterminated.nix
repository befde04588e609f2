1 /* abc
