-- The currency a batch's prices carried (£, kr, EUR), when they carried one: the warehouse holds amounts without a
-- currency, so a file in another currency than the loaded batches' is refused (BatchLoader.RefuseAnotherCurrency).
ALTER TABLE etl.batch ADD COLUMN price_currency VARCHAR(8);
