#include "crawler/links/markdown_text.hpp"

#include <cmark.h>

#include <memory>

namespace scout::crawler::links {

namespace {

struct NodeFree {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterFree {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using Document = std::unique_ptr<cmark_node, NodeFree>;
using Iterator = std::unique_ptr<cmark_iter, IterFree>;

Document parse(std::string_view markdown)
{
  return Document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
}

std::string literal(cmark_node* node)
{
  const char* text = cmark_node_get_literal(node);
  return text == nullptr ? "" : text;
}

void new_line(std::string& out)
{
  if (!out.empty() && out.back() != '\n') {
    out += '\n';
  }
}

bool is_leaf_block(cmark_node_type type)
{
  return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_CODE_BLOCK
         || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK;
}

// Appends what a reader sees of one node as the iterator enters it.
void append_entered(cmark_node* node, std::string& out)
{
  const cmark_node_type type = cmark_node_get_type(node);
  if (is_leaf_block(type)) {
    new_line(out);
  }
  switch (type) {
  case CMARK_NODE_TEXT:
  case CMARK_NODE_CODE:
  case CMARK_NODE_HTML_INLINE:
  case CMARK_NODE_CODE_BLOCK:
  case CMARK_NODE_HTML_BLOCK: out += literal(node); break;
  case CMARK_NODE_SOFTBREAK: out += ' '; break;
  case CMARK_NODE_LINEBREAK: out += '\n'; break;
  default: break;
  }
}

// After a link's or image's text, its destination: what the link names. Spaces keep the
// two apart, and the text comes first, as a reader meets it.
void append_destination(cmark_node* node, std::string& out)
{
  const cmark_node_type type = cmark_node_get_type(node);
  const char* url = type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE ? cmark_node_get_url(node) : nullptr;
  if (url != nullptr && *url != '\0') {
    out += ' ';
    out += url;
    out += ' ';
  }
}

// The rendered inline text of a heading.
std::string inline_text(cmark_node* heading)
{
  std::string text;
  Iterator iter(cmark_iter_new(heading));
  for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
      text += literal(node);
    } else if (event == CMARK_EVENT_ENTER && (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)) {
      text += ' ';
    }
  }
  return text;
}

}  // namespace

std::string markdown_reader_text(std::string_view markdown)
{
  const Document document = parse(markdown);
  std::string out;
  Iterator iter(cmark_iter_new(document.get()));
  for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
       event = cmark_iter_next(iter.get())) {
    if (event == CMARK_EVENT_ENTER) {
      append_entered(cmark_iter_get_node(iter.get()), out);
    } else if (event == CMARK_EVENT_EXIT) {
      append_destination(cmark_iter_get_node(iter.get()), out);
    }
  }
  return out;
}

std::vector<MarkdownHeading> markdown_headings(std::string_view markdown)
{
  const Document document = parse(markdown);
  std::vector<MarkdownHeading> headings;
  for (cmark_node* node = cmark_node_first_child(document.get()); node != nullptr; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) == CMARK_NODE_HEADING) {
      headings.push_back(MarkdownHeading{cmark_node_get_heading_level(node), inline_text(node),
                                         cmark_node_get_start_line(node), cmark_node_get_end_line(node)});
    }
  }
  return headings;
}

}  // namespace scout::crawler::links
