-- The off-chain index that kpcs serve keeps for one organisation: the public state of every Certificate and
-- import receipt, the US$ value from the organisation's own private details, and the checkpoint (the next
-- block to read), written in the same database transaction as the rows of the block before it.

CREATE TABLE index_owner (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    msp_id VARCHAR(64) NOT NULL,
    channel VARCHAR(64) NOT NULL,
    chaincode VARCHAR(64) NOT NULL
);

CREATE TABLE checkpoint (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    next_block BIGINT NOT NULL,
    tx_id VARCHAR(128)
);

INSERT INTO checkpoint (id, next_block, tx_id) VALUES (1, 0, NULL);

CREATE TABLE certificate (
    number VARCHAR(64) PRIMARY KEY,
    exporter VARCHAR(8) NOT NULL,
    importer VARCHAR(8) NOT NULL,
    origin VARCHAR(8) NOT NULL,
    mixed_origins VARCHAR(512) NOT NULL,
    hs_code VARCHAR(16) NOT NULL,
    carat_weight_milli BIGINT NOT NULL,
    parcels INTEGER NOT NULL,
    date_of_issue VARCHAR(10) NOT NULL,
    date_of_expiry VARCHAR(10) NOT NULL,
    voided INTEGER NOT NULL,
    block_number BIGINT NOT NULL,
    tx_id VARCHAR(128) NOT NULL
);

CREATE INDEX certificate_by_exporter ON certificate (exporter, date_of_issue);
CREATE INDEX certificate_by_importer ON certificate (importer);

CREATE TABLE receipt (
    number VARCHAR(64) PRIMARY KEY,
    arrived INTEGER NOT NULL,
    confirmed INTEGER NOT NULL,
    disputed INTEGER NOT NULL,
    date_of_receipt VARCHAR(10) NOT NULL,
    confirmed_carats_milli BIGINT NOT NULL,
    confirmed_parcels INTEGER NOT NULL,
    block_number BIGINT NOT NULL,
    tx_id VARCHAR(128) NOT NULL
);

CREATE INDEX receipt_by_date ON receipt (date_of_receipt);

CREATE TABLE commercial_value (
    number VARCHAR(64) PRIMARY KEY,
    value_usd_cents BIGINT NOT NULL,
    block_number BIGINT NOT NULL,
    tx_id VARCHAR(128) NOT NULL
);
