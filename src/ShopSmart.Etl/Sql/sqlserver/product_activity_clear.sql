-- dw.product_activity is rewritten whole after the facts change (product_activity_insert follows).
DELETE FROM dw.product_activity;
