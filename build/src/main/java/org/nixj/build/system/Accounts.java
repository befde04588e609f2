package org.nixj.build.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nixj.build.builder.BuildFailure;

/**
 * The users and groups of a system being put together: names with their ids, fixed ones first, dynamic ones
 * allocated as systemd-sysusers and NixOS do (system accounts downwards from 999, normal users upwards from
 * 1000). Later sources never take an id or a name an earlier one holds: Debian's binaries carry its static ids
 * (gid 42 is {@code shadow} in their file modes), so those win over NixOS's own numbering.
 */
final class Accounts {
    static final int FIRST_NORMAL_ID = 1000;
    static final int LAST_SYSTEM_ID = 999;

    /** One line of /etc/passwd, with the password hash kept for /etc/shadow. */
    static final class User {
        final String name;
        final int uid;
        int gid;
        String description;
        String home;
        String shell;
        String passwordHash = "!";

        User(String name, int uid, int gid, String description, String home, String shell) {
            this.name = name;
            this.uid = uid;
            this.gid = gid;
            this.description = description;
            this.home = home;
            this.shell = shell;
        }
    }

    /** One line of /etc/group. */
    static final class Group {
        final String name;
        final int gid;
        final Set<String> members = new LinkedHashSet<>();

        Group(String name, int gid) {
            this.name = name;
            this.gid = gid;
        }
    }

    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();

    User user(String name) {
        return users.get(name);
    }

    Group group(String name) {
        return groups.get(name);
    }

    /** Adds group {@code name} unless it exists; {@code gid} null (or taken) allocates one. */
    Group addGroup(String name, Integer gid, boolean system) {
        Group existing = groups.get(name);
        if (existing != null) {
            return existing;
        }
        int id = gid != null && groupWithId(gid) == null ? gid : free(system, groups.values().stream().map(g -> g.gid).toList());
        Group group = new Group(name, id);
        groups.put(name, group);
        return group;
    }

    /** Adds user {@code name} unless it exists; {@code uid} null (or taken) allocates one. */
    User addUser(String name, Integer uid, boolean system, int gid, String description, String home, String shell) {
        User existing = users.get(name);
        if (existing != null) {
            return existing;
        }
        int id = uid != null && users.values().stream().noneMatch(u -> u.uid == uid)
                ? uid : free(system, users.values().stream().map(u -> u.uid).toList());
        User user = new User(name, id, gid, description, home, shell);
        users.put(name, user);
        return user;
    }

    /** The gid of group {@code name}, which must exist. */
    int gidOf(String name, String forWhat) throws BuildFailure {
        Group group = groups.get(name);
        if (group == null) {
            throw new BuildFailure(forWhat + " names group '" + name + "', which is not declared");
        }
        return group.gid;
    }

    private Group groupWithId(int gid) {
        return groups.values().stream().filter(g -> g.gid == gid).findFirst().orElse(null);
    }

    private static int free(boolean system, List<Integer> taken) {
        if (system) {
            for (int id = LAST_SYSTEM_ID; id > 0; id--) {
                if (!taken.contains(id)) {
                    return id;
                }
            }
        }
        int id = FIRST_NORMAL_ID;
        while (taken.contains(id)) {
            id++;
        }
        return id;
    }

    /** /etc/passwd, by uid. */
    String passwd() {
        StringBuilder text = new StringBuilder();
        for (User user : byId(users.values(), u -> u.uid)) {
            text.append(user.name).append(":x:").append(user.uid).append(':').append(user.gid).append(':')
                    .append(user.description).append(':').append(user.home).append(':').append(user.shell).append('\n');
        }
        return text.toString();
    }

    /** /etc/shadow, by uid: the password hash, changed on day 1, no ageing. */
    String shadow() {
        StringBuilder text = new StringBuilder();
        for (User user : byId(users.values(), u -> u.uid)) {
            text.append(user.name).append(':').append(user.passwordHash).append(":1::::::\n");
        }
        return text.toString();
    }

    /** /etc/group, by gid. */
    String group() {
        StringBuilder text = new StringBuilder();
        for (Group group : byId(groups.values(), g -> g.gid)) {
            text.append(group.name).append(":x:").append(group.gid).append(':')
                    .append(String.join(",", group.members)).append('\n');
        }
        return text.toString();
    }

    /** /etc/gshadow, by gid: no group passwords. */
    String gshadow() {
        StringBuilder text = new StringBuilder();
        for (Group group : byId(groups.values(), g -> g.gid)) {
            text.append(group.name).append(":!::").append(String.join(",", group.members)).append('\n');
        }
        return text.toString();
    }

    private static <T> List<T> byId(java.util.Collection<T> items, java.util.function.ToIntFunction<T> id) {
        TreeMap<Integer, List<T>> sorted = new TreeMap<>();
        for (T item : items) {
            sorted.computeIfAbsent(id.applyAsInt(item), k -> new ArrayList<>()).add(item);
        }
        return sorted.values().stream().flatMap(List::stream).toList();
    }
}
