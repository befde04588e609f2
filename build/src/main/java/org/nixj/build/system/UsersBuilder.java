package org.nixj.build.system;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.codec.digest.Sha2Crypt;
import org.nixj.build.builder.BuildContext;
import org.nixj.build.builder.BuildFailure;
import org.nixj.build.builder.Builder;

/**
 * {@code builtin:nixj-users}: /etc's {@code passwd}, {@code group}, {@code shadow} and {@code gshadow} for a
 * system of Debian's packages, written into the output folder. What a Debian system's maintainer scripts would
 * have made comes first, in this order, each source keeping the names and ids earlier ones took:
 * <ol>
 *   <li>Debian's static accounts ({@code base-passwd}'s {@code passwd.master} and {@code group.master});</li>
 *   <li>the configuration's {@code groups} and {@code users} (lists of NixOS's {@code users.groups} and
 *       {@code users.users} values): an account Debian already has keeps its id, and gets the configuration's
 *       shell, home, description, groups and password;</li>
 *   <li>every {@code sysusers.d} file of the system ({@code u}, {@code g} and {@code m} lines).</li>
 * </ol>
 * {@code systemPath} is the system's {@code sw} folder, where the Debian files and sysusers.d are found.
 * Passwords given in clear are hashed with SHA-512 crypt ({@code $6$}), with a salt made from the user's name and
 * the password, so that a system's image is the same at every build.
 */
public final class UsersBuilder implements Builder {
    private static final String SALT_ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Override
    public String name() {
        return "nixj-users";
    }

    @Override
    public void build(BuildContext context) throws BuildFailure, IOException {
        Path sw = context.physical(context.attributes().requireString("systemPath"));
        Accounts accounts = new Accounts();
        readDebianMasters(context, sw, accounts);
        List<JsonObject> groups = objects(context, "groups");
        List<JsonObject> users = objects(context, "users");
        // Declared ids first, so that allocation never takes one a later declaration asks for.
        for (boolean declared : new boolean[] {true, false}) {
            for (JsonObject group : groups) {
                if ((integerOrNull(group, "gid") != null) == declared) {
                    accounts.addGroup(string(group, "name"), integerOrNull(group, "gid"), true);
                }
            }
        }
        for (boolean declared : new boolean[] {true, false}) {
            for (JsonObject user : users) {
                if ((integerOrNull(user, "uid") != null) == declared) {
                    addUser(context, accounts, user);
                }
            }
        }
        for (JsonObject group : groups) {
            for (JsonElement member : array(group, "members")) {
                accounts.group(string(group, "name")).members.add(member.getAsString());
            }
        }
        readSysusers(context, sw, accounts);
        Path out = context.output("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("passwd"), accounts.passwd(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("group"), accounts.group(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("shadow"), accounts.shadow(), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("gshadow"), accounts.gshadow(), StandardCharsets.UTF_8);
    }

    private static void readDebianMasters(BuildContext context, Path sw, Accounts accounts) throws BuildFailure, IOException {
        // The system's sw links to the packages' files by their logical paths: follow them into the store.
        Path groupMaster = existing(context, sw.resolve("share/base-passwd/group.master"));
        Path passwdMaster = existing(context, sw.resolve("share/base-passwd/passwd.master"));
        if (groupMaster == null || passwdMaster == null) {
            context.log("no base-passwd in the system: starting from no accounts");
            return;
        }
        for (String line : lines(context, groupMaster)) {
            String[] f = line.split(":", -1);
            accounts.addGroup(f[0], Integer.parseInt(f[2]), true);
        }
        for (String line : lines(context, passwdMaster)) {
            String[] f = line.split(":", -1);
            Accounts.User user = accounts.addUser(f[0], Integer.parseInt(f[2]), true, Integer.parseInt(f[3]), f[4], f[5], f[6]);
            user.passwordHash = f[1];
        }
    }

    /** Where {@code file} (maybe a link into the store) is on disk, or null when it is not there. */
    private static Path existing(BuildContext context, Path file) throws BuildFailure, IOException {
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path resolved = StoreFiles.resolve(context, file);
        return Files.isRegularFile(resolved) ? resolved : null;
    }

    private static void addUser(BuildContext context, Accounts accounts, JsonObject spec) throws BuildFailure {
        String name = string(spec, "name");
        boolean system = !bool(spec, "isNormalUser");
        String groupName = string(spec, "group");
        Accounts.User user = accounts.user(name);
        int gid = accounts.gidOf(groupName, "users.users." + name + ".group");
        if (user == null) {
            user = accounts.addUser(name, integerOrNull(spec, "uid"), system, gid, "", "", "");
        } else {
            user.gid = gid;
        }
        user.description = string(spec, "description").replace(":", " ");
        user.home = string(spec, "home");
        user.shell = string(spec, "shell");
        for (JsonElement extra : array(spec, "extraGroups")) {
            Accounts.Group group = accounts.group(extra.getAsString());
            if (group == null) {
                context.log("users.users." + name + ".extraGroups: group '" + extra.getAsString() + "' does not exist; left out");
            } else {
                group.members.add(name);
            }
        }
        String hash = passwordHash(spec, name);
        if (hash != null) {
            user.passwordHash = hash; // else a new account stays locked ("!"), a Debian one keeps its "*"
        }
    }

    /** The hash the configuration gives, in NixOS's order of precedence; null when it gives none. */
    private static String passwordHash(JsonObject spec, String name) throws BuildFailure {
        if (stringOrNull(spec, "hashedPasswordFile") != null) {
            throw new BuildFailure("users.users." + name + ".hashedPasswordFile is read when a NixOS system activates,"
                    + " and nixj's systems do not activate: use hashedPassword");
        }
        String hashed = stringOrNull(spec, "hashedPassword");
        if (hashed != null) {
            return hashed;
        }
        String clear = stringOrNull(spec, "password");
        if (clear != null) {
            return crypt(name, clear);
        }
        String initialHashed = stringOrNull(spec, "initialHashedPassword");
        if (initialHashed != null) {
            return initialHashed;
        }
        String initial = stringOrNull(spec, "initialPassword");
        return initial != null ? crypt(name, initial) : null;
    }

    /** SHA-512 crypt with a salt derived from the name and the password: the same system gives the same image. */
    static String crypt(String name, String password) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest((name + "\0" + password).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        StringBuilder salt = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            salt.append(SALT_ALPHABET.charAt((digest[i] & 0xff) % SALT_ALPHABET.length()));
        }
        return Sha2Crypt.sha512Crypt(password.getBytes(StandardCharsets.UTF_8), "$6$" + salt);
    }

    /** The {@code u}, {@code g} and {@code m} lines of every sysusers.d file, in file-name order. */
    private static void readSysusers(BuildContext context, Path sw, Accounts accounts) throws BuildFailure, IOException {
        Path folder = sw.resolve("lib/sysusers.d");
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".conf")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : lines(context, file)) {
                List<String> f = SysusersLine.fields(line);
                if (f.size() < 2) {
                    continue;
                }
                String id = f.size() > 2 ? f.get(2) : "-";
                switch (f.get(0)) {
                    case "g" -> accounts.addGroup(f.get(1), number(id), true);
                    case "u" -> {
                        String[] ids = id.split(":", 2);
                        Accounts.Group group = ids.length == 2
                                ? accounts.group(ids[1]) != null ? accounts.group(ids[1]) : accounts.addGroup(f.get(1), number(ids[1]), true)
                                : accounts.addGroup(f.get(1), number(ids[0]), true);
                        String gecos = f.size() > 3 && !f.get(3).equals("-") ? f.get(3) : "";
                        String home = f.size() > 4 && !f.get(4).equals("-") ? f.get(4) : "/";
                        String shell = f.size() > 5 && !f.get(5).equals("-") ? f.get(5) : "/usr/sbin/nologin";
                        accounts.addUser(f.get(1), number(ids[0]), true, group.gid, gecos, home, shell);
                    }
                    case "m" -> {
                        if (f.size() > 2) {
                            accounts.addGroup(f.get(2), null, true).members.add(f.get(1));
                        }
                    }
                    default -> { } // r (ranges) and unknown kinds change nothing here
                }
            }
        }
    }

    private static Integer number(String id) {
        return id.matches("[0-9]+") ? Integer.valueOf(id) : null;
    }

    private static List<String> lines(BuildContext context, Path file) throws BuildFailure, IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(StoreFiles.resolve(context, file), StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    private static List<JsonObject> objects(BuildContext context, String name) throws BuildFailure {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonElement element : context.attributes().json(name).map(JsonElement::getAsJsonArray)
                .orElseThrow(() -> new BuildFailure("attribute '" + name + "' is missing"))) {
            objects.add(element.getAsJsonObject());
        }
        return objects;
    }

    private static String string(JsonObject object, String name) throws BuildFailure {
        String value = stringOrNull(object, name);
        if (value == null) {
            throw new BuildFailure("an account has no '" + name + "'");
        }
        return value;
    }

    private static String stringOrNull(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static Integer integerOrNull(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsInt();
    }

    private static boolean bool(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && !value.isJsonNull() && value.getAsBoolean();
    }

    private static List<JsonElement> array(JsonObject object, String name) {
        JsonElement value = object.get(name);
        List<JsonElement> elements = new ArrayList<>();
        if (value != null && value.isJsonArray()) {
            value.getAsJsonArray().forEach(elements::add);
        }
        return elements;
    }
}
