-- A new modelling run id.
SELECT NEXT VALUE FOR ml.seq_model_run;
