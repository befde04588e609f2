/** abc
