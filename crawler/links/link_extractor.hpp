#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The one reader of links for every source: GitHub READMEs and profiles, Hugging Face model
// cards and arXiv abstracts all find accounts, repositories and papers here, with one list of
// site pages (crawler/site_names.hpp) and one arXiv id reader (crawler/arxiv_id_match.hpp),
// so the same text gives the same links wherever it was found. Each source then keeps the
// kinds of target its evidence rules use.
namespace scout::crawler::links {

enum class Target {
  github_account,  // github.com/{login}
  github_repo,     // github.com/{owner}/{repo}[/...]
  hf_account,      // huggingface.co/{user or org}
  hf_model,        // huggingface.co/{org}/{name}[/...]
  hf_dataset,      // huggingface.co/datasets/[{org}/]{name}
  hf_space,        // huggingface.co/spaces/{org}/{name}
  arxiv_paper,     // arxiv.org/abs|pdf|html/{id}, huggingface.co/papers/{id}, arXiv:{id}, DOI, BibTeX eprint
};

struct Link {
  Target target = Target::arxiv_paper;
  std::string name;        // "alice", "owner/repo", "org/name", "squad", "2305.18290" (version dropped)
  std::string matched;     // the text that named it, from the host or marker on: "github.com/a/b", "arXiv:2305.18290v2"
  std::size_t offset = 0;  // where the link (with any scheme) starts in the text read

  // "github:alice", "github:owner/repo", "huggingface:alice", "hf:model/org/name",
  // "hf:dataset/squad", "hf:space/org/name", "arxiv:2305.18290".
  std::string ref() const;
  // The account named, or the one owning the repository: "owner" of "owner/repo"; empty for
  // papers and for ownerless (canonical) datasets.
  std::string owner() const;
};

// Every link in `text` (plain text, or Markdown as markdown_reader_text gives it), each ref
// once, in order of appearance; refs are compared ignoring case (GitHub and the Hub resolve
// names that way) and the first spelling is kept. Hosts are matched in any case, with or
// without scheme and "www." ("export." too for arXiv), but not as the tail of another host
// (gist.github.com, cdn-uploads.huggingface.co) or after '@'. Site pages
// (github.com/explore/x, huggingface.co/docs/x) and the Hub's badge image stores are no links.
std::vector<Link> find_links(std::string_view text);

// What one URL's host ("huggingface.co", "www.hf.co", "arxiv.org", any case) and path
// ("/org/name", without query or fragment) name, read as find_links reads them; nullopt for
// other hosts and for site pages. `matched` is host + path as given, `offset` 0.
std::optional<Link> link_of_url(std::string_view host, std::string_view path);

}  // namespace scout::crawler::links
