-- Right: the next order id.
SELECT NEXT VALUE FOR shop.seq_order;
