#include "crawler/huggingface/hf_urls.hpp"

#include "common/strings.hpp"
#include "crawler/http/url.hpp"
#include "crawler/huggingface/hf_model_fields.hpp"

#include <cctype>

namespace scout::crawler::hf {

namespace {

// Encodes each '/'-separated segment, keeping the slashes.
std::string encode_path(std::string_view path)
{
  const std::vector<std::string> segments = split(path, '/');
  std::string result;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i > 0) {
      result += '/';
    }
    result += percent_encode(segments[i]);
  }
  return result;
}

int hex_value(char c)
{
  if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
    return c - '0';
  }
  const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

std::string percent_decode(std::string_view text, bool plus_is_space)
{
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
      result += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
      i += 2;
    } else {
      result += plus_is_space && text[i] == '+' ? ' ' : text[i];
    }
  }
  return result;
}

// Path segments of an absolute URL, percent-decoded; empty when it does not parse.
std::vector<std::string> path_segments(std::string_view url)
{
  std::vector<std::string> segments;
  const std::optional<Url> parsed = parse_url(url);
  if (!parsed) {
    return segments;
  }
  for (const std::string& part : split(parsed->path, '/')) {
    if (!part.empty()) {
      segments.push_back(percent_decode(part, false));
    }
  }
  return segments;
}

}  // namespace

// Listings expand every field scout reads (no `full=true`: the Hub answers the expanded
// fields only, and huggingface_hub refuses to send both), so most models need no request
// of their own.
std::string hf_author_models_url(std::string_view api, std::string_view author)
{
  return std::string(api) + "/api/models?author=" + percent_encode(author) + "&limit=100&" + hf_model_expand_query();
}

std::string hf_model_search_url(std::string_view api, std::string_view query)
{
  return std::string(api) + "/api/models?search=" + percent_encode(query) + "&limit=100&" + hf_model_expand_query();
}

std::string hf_model_url(std::string_view api, std::string_view model_id)
{
  return std::string(api) + "/api/models/" + encode_path(model_id);
}

std::string hf_model_card_url(std::string_view api, std::string_view model_id)
{
  return std::string(api) + "/" + encode_path(model_id) + "/resolve/main/README.md";
}

std::string hf_paper_url(std::string_view api, std::string_view arxiv_id)
{
  return std::string(api) + "/api/papers/" + encode_path(arxiv_id);
}

std::string hf_user_overview_url(std::string_view api, std::string_view user)
{
  return std::string(api) + "/api/users/" + percent_encode(user) + "/overview";
}

std::string hf_org_overview_url(std::string_view api, std::string_view org)
{
  return std::string(api) + "/api/organizations/" + percent_encode(org) + "/overview";
}

// The fields read by parse_hf_dataset_list and parse_hf_space_list, as huggingface_hub's
// ExpandDatasetProperty_T / ExpandSpaceProperty_T name them; the Hub then answers only those.
std::string hf_author_datasets_url(std::string_view api, std::string_view author)
{
  return std::string(api) + "/api/datasets?author=" + percent_encode(author)
         + "&limit=100&expand[]=author&expand[]=createdAt&expand[]=downloads&expand[]=downloadsAllTime"
           "&expand[]=lastModified&expand[]=likes&expand[]=tags";
}

std::string hf_author_spaces_url(std::string_view api, std::string_view author)
{
  return std::string(api) + "/api/spaces?author=" + percent_encode(author)
         + "&limit=100&expand[]=author&expand[]=createdAt&expand[]=lastModified&expand[]=likes&expand[]=sdk"
           "&expand[]=tags";
}

std::optional<std::string> hf_query_value(std::string_view url, std::string_view name)
{
  const std::optional<Url> parsed = parse_url(url);
  if (!parsed) {
    return std::nullopt;
  }
  for (const std::string& pair : split(parsed->query, '&')) {
    const std::size_t equals = pair.find('=');
    const std::string_view key = std::string_view(pair).substr(0, equals);
    if (key == name) {
      return equals == std::string::npos ? "" : percent_decode(std::string_view(pair).substr(equals + 1), true);
    }
  }
  return std::nullopt;
}

std::optional<std::string> hf_model_id_from_card_url(std::string_view url)
{
  const std::vector<std::string> segments = path_segments(url);
  // The id is everything before "raw" or "resolve", which is followed by a revision and a file.
  for (std::size_t i = 1; i + 2 < segments.size(); ++i) {
    if (segments[i] == "raw" || segments[i] == "resolve") {
      std::vector<std::string> id_parts(segments.begin(), segments.begin() + static_cast<std::ptrdiff_t>(i));
      return join(id_parts, "/");
    }
  }
  return std::nullopt;
}

std::optional<std::string> hf_name_from_overview_url(std::string_view url)
{
  const std::vector<std::string> segments = path_segments(url);
  const std::size_t n = segments.size();
  if (n >= 4 && segments[n - 4] == "api" && (segments[n - 3] == "users" || segments[n - 3] == "organizations")
      && segments[n - 1] == "overview") {
    return segments[n - 2];
  }
  return std::nullopt;
}

std::optional<std::string> hf_arxiv_id_from_paper_url(std::string_view url)
{
  const std::vector<std::string> segments = path_segments(url);
  for (std::size_t i = 0; i + 2 < segments.size(); ++i) {
    if (segments[i] == "api" && segments[i + 1] == "papers") {
      std::vector<std::string> id_parts(segments.begin() + static_cast<std::ptrdiff_t>(i + 2), segments.end());
      return join(id_parts, "/");
    }
  }
  return std::nullopt;
}

std::string hf_author_of(std::string_view model_id)
{
  const std::size_t slash = model_id.find('/');
  return slash == std::string_view::npos ? "" : std::string(model_id.substr(0, slash));
}

}  // namespace scout::crawler::hf
