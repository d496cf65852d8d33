'use strict';
// The baseline: one blind write per transaction on the kpbase chaincode (Baseline:Put), as the load generator's
// baseline workload sends it. Worker i writes through the peer of Participant i mod n.
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

const VALUE = 'x'.repeat(320);

class BaselineWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        const participants = roundArguments.participants;
        this.org = participants[workerIndex % participants.length];
        this.run = process.env.KP_BENCH_RUN || 'caliper';
        this.sequence = 0;
    }

    async submitTransaction() {
        this.sequence += 1;
        await this.sutAdapter.sendRequests({
            contractId: 'kpbase',
            contractFunction: 'Baseline:Put',
            contractArguments: [`caliper-${this.run}-${this.workerIndex}-${this.sequence}`, VALUE],
            invokerIdentity: 'exporter',
            invokerMspId: `${this.org}MSP`,
            readOnly: false
        });
    }
}

module.exports.createWorkloadModule = () => new BaselineWorkload();
