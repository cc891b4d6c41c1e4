#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scout::crawler::hf {

// Hugging Face Hub URLs, built on `api` ("https://huggingface.co", no trailing slash).
// Names and ids are percent-encoded per path segment or query value, so "org/name" keeps
// its slash; HF names use only unreserved characters, so real URLs come out unchanged.
std::string hf_author_models_url(std::string_view api, std::string_view author);
std::string hf_model_search_url(std::string_view api, std::string_view query);
std::string hf_model_url(std::string_view api, std::string_view model_id);
std::string hf_model_card_url(std::string_view api, std::string_view model_id);
std::string hf_paper_url(std::string_view api, std::string_view arxiv_id);
std::string hf_user_overview_url(std::string_view api, std::string_view user);
std::string hf_org_overview_url(std::string_view api, std::string_view org);
// An author's datasets and Spaces, 100 a page, each entry expanded to the fields scout stores.
std::string hf_author_datasets_url(std::string_view api, std::string_view author);
std::string hf_author_spaces_url(std::string_view api, std::string_view author);

// The percent-decoded value of query parameter `name` ('+' read as a space), or nullopt.
std::optional<std::string> hf_query_value(std::string_view url, std::string_view name);

// "org/name" from ".../org/name/raw/<rev>/README.md" (or /resolve/), nullopt otherwise.
std::optional<std::string> hf_model_id_from_card_url(std::string_view url);

// "{name}" from ".../api/users/{name}/overview" or ".../api/organizations/{name}/overview".
std::optional<std::string> hf_name_from_overview_url(std::string_view url);

// The arXiv id from ".../api/papers/{id}", nullopt otherwise.
std::optional<std::string> hf_arxiv_id_from_paper_url(std::string_view url);

// The namespace of a model id ("org" of "org/name"); empty for legacy ids like "gpt2".
std::string hf_author_of(std::string_view model_id);

}  // namespace scout::crawler::hf
