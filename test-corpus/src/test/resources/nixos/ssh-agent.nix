# programs.ssh.startAgent: a user service runs ssh-agent at $XDG_RUNTIME_DIR/ssh-agent (timeout and PKCS#11
# patterns as options), written whole over Debian's X-session unit of that name; login shells set
# SSH_AUTH_SOCK when nothing else did. With gnupg's SSH support it is refused.
{ nixpkgs }:
let
  n = import ./data/nixos.nix nixpkgs;
  c = n.config [ n.machine { programs.ssh = { startAgent = true; agentTimeout = "1h"; }; } ];
  both = n.config [ n.machine { programs.ssh.startAgent = true; programs.gnupg.agent = { enable = true; enableSSHSupport = true; }; } ];
  failed = config: map (a: a.message) (builtins.filter (a: !a.assertion) config.assertions);
  storeless = builtins.replaceStrings [ builtins.storeDir ] [ "<store>" ];
in
{
  service = storeless c.systemd.user.units."ssh-agent.service".text;
  entry = builtins.filter (e: e.path == "ssh-agent.service" || e.path == "default.target.wants/ssh-agent.service")
    (map (e: { inherit (e) path; dropin = e.ifExists.path or null; }) c.environment.etc."systemd/user".source.entries);
  extraInit = c.environment.extraInit;
  off = (n.config [ n.machine ]).systemd.user.services ? ssh-agent;
  conflict = failed both;
}
