#include "replay/conditional.hpp"

#include "common/strings.hpp"

#include <cstdint>
#include <cstdio>

namespace scout::replay {

namespace {

std::string_view strip_weak(std::string_view tag)
{
  tag = trim(tag);
  if (starts_with(tag, "W/")) {
    tag.remove_prefix(2);
  }
  return tag;
}

}  // namespace

bool etag_matches(std::string_view if_none_match, std::string_view etag)
{
  const std::string_view wanted = strip_weak(etag);
  for (const std::string& candidate : split(if_none_match, ',')) {
    const std::string_view tag = strip_weak(candidate);
    if (tag == "*" || (!tag.empty() && tag == wanted)) {
      return true;
    }
  }
  return false;
}

std::string body_etag(std::string_view body)
{
  // FNV-1a: stable across runs and platforms, unlike std::hash.
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : body) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  char text[32];
  std::snprintf(text, sizeof text, "\"%016llx\"", static_cast<unsigned long long>(hash));
  return text;
}

bool apply_conditional(const Headers& request_headers, Reply& reply)
{
  if (reply.status != 200) {
    return false;
  }
  const std::string* if_none_match = find_header(request_headers, "If-None-Match");
  const std::string* etag = find_header(reply.headers, "ETag");
  const std::string* if_modified_since = find_header(request_headers, "If-Modified-Since");
  const std::string* last_modified = find_header(reply.headers, "Last-Modified");

  bool not_modified = false;
  if (if_none_match != nullptr) {
    // RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since.
    not_modified = etag != nullptr && etag_matches(*if_none_match, *etag);
  } else if (if_modified_since != nullptr && last_modified != nullptr) {
    not_modified = trim(*if_modified_since) == trim(*last_modified);
  }
  if (!not_modified) {
    return false;
  }
  reply.status = 304;
  reply.body.clear();
  remove_header(reply.headers, "Content-Type");
  return true;
}

}  // namespace scout::replay
