package org.kpcs.gateway.cli;

import java.util.ArrayList;
import java.util.List;
import org.kpcs.protos.Authority;
import picocli.CommandLine.Option;

/**
 * The information of KPCS V(a), as an applicant's notification ({@code participant record-application}) and a
 * Participant's ({@code governance notify}) both give it: designated authorities, law documents by hash, and an
 * English synopsis.
 */
final class LawsOptions {
    @Option(
            names = "--authority",
            required = true,
            description = "A designated authority, ROLE=NAME (exporting-authority, importing-authority, customs);"
                    + " repeatable")
    List<String> authorities = new ArrayList<>();

    @Option(names = "--law-hash", description = "SHA-256 (hex) of a relevant law or regulation; repeatable")
    List<String> lawHashes = new ArrayList<>();

    @Option(names = "--synopsis", required = true, description = "English synopsis of the laws (KPCS V(a))")
    String synopsis;

    /** The designated authorities given as {@code --authority ROLE=NAME}. */
    List<Authority> authorities() {
        final List<Authority> parsed = new ArrayList<>();
        for (final String authority : authorities) {
            final int eq = authority.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(
                        "--authority '" + authority + "': ROLE=NAME, e.g. exporting-authority=Diamond Regulator");
            }
            parsed.add(Authority.newBuilder()
                    .setRole(authority.substring(0, eq).strip())
                    .setName(authority.substring(eq + 1).strip())
                    .build());
        }
        return parsed;
    }
}
