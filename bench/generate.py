#!/usr/bin/env python3
"""Generates the Nix files for the parse-throughput benchmark (bench/parse-throughput.sh).

    python3 bench/generate.py OUTDIR [--synthetic-mb 20] [--realworld-mb 6] [--seed 2024]

writes OUTDIR/synthetic.nix and OUTDIR/realworld.nix.  Output is deterministic: the same seed and sizes
give the same bytes (only random.Random(seed) and lists are used, never set or dict iteration over
hashed strings).

synthetic.nix  -- ~20 MB of every construct, mixed: nested attrsets (plain, rec, dotted and dynamic
                  names), let, lambdas (plain, formals with defaults and ellipsis, @-patterns), lists,
                  strings with escapes and interpolation, indented strings, paths (relative, absolute,
                  home, <search>, interpolated), URIs, every operator, if/assert/with/inherit, `or`,
                  comments.  Every variable is bound, so `nix-instantiate --parse` accepts it.

realworld.nix  -- shaped like a big NixOS module glued to nixpkgs' all-packages.nix:
                  `{ config, lib, pkgs, ... }: with lib; let ... in { options = ...; config = mkMerge
                  [ (mkIf ...) ... ]; packages = { foo = callPackage ../by-name/foo { }; ... }; }`
                  with mkOption/mkEnableOption/types.*, long ''description'' strings, systemd units,
                  meta blocks, comments.
"""

import argparse
import os
import random
import sys

KEYWORDS = {"if", "then", "else", "assert", "with", "let", "in", "rec", "inherit", "or"}

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma "
         "tau upsilon phi chi psi omega foo bar baz qux quux corge grault garply waldo fred plugh xyzzy "
         "thud src out dev lib bin doc man info name version pname meta owner repo rev hash sha256 "
         "enable port user group package settings extra config path file dir host addr service unit "
         "timer socket target wants after before requires script preStart postStart environment "
         "description homepage license maintainers platforms broken patches buildInputs "
         "nativeBuildInputs propagatedBuildInputs configureFlags makeFlags installPhase checkPhase "
         "doCheck outputs passthru tests update").split()

# Names Nix binds in its base environment; the generator may use them anywhere.
BUILTIN_VALUES = ["true", "false", "null"]
BUILTIN_FUNS = ["map", "toString", "import", "baseNameOf", "dirOf", "isNull", "removeAttrs",
                "throw", "abort", "builtins.length", "builtins.attrNames", "builtins.head",
                "builtins.filter", "builtins.concatStringsSep", "builtins.elem"]

TEXT_WORDS = ("the quick brown fox jumps over lazy dog this option sets value used by service when "
              "enabled see manual for details default is chosen so that most systems work out of box "
              "note that changing it requires restart of unit").split()


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.counter = 0

    # ---- names -------------------------------------------------------------------------------------
    def fresh(self, prefix=None):
        self.counter += 1
        base = prefix or self.r.choice(WORDS)
        return f"{base}{self.counter}" if self.r.random() < 0.7 else f"{base}_{self.counter}"

    def attr_name(self, taken):
        while True:
            n = self.r.choice(WORDS)
            if self.r.random() < 0.5:
                n = n + str(self.r.randrange(100))
            if self.r.random() < 0.1:
                n = n + "-" + self.r.choice(WORDS)  # dashes are fine in identifiers
            if n not in taken and n not in KEYWORDS:
                taken.append(n)
                return n

    def text(self, lo, hi):
        return " ".join(self.r.choice(TEXT_WORDS) for _ in range(self.r.randint(lo, hi)))

    # ---- leaves ------------------------------------------------------------------------------------
    def var(self, scope):
        if scope and self.r.random() < 0.85:
            return self.r.choice(scope)
        return self.r.choice(BUILTIN_VALUES)

    def number(self):
        k = self.r.random()
        if k < 0.7:
            return str(self.r.randrange(100000))
        return self.r.choice(["0.5", "1.25", "3.14159", "2.0e3", "1.0e-3", "100.0", "0.001", "42.42"])

    def string(self, scope, depth):
        parts = []
        for _ in range(self.r.randint(1, 4)):
            k = self.r.random()
            if k < 0.55:
                parts.append(self.text(1, 5))
            elif k < 0.7:
                parts.append(self.r.choice(["\\n", "\\t", "\\\"", "\\\\", "\\${not}", "$", "100$ ", "\\r"]))
            else:
                parts.append("${" + self.expr(scope, min(depth, 1)) + "}")
        return '"' + " ".join(parts) + '"'

    def indented(self, scope, depth, indent):
        pad = " " * (indent + 2)
        lines = []
        for _ in range(self.r.randint(1, 6)):
            k = self.r.random()
            extra = " " * self.r.choice([0, 0, 2, 4])
            if k < 0.6:
                lines.append(pad + extra + self.text(2, 9))
            elif k < 0.75:
                lines.append(pad + extra + "echo ''${HOME} '''quoted''' ''\\t and $out")
            elif k < 0.8:
                lines.append("")
            else:
                lines.append(pad + extra + self.text(1, 3) + " ${" + self.expr(scope, min(depth, 1)) + "} "
                             + self.text(0, 3))
        return "''\n" + "\n".join(lines) + "\n" + " " * indent + "''"

    def path(self, scope, depth):
        k = self.r.random()
        seg = lambda: self.r.choice(WORDS)  # noqa: E731
        if k < 0.4:
            return "./" + "/".join(seg() for _ in range(self.r.randint(1, 3))) + self.r.choice(["", ".nix", ".sh"])
        if k < 0.55:
            return "../" + seg() + "/" + seg() + ".nix"
        if k < 0.7:
            return "/etc/" + seg() + "/" + seg() + ".conf"
        if k < 0.75:
            return "~/." + seg() + "rc"
        if k < 0.85:
            return "<nixpkgs" + self.r.choice(["", "/lib", "/pkgs/top-level"]) + ">"
        if k < 0.93:
            return "./" + seg() + "/${" + self.var(scope) + "}.nix"
        return self.r.choice(["https://example.org/", "http://mirror.example.com/pub/", "mirror://gnu/"]) + \
            seg() + "-" + str(self.r.randrange(10)) + "." + str(self.r.randrange(20)) + ".tar.gz"

    # ---- compound ----------------------------------------------------------------------------------
    def expr(self, scope, depth, indent=0):
        """An expression whose free variables are all in scope (or builtins)."""
        r = self.r
        if depth <= 0:
            k = r.random()
            if k < 0.35:
                return self.var(scope)
            if k < 0.55:
                return self.number()
            if k < 0.75:
                return self.string(scope, 0)
            if k < 0.85:
                return self.path(scope, 0)
            if k < 0.92:
                return self.var(scope) + "." + r.choice(WORDS)
            return "[ ]" if k < 0.96 else "{ }"
        k = r.random()
        d = depth - 1
        if k < 0.17:
            return self.attrset(scope, d, indent)
        if k < 0.27:
            return self.let(scope, d, indent)
        if k < 0.37:
            return self.lam(scope, d, indent)
        if k < 0.47:
            return self.lst(scope, d, indent)
        if k < 0.62:
            return self.binop(scope, d, indent)
        if k < 0.68:
            return self.app(scope, d, indent)
        if k < 0.72:
            return "if " + self.expr(scope, d, indent) + " then " + self.expr(scope, d, indent) + \
                " else " + self.expr(scope, d, indent)
        if k < 0.75:
            return "assert " + self.expr(scope, 0) + " " + r.choice(["==", "!=", "||"]) + " " + \
                self.expr(scope, 0) + "; " + self.expr(scope, d, indent)
        if k < 0.79:
            inner = scope + ["length", "head", "attrNames", "concatStringsSep", "elem"]
            return "with builtins; " + self.expr(inner, d, indent)
        if k < 0.84:
            base = self.var(scope)
            sel = base + "." + ".".join(r.choice(WORDS) for _ in range(r.randint(1, 3)))
            if r.random() < 0.5:
                sel += " or " + self.expr(scope, 0)
            return sel
        if k < 0.88:
            return self.indented(scope, d, indent)
        if k < 0.92:
            return self.string(scope, d)
        if k < 0.95:
            return "(" + self.expr(scope, d, indent) + ")"
        if k < 0.97:
            return "/* " + self.text(2, 6) + " */ " + self.expr(scope, d, indent)
        return self.path(scope, d)

    def binop(self, scope, d, indent):
        r = self.r
        k = r.random()
        a = lambda: self.expr(scope, d, indent)  # noqa: E731
        if k < 0.08:
            return "!" + self.expr(scope, 0)
        if k < 0.14:
            return "-" + self.expr(scope, 0)
        if k < 0.22:
            return self.expr(scope, 0) + " ? " + r.choice(WORDS) + ("." + r.choice(WORDS) if r.random() < 0.3 else "")
        op = r.choice(["+", "-", "*", "/", "++", "//", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "->",
                       "+", "++", "//", "&&"])
        # non-associative operators take exactly two operands
        n = 2 if op in ("==", "!=", "<", "<=", ">", ">=") else r.randint(2, 4)
        # operands are parenthesised unless atomic: `a + if ...` or `a + x: x` do not parse
        return (" " + op + " ").join(self.wrap(a()) if i == 0 or r.random() < 0.4 else self.expr(scope, 0)
                                     for i in range(n))

    def app(self, scope, d, indent):
        r = self.r
        f = r.choice(BUILTIN_FUNS) if r.random() < 0.5 or not scope else self.var(scope)
        args = " ".join(self.wrap(self.expr(scope, max(d - 1, 0), indent)) for _ in range(r.randint(1, 3)))
        return f + " " + args

    def wrap(self, e):
        # arguments of an application must be simple terms; parenthesise everything
        return "(" + e + ")"

    def binding_block(self, names_scope, d, indent, allow_dynamic, value_scope, for_let=False):
        """Bindings for an attrset or let: returns (lines, bound names)."""
        r = self.r
        taken = []
        lines = []
        pad = " " * (indent + 2)
        for _ in range(r.randint(1, 6)):
            k = r.random()
            if k < 0.12 and value_scope:
                # inherit from scope (names must not clash with other bindings)
                cands = [v for v in value_scope if v not in taken and "." not in v]
                picks = []
                for _ in range(r.randint(1, 3)):
                    if cands:
                        c = r.choice(cands)
                        if c not in picks:
                            picks.append(c)
                if picks:
                    taken.extend(picks)
                    lines.append(pad + "inherit " + " ".join(picks) + ";")
                continue
            if k < 0.2:
                src = self.var(value_scope) if value_scope else "builtins"
                picks = [self.attr_name(taken) for _ in range(r.randint(1, 3))]
                lines.append(pad + "inherit (" + src + ") " + " ".join(picks) + ";")
                continue
            if k < 0.27 and allow_dynamic:
                lines.append(pad + "${" + self.var(value_scope) + "} = " + self.expr(value_scope, 0) + ";")
                continue
            if k < 0.33 and not for_let:
                name = self.attr_name(taken)
                lines.append(pad + '"' + name + '-quoted" = ' + self.expr(value_scope, 0) + ";")
                continue
            name = self.attr_name(taken)
            lhs = name
            if k < 0.45 and not for_let:
                lhs = name + "." + r.choice(WORDS) + ("." + r.choice(WORDS) if r.random() < 0.4 else "")
            comment = ("  # " + self.text(2, 5)) if r.random() < 0.08 else ""
            lines.append(pad + lhs + " = " + self.expr(value_scope, d, indent + 2) + ";" + comment)
        return lines, taken

    def attrset(self, scope, d, indent):
        r = self.r
        is_rec = r.random() < 0.2
        if is_rec:
            # pick the names first, so that the values may refer to them
            taken = []
            names = [self.attr_name(taken) for _ in range(r.randint(1, 5))]
            inner = scope + names
            pad = " " * (indent + 2)
            lines = [pad + n + " = " + self.expr(inner, d, indent + 2) + ";" for n in names]
            cands = [v for v in scope if v not in taken]
            if cands and r.random() < 0.4:
                lines.append(pad + "inherit " + r.choice(cands) + ";")
            return "rec {\n" + "\n".join(lines) + "\n" + " " * indent + "}"
        lines, _ = self.binding_block(scope, d, indent, True, scope)
        return "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"

    def let(self, scope, d, indent):
        r = self.r
        names = [self.fresh() for _ in range(r.randint(1, 4))]
        inner = scope + names
        pad = " " * (indent + 2)
        lines = [pad + n + " = " + self.expr(inner, d, indent + 2) + ";" for n in names]
        if r.random() < 0.3 and scope:
            cands = [v for v in scope if "." not in v and v not in names]
            if cands:
                lines.append(pad + "inherit " + r.choice(cands) + ";")
        return "let\n" + "\n".join(lines) + "\n" + " " * indent + "in " + self.expr(inner, d, indent)

    def lam(self, scope, d, indent):
        r = self.r
        k = r.random()
        if k < 0.4:
            x = self.fresh("x")
            return x + ": " + self.expr(scope + [x], d, indent)
        formals = [self.fresh("arg") for _ in range(r.randint(1, 5))]
        parts = []
        for i, f in enumerate(formals):
            if r.random() < 0.4:
                dflt = self.expr(scope + formals, 0)
                # a URI would swallow the following comma
                parts.append(f + " ? " + ("(" + dflt + ")" if "://" in dflt else dflt))
            else:
                parts.append(f)
        if r.random() < 0.5:
            parts.append("...")
        pat = "{ " + ", ".join(parts) + " }"
        bound = scope + formals
        if r.random() < 0.3:
            at = self.fresh("args")
            bound = bound + [at]
            pat = pat + "@" + at if r.random() < 0.5 else at + "@" + pat
        return pat + ": " + self.expr(bound, d, indent)

    def lst(self, scope, d, indent):
        r = self.r
        items = [self.wrap(self.expr(scope, d, indent)) if r.random() < 0.5 else self.expr(scope, 0)
                 for _ in range(r.randint(0, 6))]
        return "[ " + " ".join(items) + " ]"


def synthetic(rng, target_bytes):
    g = Gen(rng)
    out = []
    size = 0
    header = """# Generated by bench/generate.py: a synthetic file mixing every Nix construct.
let
  lib = import <nixpkgs/lib>;
  helper = { a, b ? 2, ... }@args: a + b;
  compose = f: g: x: f (g x);
  emptySet = { };
  version = "1.2.3";
  pkgs = { hello = ./hello; world = rec { a = 1; b = a + 1; }; };
"""
    out.append(header)
    size += len(header)
    globals_ = ["lib", "helper", "compose", "emptySet", "version", "pkgs"]
    groups = []
    gi = 0
    while size < target_bytes:
        gname = f"group{gi}"
        gi += 1
        lines = [f"  {gname} = let\n"]
        locals_ = []
        for _ in range(rng.randint(20, 60)):
            n = g.fresh("v")
            scope = globals_ + locals_[-8:] + [n]
            lines.append(f"    {n} = {g.expr(scope, rng.randint(3, 6), 4)};\n")
            locals_.append(n)
        lines.append("  in {\n")
        lines.append("    inherit " + " ".join(locals_[:5]) + ";\n")
        lines.append("    all = [ " + " ".join(locals_) + " ];\n")
        lines.append("  };\n")
        chunk = "".join(lines)
        out.append(chunk)
        size += len(chunk)
        groups.append(gname)
    out.append("in {\n  inherit " + " ".join(groups) + ";\n  meta = { inherit version; };\n}\n")
    return "".join(out)


# ---- real-world-shaped file --------------------------------------------------------------------------

OPTION_TYPES = ["types.bool", "types.str", "types.int", "types.port", "types.path", "types.package",
                "types.lines", "(types.listOf types.str)", "(types.attrsOf types.str)",
                "(types.nullOr types.str)", "(types.enum [ \"info\" \"debug\" \"warn\" ])",
                "(types.submodule { options.name = mkOption { type = types.str; }; })",
                "types.attrs", "(types.either types.str (types.listOf types.str))"]


def realworld(rng, target_bytes):
    g = Gen(rng)
    out = []
    out.append("""# Generated by bench/generate.py: shaped like a large NixOS module plus nixpkgs' all-packages.nix.
{ config, lib, pkgs, options, noSysDirs ? true, ... }:

with lib;

let
  cfg = config.services;
  inherit (pkgs) stdenv fetchurl fetchFromGitHub callPackage writeShellScript;
  inherit (lib) mkIf mkMerge mkOption mkEnableOption mkDefault mkForce types literalExpression;
  settingsFormat = pkgs.formats.toml { };
  /* Helpers used all over the file. */
  mkService = name: { description, script ? "", after ? [ "network.target" ], ... }@args: {
    inherit description script after;
    wantedBy = [ "multi-user.target" ];
    serviceConfig = {
      DynamicUser = true;
      StateDirectory = name;
      Restart = "on-failure";
    } // (args.serviceConfig or { });
  };
in
{
""")
    size = sum(len(s) for s in out)
    services = []
    pkgnames = []
    # roughly: 35% options, 30% config, 35% packages
    opt_lines = ["  options.services = {\n"]
    cfg_lines = ["  config = mkMerge [\n"]
    pkg_lines = ["  packages = {\n"]
    i = 0
    while size < target_bytes:
        name = f"{rng.choice(WORDS)}-{rng.choice(WORDS)}{i}"
        attr = f"{rng.choice(WORDS)}{i}"
        i += 1
        chunk_opt = []
        chunk_opt.append(f"    {attr} = {{\n")
        chunk_opt.append(f"      enable = mkEnableOption \"the {name} service\";\n")
        chunk_opt.append(f"      package = mkOption {{\n        type = types.package;\n"
                         f"        default = pkgs.{attr};\n"
                         f"        defaultText = literalExpression \"pkgs.{attr}\";\n"
                         f"        description = \"The {name} package to use.\";\n      }};\n")
        for _ in range(rng.randint(2, 6)):
            on = rng.choice(WORDS) + str(rng.randrange(50))
            ty = rng.choice(OPTION_TYPES)
            dflt = rng.choice(["true", "false", "null", "8080", "\"/var/lib/" + name + "\"", "[ ]", "{ }",
                               "\"info\"", f"cfg.{attr}.port or 80", "[ \"--verbose\" \"--color=auto\" ]"])
            desc = g.text(8, 30)
            example = (f"        example = literalExpression ''\n          {{\n            {on} = \"{rng.choice(WORDS)}\";\n"
                       f"          }}\n        '';\n") if rng.random() < 0.3 else ""
            chunk_opt.append(f"      {on} = mkOption {{\n        type = {ty};\n        default = {dflt};\n{example}"
                             f"        description = ''\n          {desc}\n          {g.text(4, 20)}\n"
                             f"          See <link xlink:href=\"https://example.org/{name}\"/>.\n        '';\n      }};\n")
        chunk_opt.append("    };\n")
        opt_lines.extend(chunk_opt)

        args = rng.choice(["--port ${toString cfg.%s.port or 80}" % attr, "--config ${configFile}",
                           "--data-dir /var/lib/%s" % name, "${concatStringsSep \" \" cfg.%s.extraArgs or [ ]}" % attr])
        chunk_cfg = (
            f"    (mkIf cfg.{attr}.enable (let\n"
            f"      configFile = settingsFormat.generate \"{name}.toml\" (cfg.{attr}.settings or {{ }});\n"
            f"    in {{\n"
            f"      # {g.text(3, 10)}\n"
            f"      environment.systemPackages = [ cfg.{attr}.package ];\n"
            f"      users.users.{attr} = {{\n        isSystemUser = true;\n        group = \"{attr}\";\n"
            f"        home = \"/var/lib/{name}\";\n      }};\n"
            f"      users.groups.{attr} = {{ }};\n"
            f"      networking.firewall.allowedTCPPorts = lib.optional (cfg.{attr}.openFirewall or false) "
            f"(cfg.{attr}.port or 80);\n"
            f"      systemd.services.{attr} = mkService \"{name}\" {{\n"
            f"        description = \"{name} daemon\";\n"
            f"        after = [ \"network.target\" ] ++ optional config.networking.enableIPv6 \"network-online.target\";\n"
            f"        script = ''\n          set -euo pipefail\n          exec ${{cfg.{attr}.package}}/bin/{name} \\\n"
            f"            {args}\n        '';\n"
            f"        serviceConfig = {{\n          ExecReload = \"${{pkgs.coreutils}}/bin/kill -HUP $MAINPID\";\n"
            f"          LimitNOFILE = {rng.choice([1024, 4096, 65536])};\n"
            f"          ProtectSystem = \"strict\";\n        }};\n      }};\n"
            f"      assertions = [ {{\n        assertion = cfg.{attr}.enable -> config.networking.enable or true;\n"
            f"        message = \"services.{attr} needs networking\";\n      }} ];\n"
            f"    }}))\n")
        cfg_lines.append(chunk_cfg)

        # all-packages.nix style entries (several per service)
        chunk_pkg = []
        for j in range(rng.randint(3, 8)):
            pn = f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-{i}-{j}"
            k = rng.random()
            if k < 0.55:
                chunk_pkg.append(f"    {pn} = callPackage ../{rng.choice(['tools', 'development', 'servers', 'applications'])}"
                                 f"/{rng.choice(WORDS)}/{pn} {{ }};\n")
            elif k < 0.7:
                chunk_pkg.append(f"    {pn} = callPackage ../by-name/{pn[:2]}/{pn}/package.nix {{\n"
                                 f"      inherit (pkgs.darwin.apple_sdk.frameworks) Security CoreServices;\n"
                                 f"      {rng.choice(WORDS)} = pkgs.{rng.choice(WORDS)}_{rng.randrange(9)};\n    }};\n")
            elif k < 0.8:
                chunk_pkg.append(f"    {pn} = pkgs.{rng.choice(WORDS)}.override {{ withFeature = {rng.choice(['true', 'false'])}; }};\n")
            elif k < 0.9:
                chunk_pkg.append(
                    f"    {pn} = stdenv.mkDerivation rec {{\n      pname = \"{pn}\";\n      version = \"{rng.randrange(9)}.{rng.randrange(30)}\";\n"
                    f"      src = fetchurl {{\n        url = \"mirror://gnu/{pn}/${{pname}}-${{version}}.tar.gz\";\n"
                    f"        hash = \"sha256-{''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(43))}=\";\n      }};\n"
                    f"      nativeBuildInputs = with pkgs; [ pkg-config cmake ];\n"
                    f"      buildInputs = [ pkgs.zlib pkgs.openssl ] ++ lib.optionals stdenv.isDarwin [ pkgs.libiconv ];\n"
                    f"      meta = with lib; {{\n        description = \"{g.text(3, 8)}\";\n        homepage = \"https://example.org/{pn}\";\n"
                    f"        license = licenses.mit;\n        maintainers = with maintainers; [ alice bob ];\n"
                    f"        platforms = platforms.unix;\n      }};\n    }};\n")
            else:
                chunk_pkg.append(f"    {pn} = if noSysDirs then pkgs.{rng.choice(WORDS)} else "
                                 f"callPackage ./{rng.choice(WORDS)}.nix {{ inherit noSysDirs; }};  # {g.text(2, 6)}\n")
        pkg_lines.extend(chunk_pkg)
        size += sum(len(s) for s in chunk_opt) + len(chunk_cfg) + sum(len(s) for s in chunk_pkg)
    opt_lines.append("  };\n\n")
    cfg_lines.append("  ];\n\n")
    pkg_lines.append("  };\n}\n")
    return "".join(out + opt_lines + cfg_lines + pkg_lines)


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("outdir")
    p.add_argument("--synthetic-mb", type=float, default=20.0)
    p.add_argument("--realworld-mb", type=float, default=6.0)
    p.add_argument("--seed", type=int, default=2024)
    a = p.parse_args(argv)
    os.makedirs(a.outdir, exist_ok=True)
    for name, fn, mb, seed in (("synthetic.nix", synthetic, a.synthetic_mb, a.seed),
                               ("realworld.nix", realworld, a.realworld_mb, a.seed + 1)):
        text = fn(random.Random(seed), int(mb * 1024 * 1024))
        path = os.path.join(a.outdir, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"{path}: {len(text.encode('utf-8'))} bytes, {text.count(chr(10))} lines", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
