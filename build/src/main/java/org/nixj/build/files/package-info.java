/**
 * Builders that only write files, behind the bundled library's trivial builders: {@code writeTextFile} and the
 * functions made from it ({@code builtin:nixj-write-text}), {@code symlinkJoin} ({@code builtin:nixj-symlink-join})
 * and {@code buildEnv} ({@code builtin:nixj-build-env}).
 */
package org.nixj.build.files;
