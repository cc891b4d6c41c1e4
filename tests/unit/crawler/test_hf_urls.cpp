#include "crawler/huggingface/hf_urls.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using namespace scout::crawler::hf;

TEST_SUITE("crawler::hf::urls")
{
  TEST_CASE("builders put names into the Hub's URL shapes on the configured base")
  {
    const std::string api = "http://127.0.0.1:8123";
    // Listings expand every model field scout reads (and so carry no full=true).
    const std::string expand =
      "expand[]=author&expand[]=cardData&expand[]=createdAt&expand[]=downloads"
      "&expand[]=downloadsAllTime&expand[]=gated&expand[]=lastModified"
      "&expand[]=library_name&expand[]=likes&expand[]=model-index&expand[]=pipeline_tag"
      "&expand[]=safetensors&expand[]=sha&expand[]=tags";
    CHECK(hf_author_models_url(api, "lumen-lab") == api + "/api/models?author=lumen-lab&limit=100&" + expand);
    CHECK(hf_model_search_url(api, "llm judge") == api + "/api/models?search=llm%20judge&limit=100&" + expand);
    CHECK(hf_model_url(api, "lumen-lab/lumen-7b-chat") == api + "/api/models/lumen-lab/lumen-7b-chat");
    CHECK(hf_model_card_url(api, "lumen-lab/lumen-7b-chat") == api + "/lumen-lab/lumen-7b-chat/resolve/main/README.md");
    CHECK(hf_paper_url(api, "2305.18290") == api + "/api/papers/2305.18290");
    CHECK(hf_user_overview_url(api, "zoe-lk") == api + "/api/users/zoe-lk/overview");
    CHECK(hf_org_overview_url(api, "lumen-lab") == api + "/api/organizations/lumen-lab/overview");
  }

  TEST_CASE("names are read back from the URLs, percent-decoded")
  {
    CHECK(hf_query_value("https://huggingface.co/api/models?author=lumen-lab&full=true", "author") == "lumen-lab");
    CHECK(hf_query_value("https://huggingface.co/api/models?search=llm+judge%21", "search") == "llm judge!");
    CHECK(hf_query_value("https://huggingface.co/api/models?author=x", "cursor") == std::nullopt);
    CHECK(hf_model_id_from_card_url("https://huggingface.co/lumen-lab/lumen-7b-chat/raw/main/README.md")
          == "lumen-lab/lumen-7b-chat");
    CHECK(hf_model_id_from_card_url("http://127.0.0.1:9/gpt2/resolve/abc123/README.md") == "gpt2");
    CHECK(hf_model_id_from_card_url("https://huggingface.co/api/models/x") == std::nullopt);
    CHECK(hf_name_from_overview_url("https://huggingface.co/api/users/zoe-lk/overview") == "zoe-lk");
    CHECK(hf_name_from_overview_url("https://huggingface.co/api/organizations/lumen-lab/overview") == "lumen-lab");
    CHECK(hf_arxiv_id_from_paper_url("https://huggingface.co/api/papers/2305.18290") == "2305.18290");
    CHECK(hf_author_of("lumen-lab/lumen-7b-chat") == "lumen-lab");
    CHECK(hf_author_of("gpt2").empty());
  }
}
