// RecordWriter: the Hugging Face tables (accounts, hf_profiles, hf_models, hf_model_tags,
// hf_model_base_models, hf_datasets, hf_spaces).
#include "store/json_text.hpp"
#include "store/record_writer.hpp"
#include "store/record_writer_bind.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

}  // namespace

void RecordWriter::write_hf_author(const model::HfAuthorRecord& author)
{
  const std::int64_t id = account("huggingface", author.name, author.kind, author.fullname, NameSource::profile);
  if (id == 0) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO hf_profiles (account_id, fullname, is_pro, num_models, num_datasets, num_spaces,"
    " num_papers, num_followers, orgs_json, fetched_at, details, created_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  int i = 1;
  upsert->bind(i++, id);
  binding::text_or_null(*upsert, i++, author.fullname);
  binding::number_or_null(*upsert, i++, author.is_pro);
  for (const auto* count :
       {&author.num_models, &author.num_datasets, &author.num_spaces, &author.num_papers, &author.num_followers}) {
    binding::number_or_null(*upsert, i++, *count);
  }
  upsert->bind(i++, json_array(author.orgs));
  binding::text(*upsert, i++, m_now);
  binding::text_or_null(*upsert, i++, author.details);
  binding::text_or_null(*upsert, i++, author.created_at);
  upsert->exec();
}

// Card metadata is only overwritten by a record that carries it (the full /api/models/{id}
// answer), so a later list page does not erase it.
void RecordWriter::write_hf_model(const model::HfModelRecord& model)
{
  const std::int64_t author = account("huggingface", model.author);
  if (author == 0) {
    return;
  }
  // downloads_all_time and parameter_count keep their value when a record lacks them: the
  // full /api/models/{id} object has no downloadsAllTime, the expanded listing has.
  CachedStatement upsert = m_db.statement(
    "INSERT INTO hf_models (id, author_account_id, sha, downloads, likes, pipeline_tag, library_name, gated,"
    " created_at, last_modified, card_license, card_base_model, card_datasets_json, card_language_json,"
    " eval_results_json, fetched_at, downloads_all_time, parameter_count)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?18, ?19)"
    " ON CONFLICT (id) DO UPDATE SET author_account_id = ?2, sha = coalesce(?3, sha), downloads = ?4, likes = ?5,"
    "  downloads_all_time = coalesce(?18, downloads_all_time), parameter_count = coalesce(?19, parameter_count),"
    "  pipeline_tag = coalesce(?6, pipeline_tag), library_name = coalesce(?7, library_name), gated = ?8,"
    "  created_at = coalesce(?9, created_at), last_modified = coalesce(?10, last_modified),"
    "  card_license = CASE WHEN ?17 THEN ?11 ELSE card_license END,"
    "  card_base_model = CASE WHEN ?17 THEN ?12 ELSE card_base_model END,"
    "  card_datasets_json = CASE WHEN ?17 THEN ?13 ELSE card_datasets_json END,"
    "  card_language_json = CASE WHEN ?17 THEN ?14 ELSE card_language_json END,"
    "  eval_results_json = CASE WHEN ?17 THEN ?15 ELSE eval_results_json END, fetched_at = ?16");
  binding::text(*upsert, 1, model.id);
  upsert->bind(2, author);
  binding::text_or_null(*upsert, 3, model.sha);
  upsert->bind(4, model.downloads);
  upsert->bind(5, model.likes);
  binding::text_or_null(*upsert, 6, model.pipeline_tag);
  binding::text_or_null(*upsert, 7, model.library_name);
  upsert->bind(8, model.gated);
  binding::text_or_null(*upsert, 9, model.created_at);
  binding::text_or_null(*upsert, 10, model.last_modified);
  binding::text_or_null(*upsert, 11, model.card_license);
  binding::text_or_null(*upsert, 12, model.card_base_model);
  upsert->bind(13, json_array(model.card_datasets));
  upsert->bind(14, json_array(model.card_language));
  binding::text(*upsert, 15, model.eval_results_json);
  binding::text(*upsert, 16, m_now);
  upsert->bind(17, model.has_card_data ? 1 : 0);
  binding::number_or_null(*upsert, 18, model.downloads_all_time);
  binding::number_or_null(*upsert, 19, model.parameter_count);
  upsert->exec();
  write_hf_model_tags(model);
  write_hf_base_models(model);
}

// A record's tags replace the stored ones, unless it has none: a list entry without its tags
// must not erase what the full object stored (the Hub gives every model some tags).
void RecordWriter::write_hf_model_tags(const model::HfModelRecord& model)
{
  if (model.tags.empty()) {
    return;
  }
  CachedStatement clear = m_db.statement("DELETE FROM hf_model_tags WHERE model_id = ?");
  binding::text(*clear, 1, model.id);
  clear->exec();
  CachedStatement insert =
    m_db.statement("INSERT OR IGNORE INTO hf_model_tags (model_id, kind, value) VALUES (?, ?, ?)");
  for (const auto& [kind, value] : model.tags) {
    binding::text(*insert, 1, model.id);
    binding::text(*insert, 2, kind);
    binding::text(*insert, 3, value);
    insert->exec();
    insert->reset();
  }
}

// Base models come from the tags, so they are replaced exactly when the tags are.
void RecordWriter::write_hf_base_models(const model::HfModelRecord& model)
{
  if (model.tags.empty()) {
    return;
  }
  CachedStatement clear = m_db.statement("DELETE FROM hf_model_base_models WHERE model_id = ?");
  binding::text(*clear, 1, model.id);
  clear->exec();
  CachedStatement insert =
    m_db.statement("INSERT OR IGNORE INTO hf_model_base_models (model_id, base_model_id, relation) VALUES (?, ?, ?)");
  for (const auto& [base, relation] : model.base_models) {
    binding::text(*insert, 1, model.id);
    binding::text(*insert, 2, base);
    binding::text(*insert, 3, relation);
    insert->exec();
    insert->reset();
  }
}

void RecordWriter::write_hf_card(const model::HfModelCardRecord& card)
{
  CachedStatement update =
    m_db.statement("UPDATE hf_models SET card_length = ?, card_sections_json = ?, card_is_template = ? WHERE id = ?");
  update->bind(1, card.length);
  update->bind(2, json_array(card.sections));
  update->bind(3, card.is_template ? 1 : 0);
  binding::text(*update, 4, card.model_id);
  update->exec();  // no model row: the model was suppressed or renamed; the card has no owner
}

// A listing entry carries every field it was asked for, so it replaces the row.
void RecordWriter::write_hf_dataset(const model::HfDatasetRecord& dataset)
{
  const std::int64_t author = account("huggingface", dataset.author);
  if (author == 0) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO hf_datasets (id, author_account_id, tags_json, likes, downloads, downloads_all_time,"
    " created_at, last_modified, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
  binding::text(*upsert, 1, dataset.id);
  upsert->bind(2, author);
  upsert->bind(3, json_array(dataset.tags));
  upsert->bind(4, dataset.likes);
  binding::number_or_null(*upsert, 5, dataset.downloads);
  binding::number_or_null(*upsert, 6, dataset.downloads_all_time);
  binding::text_or_null(*upsert, 7, dataset.created_at);
  binding::text_or_null(*upsert, 8, dataset.last_modified);
  binding::text(*upsert, 9, m_now);
  upsert->exec();
}

void RecordWriter::write_hf_space(const model::HfSpaceRecord& space)
{
  const std::int64_t author = account("huggingface", space.author);
  if (author == 0) {
    return;
  }
  CachedStatement upsert = m_db.statement(
    "INSERT OR REPLACE INTO hf_spaces (id, author_account_id, tags_json, likes, sdk, created_at, last_modified,"
    " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  binding::text(*upsert, 1, space.id);
  upsert->bind(2, author);
  upsert->bind(3, json_array(space.tags));
  upsert->bind(4, space.likes);
  binding::text_or_null(*upsert, 5, space.sdk);
  binding::text_or_null(*upsert, 6, space.created_at);
  binding::text_or_null(*upsert, 7, space.last_modified);
  binding::text(*upsert, 8, m_now);
  upsert->exec();
}

}  // namespace scout::store
