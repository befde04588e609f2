/** Fetchers: inputs, downloads and their cache, Git, archive unpacking, into the store. */
module org.nixj.fetch {
    requires transitive org.nixj.store;
    requires java.net.http;
    requires com.google.gson;
    requires org.apache.commons.compress;
    requires org.apache.commons.io;
    requires org.tukaani.xz;

    exports org.nixj.fetch;
}
