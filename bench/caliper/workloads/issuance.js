'use strict';
// Certificate issuance with its commercial details as private (transient) data: Certificates:IssueCertificate
// with one kpcs.v1.IssueCertificateRequest and the details under "details", as the load generator's issuance
// workload sends it. Worker i issues as the Exporting Authority of Participant i mod n, for the next Participant.
const crypto = require('crypto');
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');
const { loadKpcs } = require('./kpcs-requests');

class IssuanceWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        const participants = roundArguments.participants;
        this.exporter = participants[workerIndex % participants.length];
        this.importer = participants[(workerIndex + 1) % participants.length];
        this.run = (process.env.KP_BENCH_RUN || 'caliper').toUpperCase();
        this.sequence = 0;
        const root = loadKpcs();
        this.Request = root.lookupType('kpcs.v1.IssueCertificateRequest');
        this.Details = root.lookupType('kpcs.v1.CommercialDetails');
    }

    async submitTransaction() {
        this.sequence += 1;
        const number = `${this.exporter}-${this.run}-K${this.workerIndex}-${this.sequence}`;
        const expiry = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
        const request = this.Request.encode(this.Request.create({
            number,
            importingParticipant: this.importer,
            origin: this.exporter,
            issuingAuthority: `Caliper authority ${this.exporter}`,
            dateOfExpiry: expiry,
            caratWeightMilli: 1000000,
            numberOfParcels: 1,
            hsCode: '7102.10',
            containerId: `SEAL-${number}`,
            conflictFreeDeclaration: true
        })).finish();
        const details = this.Details.encode(this.Details.create({
            valueUsdCents: 12500000,
            exporter: { name: `Caliper exporter ${this.exporter}` },
            importer: { name: `Caliper importer ${this.importer}` },
            invoiceReference: `INV-${number}`,
            salt: crypto.randomUUID()
        })).finish();
        await this.sutAdapter.sendRequests({
            contractId: 'kpcs',
            contractFunction: 'Certificates:IssueCertificate',
            contractArguments: [Buffer.from(request)],
            transientMap: { details: Buffer.from(details) },
            invokerIdentity: 'exporter',
            invokerMspId: `${this.exporter}MSP`,
            readOnly: false
        });
    }
}

module.exports.createWorkloadModule = () => new IssuanceWorkload();
