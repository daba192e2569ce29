-- The ETL and modelling apps refuse to run until migrate has applied every script, which they learn by reading DbUp's
-- journal, dbo.schema_version. A login sees a table in INFORMATION_SCHEMA (DbUp's existence check) only when it has
-- a permission on it, so without this grant logins in these roles saw no journal and every script as pending.
GRANT SELECT ON dbo.schema_version TO shopsmart_etl;
GRANT SELECT ON dbo.schema_version TO shopsmart_modeler;
