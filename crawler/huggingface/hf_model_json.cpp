// Hugging Face model objects: the strict fields the Hub generates, the lenient cardData the
// author writes, tags, and the hf.model kind (one model's full object).

#include "crawler/huggingface/hf_model_json.hpp"

#include "common/strings.hpp"
#include "crawler/huggingface/hf_output.hpp"
#include "crawler/huggingface/hf_task_kinds.hpp"
#include "crawler/huggingface/hf_urls.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"

#include <algorithm>

namespace scout::crawler::hf {

namespace {

// gated is false, "auto" or "manual"; absent means false.
std::string read_gated(const JsonFields& fields)
{
  const rapidjson::Value* value = fields.value("gated");
  if (value == nullptr) {
    return "false";
  }
  if (value->IsBool()) {
    return value->GetBool() ? "true" : "false";
  }
  if (!value->IsString()) {
    fields.fail("gated", "boolean or string", value);
    return "false";
  }
  return std::string(value->GetString(), value->GetStringLength());
}

}  // namespace

std::string read_hf_model(const rapidjson::Value& object, std::string_view url, std::string_view where,
                          model::HfModelRecord& record, std::vector<std::string>& notes)
{
  std::string error;
  const JsonFields fields(object, error, std::string(where));
  record.id = fields.string("id");
  record.author = fields.optional_string("author");
  record.sha = fields.optional_string("sha");
  record.pipeline_tag = fields.optional_string("pipeline_tag");
  record.library_name = fields.optional_string("library_name");
  record.created_at = fields.optional_string("createdAt");
  record.last_modified = fields.optional_string("lastModified");
  record.downloads = fields.integer("downloads");
  record.downloads_all_time = fields.optional_integer("downloadsAllTime");
  record.likes = fields.integer("likes");
  record.gated = read_gated(fields);
  if (const std::optional<JsonFields> safetensors = fields.optional_object("safetensors")) {
    record.parameter_count = safetensors->optional_integer("total");
  }
  const std::vector<std::string> tags = fields.optional_strings("tags");
  for (const std::string& tag : tags) {
    record.tags.push_back(parse_hf_tag(tag));
  }
  record.base_models = hf_base_models(tags);
  if (!error.empty()) {
    return error;
  }
  if (record.author.empty()) {
    record.author = hf_author_of(record.id);
  }
  read_hf_card_data(object, std::string(url) + ": model " + record.id, record, notes);
  return "";
}

namespace {

// Reads cardData members that may be a string or a list of strings, noting bad values.
class CardDataReader {
public:
  CardDataReader(const rapidjson::Value& card, std::string_view context, std::vector<std::string>& notes)
    : m_card(card), m_context(context), m_notes(notes)
  {
  }

  // A string, or the first string of a list; "" when absent or unusable.
  std::string first_string(const char* name)
  {
    const std::vector<std::string> values = strings(name);
    return values.empty() ? "" : values.front();
  }

  // A string as a one-element list, or the strings of a list (other elements skipped).
  std::vector<std::string> strings(const char* name)
  {
    std::vector<std::string> values;
    const rapidjson::Value* value = find(name);
    if (value == nullptr) {
      return values;
    }
    if (value->IsString()) {
      values.emplace_back(value->GetString(), value->GetStringLength());
    } else if (value->IsArray()) {
      for (const rapidjson::Value& item : value->GetArray()) {
        if (item.IsString()) {
          values.emplace_back(item.GetString(), item.GetStringLength());
        } else if (!item.IsNull()) {
          skip(name, item);
        }
      }
    } else {
      skip(name, *value);
    }
    return values;
  }

  // Notes a model-index that is there but not a list (it is then taken from the top level).
  void check_model_index()
  {
    const rapidjson::Value* value = find("model-index");
    if (value != nullptr && !value->IsArray()) {
      m_notes.push_back(std::string(m_context) + ": cardData.model-index: skipped " + json_type_name(*value)
                        + " (expected a list)");
    }
  }

private:
  const rapidjson::Value* find(const char* name) const
  {
    const auto member = m_card.FindMember(name);
    return member == m_card.MemberEnd() || member->value.IsNull() ? nullptr : &member->value;
  }

  void skip(const char* name, const rapidjson::Value& value)
  {
    m_notes.push_back(std::string(m_context) + ": cardData." + name + ": skipped " + json_type_name(value)
                      + " (expected a string or a list of strings)");
  }

  const rapidjson::Value& m_card;
  std::string_view m_context;
  std::vector<std::string>& m_notes;
};

// The model-index array: cardData's copy first (the card is the source), else the top level.
const rapidjson::Value* find_model_index(const rapidjson::Value& object, const rapidjson::Value* card)
{
  for (const rapidjson::Value* holder : {card, &object}) {
    if (holder == nullptr) {
      continue;
    }
    const auto member = holder->FindMember("model-index");
    if (member != holder->MemberEnd() && member->value.IsArray()) {
      return &member->value;
    }
  }
  return nullptr;
}

}  // namespace

void read_hf_card_data(const rapidjson::Value& object, std::string_view context, model::HfModelRecord& record,
                       std::vector<std::string>& notes)
{
  const auto member = object.FindMember("cardData");
  const rapidjson::Value* card = member != object.MemberEnd() && member->value.IsObject() ? &member->value : nullptr;
  if (card != nullptr) {
    CardDataReader reader(*card, context, notes);
    record.has_card_data = true;
    record.card_license = reader.first_string("license");
    record.card_base_model = reader.first_string("base_model");
    record.card_datasets = reader.strings("datasets");
    record.card_language = reader.strings("language");
    reader.check_model_index();
  }
  const rapidjson::Value* model_index = find_model_index(object, card);
  record.eval_results_json = model_index != nullptr ? to_compact_json(*model_index) : "[]";
}

namespace {

// The relation words the Hub puts between "base_model:" and the model id.
constexpr std::string_view k_base_model_relations[] = {"finetune:", "quantized:", "adapter:", "merge:"};

// (kind, rest) when `tag` is "<prefix><non-empty rest>".
bool split_prefix(std::string_view tag, std::string_view prefix, std::string_view& rest)
{
  if (!starts_with(tag, prefix) || tag.size() == prefix.size()) {
    return false;
  }
  rest = tag.substr(prefix.size());
  return true;
}

}  // namespace

std::pair<std::string, std::string> parse_hf_tag(std::string_view tag)
{
  std::string_view rest;
  if (split_prefix(tag, "base_model:", rest)) {
    for (const std::string_view relation : k_base_model_relations) {
      if (starts_with(rest, relation)) {
        rest.remove_prefix(relation.size());
        break;
      }
    }
    if (rest.empty()) {
      return {"tag", std::string(tag)};
    }
    return {"base_model", std::string(rest)};
  }
  for (const std::string_view kind : {"arxiv", "dataset", "license"}) {
    if (split_prefix(tag, std::string(kind) + ":", rest)) {
      return {std::string(kind), std::string(rest)};
    }
  }
  return {"tag", std::string(tag)};
}

std::vector<std::pair<std::string, std::string>> hf_base_models(const std::vector<std::string>& tags)
{
  std::vector<std::pair<std::string, std::string>> bases;  // (id, relation), in tag order
  for (const std::string& tag : tags) {
    std::string_view rest;
    if (!split_prefix(tag, "base_model:", rest)) {
      continue;
    }
    std::string relation;
    for (const std::string_view word : k_base_model_relations) {
      if (starts_with(rest, word)) {
        rest.remove_prefix(word.size());
        relation = std::string(word.substr(0, word.size() - 1));
        break;
      }
    }
    if (rest.empty()) {
      continue;
    }
    // The Hub tags a fine-tune "base_model:X" and "base_model:finetune:X": one base, whose
    // relation is the word when any tag gives one.
    const auto same = std::find_if(bases.begin(), bases.end(), [rest](const auto& base) { return base.first == rest; });
    if (same == bases.end()) {
      bases.emplace_back(std::string(rest), relation);
    } else if (same->second.empty()) {
      same->second = relation;
    }
  }
  return bases;
}

// hf.model: the full object of one model, with cardData and model-index.
ParseOutput parse_hf_model(std::string_view /*api*/, const model::Task& task, const FetchedPage& page)
{
  const std::string url = page_url(task, page);
  rapidjson::Document document;
  if (std::string error = parse_json_body(page, document); !error.empty()) {
    return parse_failure(url + ": " + error);
  }
  if (!document.IsObject()) {
    return parse_failure(url + ": expected a JSON object (a model), got " + json_type_name(document));
  }
  // The body's id is canonical: after a rename (307) it is the new name, not the URL's.
  ParseOutput output;
  model::HfModelRecord record;
  if (std::string problem = read_hf_model(document, url, "", record, output.notes); !problem.empty()) {
    return parse_failure(url + ": " + problem);
  }
  output.records.hf_models.push_back(std::move(record));
  return output;
}

}  // namespace scout::crawler::hf
