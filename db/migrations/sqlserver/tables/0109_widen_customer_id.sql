-- Customer ids up to 100 characters, as countries are: shops that know their customers by e-mail address (Shopify,
-- WooCommerce) write ids of 25–60 characters, which the 20 of the UCI file's five-digit ids quarantined line by line
-- (VALUE_TOO_LONG) while the file loaded. (DuckDB keeps no length on VARCHAR; LineAssembler.MaxCustomerIdLength is
-- the one limit.) The unique constraint is dropped and made again around the change, as ALTER COLUMN requires.
ALTER TABLE dw.dim_customer DROP CONSTRAINT uq_dim_customer_id;
ALTER TABLE dw.dim_customer ALTER COLUMN customer_id NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL;
ALTER TABLE dw.dim_customer ADD CONSTRAINT uq_dim_customer_id UNIQUE (customer_id);
ALTER TABLE ml.customer_score ALTER COLUMN customer_id NVARCHAR(100) COLLATE Latin1_General_100_BIN2 NOT NULL;

-- A view keeps the metadata of the columns it reads until refreshed: the views that give customer_id out, the inner
-- ones first. (On a new database this runs before the views exist; they are then made over the wide column. It is
-- numbered after the ml tables, so that ml.customer_score exists when it runs.)
IF OBJECT_ID(N'dw.v_sales_line_source', N'V') IS NOT NULL EXEC sys.sp_refreshview N'dw.v_sales_line_source';
IF OBJECT_ID(N'mart.v_column_profile', N'V') IS NOT NULL EXEC sys.sp_refreshview N'mart.v_column_profile';
IF OBJECT_ID(N'mart.v_customer_rfm', N'V') IS NOT NULL EXEC sys.sp_refreshview N'mart.v_customer_rfm';
IF OBJECT_ID(N'mart.v_correlation', N'V') IS NOT NULL EXEC sys.sp_refreshview N'mart.v_correlation';
IF OBJECT_ID(N'mart.v_customer_360', N'V') IS NOT NULL EXEC sys.sp_refreshview N'mart.v_customer_360';
