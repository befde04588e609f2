toString { __toString = self: "me:${self.n}"; n = "1"; }
