package org.nixj.eval.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text current Nix gives TOML dates and times under parse-toml-timestamps (toml11's, normalised). */
class TomlTimestampsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "1979-05-27T07:32:00Z              | 1979-05-27T07:32:00Z",
        "1979-05-27 07:32:00z              | 1979-05-27T07:32:00Z",
        "1979-05-27t07:32:00+00:00         | 1979-05-27T07:32:00Z",
        "1979-05-27T07:32:00-00:00         | 1979-05-27T07:32:00Z",
        "1979-05-27T00:32:00-07:00         | 1979-05-27T00:32:00-07:00",
        "1979-05-27T00:32:00.5+05:30       | 1979-05-27T00:32:00.500+05:30",
        "1979-05-27T00:32:00.000           | 1979-05-27T00:32:00",
        "1979-05-27T00:32:00.0001          | 1979-05-27T00:32:00.000100",
        "1979-05-27T00:32:00.1234567891    | 1979-05-27T00:32:00.123456789",
        "1990-12-31T23:59:60Z              | 1990-12-31T23:59:60Z",
        "1979-05-27                        | 1979-05-27",
        "07:32:00                          | 07:32:00",
        "00:32:00.999999                   | 00:32:00.999999",
        "00:32:00.000000001                | 00:32:00.000000001",
    })
    void nixsText(String written, String expected) {
        assertEquals(expected, TomlTimestamps.canonical(written));
    }
}
