#include "crawler/huggingface/hf_model_json.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

using scout::crawler::hf::parse_hf_tag;

TEST_SUITE("crawler::hf::parse_hf_tag")
{
  TEST_CASE("prefixed Hub tags become typed pairs, every base_model relation included")
  {
    struct Row {
      const char* tag;
      const char* kind;
      const char* value;
    };
    const Row rows[] = {
      {"arxiv:2305.18290", "arxiv", "2305.18290"},
      {"arxiv:hep-th/9901001", "arxiv", "hep-th/9901001"},
      {"base_model:mistralai/Mistral-7B-v0.1", "base_model", "mistralai/Mistral-7B-v0.1"},
      {"base_model:finetune:mistralai/Mistral-7B-v0.1", "base_model", "mistralai/Mistral-7B-v0.1"},
      {"base_model:quantized:lumen-lab/lumen-7b-chat", "base_model", "lumen-lab/lumen-7b-chat"},
      {"base_model:adapter:lumen-lab/lumen-7b-chat", "base_model", "lumen-lab/lumen-7b-chat"},
      {"base_model:merge:lumen-lab/lumen-7b-base", "base_model", "lumen-lab/lumen-7b-base"},
      {"dataset:HuggingFaceH4/ultrachat_200k", "dataset", "HuggingFaceH4/ultrachat_200k"},
      {"license:apache-2.0", "license", "apache-2.0"},
    };
    for (const Row& row : rows) {
      CAPTURE(row.tag);
      CHECK(parse_hf_tag(row.tag) == std::pair<std::string, std::string>{row.kind, row.value});
    }
  }

  TEST_CASE("plain tags, unknown prefixes and empty values stay plain tags")
  {
    for (const char* tag : {"transformers", "region:us", "doi:10.57967/hf/0039", "model-index",
                            "arxiv:", "base_model:", "base_model:finetune:", "Arxiv:2305.18290", "日本語"}) {
      CAPTURE(tag);
      CHECK(parse_hf_tag(tag) == std::pair<std::string, std::string>{"tag", tag});
    }
  }
}
