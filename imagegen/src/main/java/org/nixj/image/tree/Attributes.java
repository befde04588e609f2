package org.nixj.image.tree;

/**
 * The attributes every format records: permission bits ({@code 07777}), numeric owner and group, and the
 * modification time in seconds since the epoch (one timestamp; formats with more dates repeat it).
 */
public record Attributes(int permissions, int uid, int gid, long mtime) {
    public Attributes {
        if ((permissions & ~07777) != 0) {
            throw new IllegalArgumentException("permission bits out of range: " + Integer.toOctalString(permissions));
        }
        if (uid < 0 || gid < 0) {
            throw new IllegalArgumentException("negative uid or gid");
        }
    }

    /** Root-owned with the given permissions, at the epoch. */
    public static Attributes root(int permissions) {
        return new Attributes(permissions, 0, 0, 0);
    }

    public Attributes withPermissions(int p) {
        return new Attributes(p, uid, gid, mtime);
    }

    public Attributes withOwner(int u, int g) {
        return new Attributes(permissions, u, g, mtime);
    }

    public Attributes withMtime(long t) {
        return new Attributes(permissions, uid, gid, t);
    }
}
