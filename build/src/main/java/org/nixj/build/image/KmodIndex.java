package org.nixj.build.image;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * kmod's binary index ({@code modules.dep.bin}, {@code modules.alias.bin}, ...), which libkmod reads (udev's
 * module autoloading, {@code modprobe}) and {@code depmod} writes: a trie of keys with prefix-compressed edges,
 * each node listing its values by priority, written children first with big-endian offsets (format version 2.1,
 * as kmod's {@code libkmod-index} defines it). Keys are ASCII, as module names and aliases are.
 */
final class KmodIndex {
    private static final int MAGIC = 0xB007F457;
    private static final int VERSION = 0x0002_0001;
    private static final int CHILD_LIMIT = 128;
    private static final int PREFIX = 0x8000_0000;
    private static final int VALUES = 0x4000_0000;
    private static final int CHILDREN = 0x2000_0000;

    private record Value(int priority, String text) {}

    private static final class Node {
        String prefix = "";
        final Node[] children = new Node[CHILD_LIMIT];
        int first = CHILD_LIMIT;
        int last;
        final List<Value> values = new ArrayList<>();

        /** Keeps the values ordered by priority, a new one before those of equal priority (as kmod does). */
        void add(String value, int priority) {
            int at = 0;
            while (at < values.size() && values.get(at).priority() < priority) {
                at++;
            }
            values.add(at, new Value(priority, value));
        }
    }

    private final Node root = new Node();

    /** Adds {@code value} under {@code key}. */
    void insert(String key, String value, int priority) {
        for (char c : key.toCharArray()) {
            if (c == 0 || c >= CHILD_LIMIT) {
                throw new IllegalArgumentException("kmod index keys are ASCII without NUL: '" + key + "'");
            }
        }
        Node node = root;
        int i = 0;
        while (true) {
            int j = 0;
            for (; j < node.prefix.length(); j++) {
                char c = node.prefix.charAt(j);
                if (i + j >= key.length() || key.charAt(i + j) != c) {
                    split(node, j);
                    break;
                }
            }
            i += j;
            if (i == key.length()) {
                node.add(value, priority);
                return;
            }
            int c = key.charAt(i);
            if (node.children[c] == null) {
                Node child = new Node();
                child.prefix = key.substring(i + 1);
                child.add(value, priority);
                attach(node, c, child);
                return;
            }
            node = node.children[c];
            i++;
        }
    }

    /** Makes {@code node} keep only {@code prefix[0..at)}, its old contents moving to a child at {@code prefix[at]}. */
    private static void split(Node node, int at) {
        Node moved = new Node();
        moved.prefix = node.prefix.substring(at + 1);
        System.arraycopy(node.children, 0, moved.children, 0, CHILD_LIMIT);
        moved.first = node.first;
        moved.last = node.last;
        moved.values.addAll(node.values);
        int c = node.prefix.charAt(at);
        node.prefix = node.prefix.substring(0, at);
        java.util.Arrays.fill(node.children, null);
        node.first = CHILD_LIMIT;
        node.last = 0;
        node.values.clear();
        attach(node, c, moved);
    }

    private static void attach(Node node, int c, Node child) {
        node.children[c] = child;
        node.first = Math.min(node.first, c);
        node.last = Math.max(node.last, c);
    }

    /** The index file's bytes. */
    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeInt(out, MAGIC);
        writeInt(out, VERSION);
        writeInt(out, 0);
        int rootOffset = write(root, out);
        byte[] bytes = out.toByteArray();
        ByteBuffer.wrap(bytes).putInt(8, rootOffset);
        return bytes;
    }

    /** Writes {@code node} after its children and returns its offset with the flags of what it holds. */
    private static int write(Node node, ByteArrayOutputStream out) {
        int count = node.first < CHILD_LIMIT ? node.last - node.first + 1 : 0;
        int[] childOffsets = new int[count];
        for (int k = 0; k < count; k++) {
            Node child = node.children[node.first + k];
            childOffsets[k] = child == null ? 0 : write(child, out);
        }
        int offset = out.size();
        if (!node.prefix.isEmpty()) {
            out.writeBytes(node.prefix.getBytes(StandardCharsets.US_ASCII));
            out.write(0);
            offset |= PREFIX;
        }
        if (count > 0) {
            out.write(node.first);
            out.write(node.last);
            for (int childOffset : childOffsets) {
                writeInt(out, childOffset);
            }
            offset |= CHILDREN;
        }
        if (!node.values.isEmpty()) {
            writeInt(out, node.values.size());
            for (Value value : node.values) {
                writeInt(out, value.priority());
                out.writeBytes(value.text().getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
            offset |= VALUES;
        }
        return offset;
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }
}
