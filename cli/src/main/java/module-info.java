/** The {@code nixj} command: thin glue over the evaluator's API and the image writers. */
module org.nixj.cli {
    requires transitive org.nixj.interpreter;
    requires org.nixj.flake;
    requires org.nixj.imagegen;
    requires org.nixj.build;
    requires com.google.gson;
    requires transitive info.picocli;
    requires org.jline;

    exports org.nixj.cli;

    // picocli instantiates the commands and sets their options reflectively.
    opens org.nixj.cli to info.picocli;
    opens org.nixj.cli.image to info.picocli;
    opens org.nixj.cli.repl to info.picocli;
}
