/**
 * Fetchers: getting files, tarballs and Git trees into the store as Nix's {@code fetchurl}, {@code fetchTarball},
 * {@code fetchGit} and {@code fetchTree} do. {@link org.nixj.fetch.Fetchers} is the entry point; downloads go
 * through {@link org.nixj.fetch.Downloader}, archives through {@link org.nixj.fetch.ArchiveUnpacker}, Git
 * repositories through the {@code git} command ({@link org.nixj.fetch.GitRepository}), and what was fetched is
 * remembered in a {@link org.nixj.fetch.FetchCache} beside the store. Nothing here knows about Nix values: the
 * builtins translate.
 */
package org.nixj.fetch;
