/** The operating system's bytes (arguments, environment, file names) as Java text, byte for byte. */
module org.nixj.os {
    exports org.nixj.os;
}
