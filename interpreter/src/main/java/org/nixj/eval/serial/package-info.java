/**
 * Values to and from text formats, as current Nix writes and reads them: JSON ({@code toJSON},
 * {@code fromJSON}, {@code --json}) the way nlohmann::json writes and parses it, XML ({@code toXML},
 * {@code --xml}) as Nix's {@code printValueAsXML} writes it, and TOML 1.0 ({@code fromTOML}).
 *
 * <p>Specs: RFC 8259 (JSON), https://toml.io/en/v1.0.0 (TOML). The JSON error texts are nlohmann::json's;
 * floats in JSON use Grisu2 as nlohmann does (see {@link org.nixj.eval.serial.JsonNumbers}).
 */
package org.nixj.eval.serial;
