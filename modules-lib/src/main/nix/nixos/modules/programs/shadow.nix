# The PAM services of the account tools (Debian's login and passwd packages: login, su, passwd, chsh, useradd,
# ...), as NixOS defines them: root needs no password for the administration tools, login opens a session,
# lets accounts without a password in (the installer's nixos user) and records the login.
{ ... }:
{
  security.pam.services = {
    chsh.rootOK = true;
    chfn.rootOK = true;
    su = { rootOK = true; forwardXAuth = true; logFailures = true; };
    passwd = { };
    # Not setuid: only root runs them, so PAM only has to let root in.
    useradd.rootOK = true;
    usermod.rootOK = true;
    userdel.rootOK = true;
    groupadd.rootOK = true;
    groupmod.rootOK = true;
    groupmems.rootOK = true;
    groupdel.rootOK = true;
    login = { startSession = true; allowNullPassword = true; showMotd = true; updateWtmp = true; };
    chpasswd.rootOK = true;
  };
}
