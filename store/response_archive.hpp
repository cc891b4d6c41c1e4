#pragma once

#include "store/database.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace scout::store {

// What the HTTP cache knows about a URL: validators for a conditional request and the
// archived body a 304 refers to.
struct CachedResponse {
  std::string url;
  std::string etag;           // empty when the server sent none
  std::string last_modified;  // empty when the server sent none
  long status = 0;
  std::int64_t raw_response_id = 0;  // 0 when no body is archived
  int parser_version = 0;            // of the records stored from that body; 0 when unknown
};

// Raw response archive (zstd-compressed bodies, table raw_responses) and HTTP cache
// (table http_cache). Not thread-safe: used by the crawl's writer thread.
class ResponseArchive {
public:
  explicit ResponseArchive(Database& db) : m_db(db) {}

  // Stores one response body compressed; returns its id. Call inside the task's transaction.
  // `parser_version`: of the parsers whose records were stored from it (0: none yet).
  std::int64_t archive(const std::string& url, std::int64_t fetched_ms, long status, const std::string& headers_json,
                       const std::string& body, int parser_version = 0);

  // Notes that the records of an archived body were stored by parsers of `parser_version`.
  void mark_parsed(std::int64_t raw_response_id, int parser_version);

  // Records validators for `url` (replacing older ones) pointing at an archived body.
  void remember(const CachedResponse& entry, std::int64_t fetched_ms);

  // Refreshes fetched_at after a 304 (the archived body is still current).
  void touch(const std::string& url, std::int64_t fetched_ms);

  std::optional<CachedResponse> lookup(const std::string& url);

  // The decompressed body of an archived response; throws scout::Error when the id is
  // unknown or the stored bytes are corrupt.
  std::string load_body(std::int64_t raw_response_id);

  // The response headers stored with an archived body, as JSON [[name, value], ...].
  std::string load_headers_json(std::int64_t raw_response_id);

private:
  Database& m_db;
};

}  // namespace scout::store
