-- dw.column_profile is rewritten whole after the facts change (column_profile_insert follows).
DELETE FROM dw.column_profile;
