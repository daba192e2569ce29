-- A tiny shop for the binder's tests: a schema, two tables and a sequence.
IF SCHEMA_ID(N'shop') IS NULL EXEC (N'CREATE SCHEMA shop AUTHORIZATION dbo');

CREATE SEQUENCE shop.seq_order AS INT START WITH 1;

CREATE TABLE shop.customer (
    customer_id  INT           NOT NULL CONSTRAINT pk_customer PRIMARY KEY,
    name         NVARCHAR(100) NOT NULL
);

CREATE TABLE shop.order_line (
    order_line_id  BIGINT         IDENTITY(1, 1) NOT NULL CONSTRAINT pk_order_line PRIMARY KEY,
    order_id       INT            NOT NULL,
    customer_id    INT            NOT NULL CONSTRAINT fk_order_line_customer REFERENCES shop.customer (customer_id),
    amount         DECIMAL(19, 4) NOT NULL,
    closed_at      DATETIME2(0)   NULL
);
