package org.nixj.flake;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One of Nix's input types ({@code path}, {@code git}, {@code github}, ...): how its URL form becomes
 * attributes, which attributes its set form may have and how they are checked, how it is printed as a URL,
 * and when it is locked.
 */
interface InputScheme {
    /** The {@code type} attribute of its inputs. */
    String name();

    /** The attributes of {@code url} if it is of this scheme's form; checked as {@link #fromAttrs} checks. */
    Optional<TreeMap<String, Object>> fromUrl(ParsedUrl url, boolean requireTree);

    /** The attributes an input of this type may have besides {@code type}. */
    Set<String> allowedAttrs();

    /** Checks attributes given as a set (their names are allowed ones) and returns them as Nix keeps them. */
    TreeMap<String, Object> fromAttrs(TreeMap<String, Object> attrs);

    /** The input as a URL. */
    ParsedUrl toUrl(Map<String, Object> attrs);

    /** Whether fetching the input gives the same tree every time. */
    boolean isLocked(Map<String, Object> attrs);

    /** Whether the input is fetched as it is, rather than looked up in a registry. */
    default boolean isDirect() {
        return true;
    }
}
