// read_hf_card_data (declared in hf_model_json.hpp): the lenient half of model reading.

#include "crawler/huggingface/hf_model_json.hpp"
#include "crawler/json_body.hpp"
#include "crawler/json_fields.hpp"

namespace scout::crawler::hf {

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

}  // namespace scout::crawler::hf
