-- Every product's code and canonical description, to name the products of rules and recommendations.
SELECT product_key, stock_code, description
FROM dw.dim_product;
