package org.kpcs.gateway.cli;

import picocli.CommandLine.Option;

/** The paging options every listing command takes. */
final class PageOptions {
    @Option(names = "--page-size", defaultValue = "20", description = "Records per page (1 to 100)")
    int size;

    @Option(names = "--bookmark", defaultValue = "", description = "From the previous page")
    String bookmark;
}
