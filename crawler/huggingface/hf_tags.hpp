#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace scout::crawler::hf {

// Splits one Hub tag into (kind, value):
//   "arxiv:2305.18290"                        -> ("arxiv", "2305.18290")
//   "base_model:X", "base_model:finetune:X",
//   ":quantized:X", ":adapter:X", ":merge:X"  -> ("base_model", "X")
//   "dataset:X" -> ("dataset", "X"), "license:X" -> ("license", "X")
//   anything else, empty values included      -> ("tag", tag)
std::pair<std::string, std::string> parse_hf_tag(std::string_view tag);

}  // namespace scout::crawler::hf
