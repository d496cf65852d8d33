package org.kpcs.gateway.cli;

import org.kpcs.gateway.certificate.Certificates;
import org.kpcs.gateway.client.KpGateway;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpcs custody ...}: the sealed container's journey (KPCS III(d), IV(c), Annex II 19, 22). */
@Command(
        name = "custody",
        description = "Custody of the sealed container: seal, transit, arrive.",
        subcommands = {CustodyCommand.Seal.class, CustodyCommand.Transit.class, CustodyCommand.Arrive.class})
final class CustodyCommand {
    /** A custody subcommand: a step of the container's journey. */
    abstract static class Sub extends GatewayCommand {
        @Parameters(paramLabel = "NUMBER", description = "Certificate number")
        String number;

        @Option(names = "--container", required = true, description = "Container id seen on the container")
        String container;

        @Option(names = "--note", defaultValue = "")
        String note;

        @Override
        final void execute(final KpGateway gateway, final Output out) {
            out.print(run(Certificates.of(gateway)), CertificateText::certificate);
        }

        abstract org.kpcs.protos.CertificateView run(Certificates certificates);
    }

    /** Whether the seal was found intact; one of the two flags is required. */
    static final class SealState {
        @Option(names = "--seal-intact", required = true, description = "The seal was intact")
        boolean intact;

        @Option(names = "--seal-broken", required = true, description = "The seal was broken or tampered with")
        boolean broken;
    }

    @Command(name = "seal", description = "Exporter's customs: seal the container named on the Certificate.")
    static final class Seal extends Sub {
        @Override
        org.kpcs.protos.CertificateView run(final Certificates certificates) {
            return certificates.seal(number, container, note);
        }
    }

    @Command(name = "transit", description = "Transit Participant's customs: record the container passing through.")
    static final class Transit extends Sub {
        @ArgGroup(multiplicity = "1")
        SealState seal;

        @Override
        org.kpcs.protos.CertificateView run(final Certificates certificates) {
            return certificates.transit(number, container, seal.intact, note);
        }
    }

    @Command(name = "arrive", description = "Importing Authority: record arrival after inspecting container and seal.")
    static final class Arrive extends Sub {
        @ArgGroup(multiplicity = "1")
        SealState seal;

        @Override
        org.kpcs.protos.CertificateView run(final Certificates certificates) {
            return certificates.arrive(number, container, seal.intact, note);
        }
    }
}
