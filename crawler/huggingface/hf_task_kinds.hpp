#pragma once

#include "crawler/task_parser.hpp"

#include <string_view>

namespace scout::crawler::hf {

// Task kinds HfParser understands, with the URL each one fetches.
inline constexpr std::string_view k_hf_author_models = "hf.author_models";  // /api/models?author=X&expand[]=..
inline constexpr std::string_view k_hf_model_search = "hf.model_search";    // /api/models?search=Q&expand[]=..
inline constexpr std::string_view k_hf_model = "hf.model";                  // /api/models/{id} if a listing lacked one
inline constexpr std::string_view k_hf_model_card = "hf.model_card";        // /{id}/resolve/main/README.md
inline constexpr std::string_view k_hf_user_overview = "hf.user_overview";  // /api/users/{u}/overview
inline constexpr std::string_view k_hf_org_overview = "hf.org_overview";    // /api/organizations/{o}/overview
inline constexpr std::string_view k_hf_paper = "hf.paper";                  // /api/papers/{arxiv_id}
inline constexpr std::string_view k_hf_author_datasets = "hf.author_datasets";  // /api/datasets?author=X&expand[]=..
inline constexpr std::string_view k_hf_author_spaces = "hf.author_spaces";      // /api/spaces?author=X&expand[]=..

// One function per kind, for a page that is present (200/304). `api` is the base URL for
// follow-up tasks. Each returns a complete ParseOutput (error set means nothing else is).
ParseOutput parse_hf_model_list(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_model(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_model_card(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_user_overview(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_org_overview(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_paper(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_dataset_list(std::string_view api, const model::Task& task, const FetchedPage& page);
ParseOutput parse_hf_space_list(std::string_view api, const model::Task& task, const FetchedPage& page);

// For a user overview that is 404/410: the same name as an organisation.
ParseOutput parse_hf_missing_user(std::string_view api, const model::Task& task, const FetchedPage& page);

}  // namespace scout::crawler::hf
