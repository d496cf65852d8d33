'use strict';
// The kpcs.v1 messages the Caliper workloads send, encoded with protobufjs from the repository's own .proto
// files (protos/src/main/proto), so Caliper and the load generator send the same bytes.
const path = require('path');
const protobuf = require('protobufjs');

const PROTO_ROOT = path.resolve(__dirname, '../../../protos/src/main/proto');

function loadKpcs() {
    const root = new protobuf.Root();
    root.resolvePath = (origin, target) => {
        if (target.startsWith('google/protobuf/')) {
            return target; // protobufjs carries the well-known types
        }
        return path.join(PROTO_ROOT, target);
    };
    root.loadSync('kpcs/v1/certificate.proto', { keepCase: false });
    return root;
}

module.exports = { loadKpcs };
