package org.nixj.build.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.junit.jupiter.api.Test;

class UsersBuilderTest {
    @Test
    void passwordsAreSha512CryptWithAStableSaltPerUserAndPassword() {
        String hash = UsersBuilder.crypt("root", "secret");
        assertTrue(hash.matches("\\$6\\$[./0-9A-Za-z]{16}\\$[./0-9A-Za-z]{86}"), hash);
        assertEquals(hash, UsersBuilder.crypt("root", "secret"), "the same system gives the same image");
        assertEquals(hash, Sha2Crypt.sha512Crypt("secret".getBytes(), hash), "the hash verifies");
        assertTrue(!hash.equals(UsersBuilder.crypt("alice", "secret")), "two users with one password get two salts");
    }

    @Test
    void sysusersFieldsMayBeQuoted() {
        assertEquals(List.of("u", "systemd-network", "-", "systemd Network Management", "/", "-"),
                SysusersLine.fields("u systemd-network - \"systemd Network Management\" / -"));
        assertEquals(List.of("g", "input", "-"), SysusersLine.fields("g   input\t-"));
        assertEquals(List.of("u", "x", "1:2", ""), SysusersLine.fields("u x 1:2 \"\""));
    }
}
