#include "crawler/github/hf_url.hpp"

#include "common/strings.hpp"
#include "crawler/arxiv_id_match.hpp"
#include "crawler/site_names.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <vector>

namespace scout::crawler::github {

namespace {

// Hub names: letters, digits, '-', '_', '.'; not starting with '.' or '-'.
bool valid_name(std::string_view name)
{
  if (name.empty() || name.size() > 96 || name.front() == '.' || name.front() == '-') {
    return false;
  }
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
  });
}

// Path segments with empty ones dropped and a sentence's closing dots trimmed from the last.
std::vector<std::string> segments_of(std::string_view path)
{
  std::vector<std::string> parts = split(path, '/');
  std::erase_if(parts, [](const std::string& part) { return part.empty(); });
  while (!parts.empty() && !parts.back().empty() && parts.back().back() == '.') {
    parts.back().pop_back();
  }
  return parts;
}

std::optional<LinkTarget> repo_target(std::string_view type, const std::vector<std::string>& parts, std::size_t first)
{
  if (parts.size() <= first || !valid_name(parts[first])) {
    return std::nullopt;
  }
  std::string ref = "hf:" + std::string(type) + "/" + parts[first];
  // Canonical datasets ("squad") have no owner segment; models and spaces always do.
  if (parts.size() > first + 1 && valid_name(parts[first + 1])) {
    ref += "/" + parts[first + 1];
  } else if (type != "dataset") {
    return std::nullopt;
  }
  return LinkTarget{"", "", ref};
}

}  // namespace

std::optional<LinkTarget> hf_target(std::string_view path)
{
  const std::vector<std::string> parts = segments_of(path);
  if (parts.empty()) {
    return std::nullopt;
  }
  const std::string& head = parts[0];
  if (head == "datasets") {
    return repo_target("dataset", parts, 1);
  }
  if (head == "spaces") {
    return repo_target("space", parts, 1);
  }
  if (head == "papers") {
    const std::optional<ArxivIdMatch> match = parts.size() > 1 ? match_arxiv_id(parts[1]) : std::nullopt;
    return match ? std::optional<LinkTarget>(LinkTarget{"", "", "arxiv:" + match->id}) : std::nullopt;
  }
  if (is_hf_site_page(head) || !valid_name(head)) {
    return std::nullopt;
  }
  if (parts.size() == 1) {
    return LinkTarget{"huggingface", head, ""};
  }
  return repo_target("model", parts, 0);
}

}  // namespace scout::crawler::github
