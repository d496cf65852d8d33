package org.hyperledger.fabric.contract;

/** Test access to the contract API's router, so tests route transactions exactly as the chaincode server does. */
public final class ContractRouterAccess {
    private ContractRouterAccess() {}

    public static ContractRouter router() {
        final ContractRouter router = new ContractRouter(new String[] {"--id", "kpcs-test"});
        router.findAllContracts();
        return router;
    }
}
