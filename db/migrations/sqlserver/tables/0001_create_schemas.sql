-- Schemas by role: stg (raw batch rows), dw (star schema), mart (BI views), ml (model outputs), etl (run bookkeeping).
IF SCHEMA_ID(N'stg') IS NULL EXEC (N'CREATE SCHEMA stg AUTHORIZATION dbo');
IF SCHEMA_ID(N'dw') IS NULL EXEC (N'CREATE SCHEMA dw AUTHORIZATION dbo');
IF SCHEMA_ID(N'mart') IS NULL EXEC (N'CREATE SCHEMA mart AUTHORIZATION dbo');
IF SCHEMA_ID(N'ml') IS NULL EXEC (N'CREATE SCHEMA ml AUTHORIZATION dbo');
IF SCHEMA_ID(N'etl') IS NULL EXEC (N'CREATE SCHEMA etl AUTHORIZATION dbo');
