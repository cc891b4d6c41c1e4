#include "crawler/huggingface/hf_tags.hpp"

#include "common/strings.hpp"

namespace scout::crawler::hf {

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

}  // namespace scout::crawler::hf
