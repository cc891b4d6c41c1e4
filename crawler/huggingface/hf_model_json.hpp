#pragma once

// Internal to crawler/huggingface (uses RapidJSON).

#include "model/records.hpp"

#include <rapidjson/document.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scout::crawler::hf {

// Reads one model object, list or full form, into `record`. Fields the Hub generates are
// checked strictly: `id`, `downloads` and `likes` are required (downloadsAllTime and
// safetensors.total are optional: the full object has no downloadsAllTime), and a present
// field of the wrong type fails the model. Returns that problem as "field 'x' of <where>:
// expected ..." (`where` is "model 3", or empty for a response that is one model), or ""
// when the model is fine; an `object` that is no object gives "<where>: expected object,
// got ...". `author` falls back to the id's "org/" prefix. cardData is read too (see
// read_hf_card_data), its notes naming `url`.
std::string read_hf_model(const rapidjson::Value& object, std::string_view url, std::string_view where,
                          model::HfModelRecord& record, std::vector<std::string>& notes);

// Fills the card_* fields, has_card_data and eval_results_json from a model object.
// cardData is the author's YAML, so it is read leniently: a value of the wrong type is
// skipped with a note ("<context>: cardData.license: ..."), never failing the model.
// model-index comes from cardData, else from the top level; "[]" when neither is an array.
void read_hf_card_data(const rapidjson::Value& object, std::string_view context, model::HfModelRecord& record,
                       std::vector<std::string>& notes);

// Splits one Hub tag into (kind, value):
//   "arxiv:2305.18290"                        -> ("arxiv", "2305.18290")
//   "base_model:X", "base_model:finetune:X",
//   ":quantized:X", ":adapter:X", ":merge:X"  -> ("base_model", "X")
//   "dataset:X" -> ("dataset", "X"), "license:X" -> ("license", "X")
//   anything else, empty values included      -> ("tag", tag)
std::pair<std::string, std::string> parse_hf_tag(std::string_view tag);

// The base models the tags name, as (model id, relation), one per base in order of first
// tag: "base_model:finetune:X" (also quantized, adapter, merge) gives (X, "finetune"); a
// plain "base_model:X" gives (X, "") unless another tag names X's relation.
std::vector<std::pair<std::string, std::string>> hf_base_models(const std::vector<std::string>& tags);

}  // namespace scout::crawler::hf
