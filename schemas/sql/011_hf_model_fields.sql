-- scout schema, migration 11: Hugging Face model fields the expanded model listings carry
-- (/api/models?author=X&expand[]=downloadsAllTime&expand[]=safetensors&...).
--
-- hf_models.downloads (migration 1) is the Hub's `downloads`: the last 30 days only.
-- downloads_all_time is `downloadsAllTime`, every download since the model was created;
-- NULL until an answer carried it (the full /api/models/{id} object has no such field).
ALTER TABLE hf_models ADD COLUMN downloads_all_time INTEGER;
-- safetensors.total: parameters summed over the weights' dtypes; NULL for a model without
-- safetensors weights (the Hub then has no count).
ALTER TABLE hf_models ADD COLUMN parameter_count INTEGER;

-- The models a model is built on, from its base_model: tags, and how: relation is finetune,
-- quantized, adapter or merge ("base_model:<relation>:<id>"), or '' when only the plain
-- "base_model:<id>" tag named it. It separates training work (finetune, adapter, merge)
-- from re-uploads (quantized). hf_model_tags keeps the ids without the relation, as before.
CREATE TABLE hf_model_base_models (
  model_id      TEXT NOT NULL REFERENCES hf_models(id) ON DELETE CASCADE,
  base_model_id TEXT NOT NULL,   -- "org/name" as the tag spells it; need not be crawled
  relation      TEXT NOT NULL DEFAULT '' CHECK (relation IN ('', 'finetune', 'quantized', 'adapter', 'merge')),
  PRIMARY KEY (model_id, base_model_id)
);
CREATE INDEX hf_model_base_models_by_base ON hf_model_base_models (base_model_id, relation);
