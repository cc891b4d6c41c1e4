#include "store/response_archive.hpp"

#include "common/clock.hpp"
#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <zstd.h>

namespace scout::store {

namespace {

// Level 3 is zstd's default: most of the gain on JSON at a small CPU cost.
constexpr int k_zstd_level = 3;

std::string compress(const std::string& body)
{
  std::string out(ZSTD_compressBound(body.size()), '\0');
  const std::size_t size = ZSTD_compress(out.data(), out.size(), body.data(), body.size(), k_zstd_level);
  if (ZSTD_isError(size) != 0) {
    throw Error(std::string("raw_responses: cannot compress body: ") + ZSTD_getErrorName(size));
  }
  out.resize(size);
  return out;
}

std::string decompress(const void* data, std::size_t size, std::int64_t expected, std::int64_t id)
{
  std::string out(static_cast<std::size_t>(expected), '\0');
  const std::size_t got = ZSTD_decompress(out.data(), out.size(), data, size);
  if (ZSTD_isError(got) != 0 || got != out.size()) {
    throw Error("raw_responses: body " + std::to_string(id) + " is corrupt");
  }
  return out;
}

}  // namespace

std::int64_t ResponseArchive::archive(const std::string& url, std::int64_t fetched_ms, long status,
                                      const std::string& headers_json, const std::string& body, int parser_version)
{
  try {
    const std::string packed = compress(body);
    CachedStatement insert = m_db.statement(
      "INSERT INTO raw_responses (url, fetched_at, status, headers_json, encoding, body, body_bytes, parser_version)"
      " VALUES (?, ?, ?, ?, 'zstd', ?, ?, NULLIF(?, 0))");
    insert->bindNoCopy(1, url);
    insert->bind(2, format_iso8601_millis(fetched_ms));
    insert->bind(3, static_cast<std::int64_t>(status));
    insert->bindNoCopy(4, headers_json);
    insert->bindNoCopy(5, packed.data(), static_cast<int>(packed.size()));
    insert->bind(6, static_cast<std::int64_t>(body.size()));
    insert->bind(7, parser_version);
    insert->exec();
    return m_db.sql().getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    throw Error("raw_responses: cannot archive " + url + ": " + e.what());
  }
}

void ResponseArchive::mark_parsed(std::int64_t raw_response_id, int parser_version)
{
  try {
    CachedStatement update =
      m_db.statement("UPDATE raw_responses SET parser_version = ? WHERE id = ? AND parser_version IS NOT ?1");
    update->bind(1, parser_version);
    update->bind(2, raw_response_id);
    update->exec();
  } catch (const SQLite::Exception& e) {
    throw Error("raw_responses: cannot mark body " + std::to_string(raw_response_id) + " parsed: " + e.what());
  }
}

void ResponseArchive::remember(const CachedResponse& entry, std::int64_t fetched_ms)
{
  try {
    CachedStatement upsert = m_db.statement(
      "INSERT INTO http_cache (url, etag, last_modified, status, fetched_at, raw_response_id)"
      " VALUES (?, NULLIF(?, ''), NULLIF(?, ''), ?, ?, NULLIF(?, 0)) ON CONFLICT (url) DO UPDATE SET"
      " etag = excluded.etag, last_modified = excluded.last_modified, status = excluded.status,"
      " fetched_at = excluded.fetched_at, raw_response_id = excluded.raw_response_id");
    upsert->bind(1, entry.url);
    upsert->bind(2, entry.etag);
    upsert->bind(3, entry.last_modified);
    upsert->bind(4, static_cast<std::int64_t>(entry.status));
    upsert->bind(5, format_iso8601_millis(fetched_ms));
    upsert->bind(6, entry.raw_response_id);
    upsert->exec();
  } catch (const SQLite::Exception& e) {
    throw Error("http_cache: cannot store validators for " + entry.url + ": " + e.what());
  }
}

void ResponseArchive::touch(const std::string& url, std::int64_t fetched_ms)
{
  try {
    CachedStatement update = m_db.statement("UPDATE http_cache SET fetched_at = ? WHERE url = ?");
    update->bind(1, format_iso8601_millis(fetched_ms));
    update->bind(2, url);
    update->exec();
  } catch (const SQLite::Exception& e) {
    throw Error("http_cache: cannot update " + url + ": " + e.what());
  }
}

std::optional<CachedResponse> ResponseArchive::lookup(const std::string& url)
{
  try {
    CachedStatement query = m_db.statement(
      "SELECT coalesce(c.etag, ''), coalesce(c.last_modified, ''), c.status, coalesce(c.raw_response_id, 0),"
      " coalesce(r.parser_version, 0) FROM http_cache c LEFT JOIN raw_responses r ON r.id = c.raw_response_id"
      " WHERE c.url = ?");
    query->bind(1, url);
    if (!query->executeStep()) {
      return std::nullopt;
    }
    return CachedResponse{url,
                          query->getColumn(0).getString(),
                          query->getColumn(1).getString(),
                          static_cast<long>(query->getColumn(2).getInt64()),
                          query->getColumn(3).getInt64(),
                          query->getColumn(4).getInt()};
  } catch (const SQLite::Exception& e) {
    throw Error("http_cache: cannot read " + url + ": " + e.what());
  }
}

std::string ResponseArchive::load_body(std::int64_t raw_response_id)
{
  try {
    CachedStatement query = m_db.statement("SELECT encoding, body, body_bytes FROM raw_responses WHERE id = ?");
    query->bind(1, raw_response_id);
    if (!query->executeStep()) {
      throw Error("raw_responses: no body with id " + std::to_string(raw_response_id));
    }
    const SQLite::Column body = query->getColumn(1);
    if (query->getColumn(0).getString() == "identity") {
      return std::string(static_cast<const char*>(body.getBlob()), static_cast<std::size_t>(body.getBytes()));
    }
    return decompress(body.getBlob(), static_cast<std::size_t>(body.getBytes()), query->getColumn(2).getInt64(),
                      raw_response_id);
  } catch (const SQLite::Exception& e) {
    throw Error("raw_responses: cannot read body " + std::to_string(raw_response_id) + ": " + e.what());
  }
}

std::string ResponseArchive::load_headers_json(std::int64_t raw_response_id)
{
  try {
    CachedStatement query = m_db.statement("SELECT headers_json FROM raw_responses WHERE id = ?");
    query->bind(1, raw_response_id);
    if (!query->executeStep()) {
      throw Error("raw_responses: no body with id " + std::to_string(raw_response_id));
    }
    return query->getColumn(0).getString();
  } catch (const SQLite::Exception& e) {
    throw Error("raw_responses: cannot read headers " + std::to_string(raw_response_id) + ": " + e.what());
  }
}

}  // namespace scout::store
