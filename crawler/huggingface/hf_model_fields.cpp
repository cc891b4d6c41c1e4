// The fields scout expands in the Hub's model listings (huggingface_hub's ExpandModelProperty_T
// names), and the test that decides whether a model still needs its own /api/models/{id}.

#include "crawler/huggingface/hf_model_fields.hpp"

#include <algorithm>
#include <array>

namespace scout::crawler::hf {

namespace {

// Alphabetical, as huggingface_hub lists them; read_hf_model and read_hf_card_data read each.
constexpr std::array<std::string_view, 14> k_expand_fields = {
  "author",       "cardData", "createdAt",   "downloads",    "downloadsAllTime", "gated", "lastModified",
  "library_name", "likes",    "model-index", "pipeline_tag", "safetensors",      "sha",   "tags"};

// The subset the Hub answers for every model, so that its absence means "not asked for".
constexpr std::array<std::string_view, 9> k_always_present = {
  "author", "createdAt", "downloads", "downloadsAllTime", "gated", "lastModified", "likes", "sha", "tags"};

}  // namespace

std::string hf_model_expand_query()
{
  std::string query;
  for (const std::string_view field : k_expand_fields) {
    if (!query.empty()) {
      query += '&';
    }
    query += "expand[]=";
    query += field;
  }
  return query;
}

bool hf_listing_entry_complete(const rapidjson::Value& entry)
{
  if (!entry.IsObject()) {
    return false;
  }
  return std::all_of(k_always_present.begin(), k_always_present.end(), [&entry](std::string_view field) {
    const auto member = entry.FindMember(rapidjson::StringRef(field.data(), field.size()));
    return member != entry.MemberEnd() && !member->value.IsNull();
  });
}

}  // namespace scout::crawler::hf
