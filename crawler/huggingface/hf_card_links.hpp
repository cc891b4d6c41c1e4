#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scout::crawler::hf {

// The arXiv id at the start of `text`, version dropped: "2006.10369v2" -> "2006.10369",
// "hep-th/9901001" (old style, with an optional ".XX" subject class). nullopt otherwise.
std::optional<std::string> read_arxiv_id(std::string_view text);

// arXiv ids a Markdown text links or cites, once each, in order of first appearance:
// arxiv.org/abs/ID, arxiv.org/pdf/ID[.pdf], arxiv.org/html/ID, huggingface.co/papers/ID,
// "arXiv:ID" and BibTeX eprint = {ID} / "ID".
std::vector<std::string> find_arxiv_ids(std::string_view text);

// "owner/repo" of each github.com/owner/repo link (also www.github.com; not gist or
// raw hosts, not site pages like github.com/features/x), ".git" and trailing dots
// dropped, once each ignoring case, in order of first appearance.
std::vector<std::string> find_github_repos(std::string_view text);

}  // namespace scout::crawler::hf
