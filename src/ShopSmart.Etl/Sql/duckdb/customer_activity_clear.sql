-- dw.customer_activity is rewritten whole after the facts change (customer_activity_insert follows).
DELETE FROM dw.customer_activity;
