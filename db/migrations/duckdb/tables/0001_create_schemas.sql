-- Schemas by role: stg (raw batch rows), dw (star schema), mart (BI views), ml (model outputs), etl (run bookkeeping).
CREATE SCHEMA IF NOT EXISTS stg;
CREATE SCHEMA IF NOT EXISTS dw;
CREATE SCHEMA IF NOT EXISTS mart;
CREATE SCHEMA IF NOT EXISTS ml;
CREATE SCHEMA IF NOT EXISTS etl;
