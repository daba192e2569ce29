-- Least-privilege roles: BI reads the mart only; ETL writes staging, warehouse and bookkeeping; modelling writes ml.
IF DATABASE_PRINCIPAL_ID(N'shopsmart_reader') IS NULL CREATE ROLE shopsmart_reader;
IF DATABASE_PRINCIPAL_ID(N'shopsmart_etl') IS NULL CREATE ROLE shopsmart_etl;
IF DATABASE_PRINCIPAL_ID(N'shopsmart_modeler') IS NULL CREATE ROLE shopsmart_modeler;

GRANT SELECT ON SCHEMA::mart TO shopsmart_reader;

GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::stg TO shopsmart_etl;
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::dw TO shopsmart_etl;
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::etl TO shopsmart_etl;
GRANT SELECT ON SCHEMA::mart TO shopsmart_etl;

GRANT SELECT ON SCHEMA::dw TO shopsmart_modeler;
GRANT SELECT ON SCHEMA::mart TO shopsmart_modeler;
GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA::ml TO shopsmart_modeler;
GRANT SELECT, INSERT, UPDATE ON etl.job_run TO shopsmart_modeler;
