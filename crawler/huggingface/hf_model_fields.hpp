#pragma once

// Internal to crawler/huggingface (uses RapidJSON): which model fields scout asks the Hub's
// model listings for, and whether a listing entry carried them.

#include <rapidjson/document.h>

#include <string>
#include <string_view>

namespace scout::crawler::hf {

// The query naming every model field read_hf_model reads, as the Hub's `expand[]` names
// them: "expand[]=author&expand[]=cardData&...". A listing that expands fields
// (`/api/models?author=X&expand[]=...`) answers only those plus `_id` and `id`, which is why
// all of them are asked for, not only the ones missing from `full=true`.
std::string hf_model_expand_query();

// True when a listing entry holds every field the Hub gives each model (author, sha, dates,
// downloads, downloadsAllTime, likes, gated, tags), so its own /api/models/{id} would add
// nothing. cardData, pipeline_tag, library_name, safetensors and model-index are not required:
// the Hub leaves them out for a model that has none, and asking again would not find them.
// An entry of an older `full=true` listing lacks downloadsAllTime, so it is incomplete.
bool hf_listing_entry_complete(const rapidjson::Value& entry);

}  // namespace scout::crawler::hf
