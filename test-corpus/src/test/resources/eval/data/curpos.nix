{ pos = __curPos; }
