-- unload: products whose remaining lines have no description lose the canonical one the removed lines gave them
-- (dim_product_refresh only sets products that still have descriptions).
UPDATE dw.dim_product
SET description = NULL,
    description_variants = 0
WHERE product_key NOT IN (SELECT DISTINCT product_key FROM dw.dim_product_description)
  AND (description IS NOT NULL OR description_variants <> 0);
