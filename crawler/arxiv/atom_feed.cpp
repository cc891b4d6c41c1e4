#include "crawler/arxiv/atom_feed.hpp"

#include "crawler/arxiv/arxiv_id.hpp"

#include <pugixml.hpp>

#include <charconv>

namespace scout::crawler {

namespace {

constexpr std::string_view k_atom_ns = "http://www.w3.org/2005/Atom";
constexpr std::string_view k_opensearch_ns = "http://a9.com/-/spec/opensearch/1.1/";
constexpr std::string_view k_arxiv_ns = "http://arxiv.org/schemas/atom";

std::string_view local_name(pugi::xml_node node)
{
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// pugixml does not resolve namespaces: look the element's prefix up in the xmlns
// attributes of the element and its ancestors, as XML Namespaces 1.0 scopes them.
std::string_view namespace_of(pugi::xml_node node)
{
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  const std::string attribute =
    colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (pugi::xml_node scope = node; scope; scope = scope.parent()) {
    if (const pugi::xml_attribute declared = scope.attribute(attribute.c_str())) {
      return declared.value();
    }
  }
  return "";
}

bool is_element(pugi::xml_node node, std::string_view ns, std::string_view local)
{
  return node.type() == pugi::node_element && local_name(node) == local && namespace_of(node) == ns;
}

pugi::xml_node child_element(pugi::xml_node parent, std::string_view ns, std::string_view local)
{
  for (const pugi::xml_node child : parent.children()) {
    if (is_element(child, ns, local)) {
      return child;
    }
  }
  return {};
}

// All character data under `node` (text and CDATA sections), entities already decoded.
std::string inner_text(pugi::xml_node node)
{
  std::string text;
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      text += child.value();
    } else if (child.type() == pugi::node_element) {
      text += inner_text(child);
    }
  }
  return text;
}

// The collapsed text of the first matching child; empty when there is none.
std::string child_text(pugi::xml_node parent, std::string_view ns, std::string_view local)
{
  const pugi::xml_node child = child_element(parent, ns, local);
  return child ? collapse_whitespace(inner_text(child)) : std::string();
}

// Reads an <opensearch:...> count; an absent one stays nullopt, a non-number is an error.
std::string read_count(pugi::xml_node feed, std::string_view local, std::optional<std::int64_t>& count)
{
  const pugi::xml_node node = child_element(feed, k_opensearch_ns, local);
  if (!node) {
    return "";
  }
  const std::string text = collapse_whitespace(inner_text(node));
  std::int64_t value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value < 0) {
    return "<opensearch:" + std::string(local) + "> '" + text + "' is not a count";
  }
  count = value;
  return "";
}

void read_authors(pugi::xml_node entry, model::ArxivPaperRecord& paper)
{
  for (const pugi::xml_node author : entry.children()) {
    if (!is_element(author, k_atom_ns, "author")) {
      continue;
    }
    model::ArxivAuthor record{child_text(author, k_atom_ns, "name"), ""};
    // Several affiliations are rare; keep them all, in order.
    for (const pugi::xml_node child : author.children()) {
      if (is_element(child, k_arxiv_ns, "affiliation")) {
        const std::string affiliation = collapse_whitespace(inner_text(child));
        if (!affiliation.empty()) {
          record.affiliation += (record.affiliation.empty() ? "" : "; ") + affiliation;
        }
      }
    }
    paper.authors.push_back(std::move(record));
  }
}

void read_categories_and_links(pugi::xml_node entry, model::ArxivPaperRecord& paper)
{
  for (const pugi::xml_node child : entry.children()) {
    if (is_element(child, k_atom_ns, "category")) {
      const std::string term = child.attribute("term").value();
      if (!term.empty()) {
        paper.categories.push_back(term);
      }
    } else if (is_element(child, k_atom_ns, "link")) {
      // Atom: a link without rel is rel="alternate"; arXiv titles its pdf and doi links.
      std::string label = child.attribute("title").value();
      if (label.empty()) {
        label = child.attribute("rel").value();
      }
      paper.links.emplace_back(label.empty() ? "alternate" : label, child.attribute("href").value());
    }
  }
  if (const pugi::xml_node primary = child_element(entry, k_arxiv_ns, "primary_category")) {
    paper.primary_category = primary.attribute("term").value();
  }
}

// arXiv reports a bad request as a feed whose one entry is the error, titled "Error".
bool is_error_entry(std::string_view id, std::string_view title)
{
  return id.find("/api/errors") != std::string_view::npos || (title == "Error" && !split_arxiv_id(id));
}

}  // namespace

namespace {

// Fills `paper` from one <entry> whose <id> and <title> texts were read already; returns
// an error naming the entry (`label`) and the field.
std::string read_entry(pugi::xml_node entry, const std::string& label, const std::string& id_text, std::string title,
                       model::ArxivPaperRecord& paper)
{
  if (id_text.empty()) {
    return label + ": missing <id>";
  }
  if (title.empty()) {
    return label + " (" + id_text + "): missing <title>";
  }
  const std::optional<ArxivId> id = split_arxiv_id(id_text);
  if (!id) {
    return label + ": <id> '" + id_text + "' is not an arXiv abs URL";
  }
  paper.id = id->id;
  paper.version = id->version;
  paper.title = std::move(title);
  paper.abstract = child_text(entry, k_atom_ns, "summary");
  paper.published_at = child_text(entry, k_atom_ns, "published");
  paper.updated_at = child_text(entry, k_atom_ns, "updated");
  paper.comment = child_text(entry, k_arxiv_ns, "comment");
  paper.journal_ref = child_text(entry, k_arxiv_ns, "journal_ref");
  paper.doi = child_text(entry, k_arxiv_ns, "doi");
  read_authors(entry, paper);
  read_categories_and_links(entry, paper);
  return "";
}

std::string read_entries(pugi::xml_node feed_node, AtomFeed& feed)
{
  std::vector<pugi::xml_node> entries;
  for (const pugi::xml_node child : feed_node.children()) {
    if (is_element(child, k_atom_ns, "entry")) {
      entries.push_back(child);
    }
  }
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string id = child_text(entries[i], k_atom_ns, "id");
    std::string title = child_text(entries[i], k_atom_ns, "title");
    if (is_error_entry(id, title)) {
      const std::string summary = child_text(entries[i], k_atom_ns, "summary");
      feed.papers.clear();
      feed.api_error = summary.empty() ? id : summary;
      return "";
    }
    const std::string label = "entry " + std::to_string(i + 1) + " of " + std::to_string(entries.size());
    model::ArxivPaperRecord paper;
    if (std::string error = read_entry(entries[i], label, id, std::move(title), paper); !error.empty()) {
      return error;
    }
    feed.papers.push_back(std::move(paper));
  }
  return "";
}

}  // namespace

AtomFeedResult parse_atom_feed(std::string_view body)
{
  AtomFeedResult result;
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
    document.load_buffer(body.data(), body.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    result.error =
      std::string("malformed Atom XML: ") + parsed.description() + " at offset " + std::to_string(parsed.offset);
    return result;
  }
  const pugi::xml_node root = document.document_element();
  if (!is_element(root, k_atom_ns, "feed")) {
    const std::string_view ns = namespace_of(root);
    result.error = "expected an Atom <feed>, got <" + std::string(root.name()) + ">"
                   + (local_name(root) == "feed" && !ns.empty() ? " in namespace '" + std::string(ns) + "'" : "");
    return result;
  }
  for (const auto& [local, count] :
       {std::pair{"totalResults", &result.feed.total_results}, std::pair{"startIndex", &result.feed.start_index},
        std::pair{"itemsPerPage", &result.feed.items_per_page}}) {
    if (std::string error = read_count(root, local, *count); !error.empty()) {
      result.error = std::move(error);
      return result;
    }
  }
  result.error = read_entries(root, result.feed);
  if (!result.error.empty()) {
    result.feed = AtomFeed{};
  }
  return result;
}

std::string collapse_whitespace(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += c;
  }
  return out;
}

}  // namespace scout::crawler
