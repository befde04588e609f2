/**
 * Builders of a NixOS system's own pieces that are more than files: {@code builtin:nixj-users} (the account
 * files of /etc from Debian's fixed ids, the packages' sysusers.d and the configuration's {@code users}).
 */
package org.nixj.build.system;
