-- A new modelling run id.
SELECT nextval('ml.seq_model_run');
