#include "store/ranking_blocks.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <cstring>
#include <sstream>
#include <vector>

namespace scout::store {

namespace {

template<typename T>
bool get(std::string_view data, std::size_t& at, T& value)
{
  if (at + sizeof(T) > data.size()) {
    return false;
  }
  std::memcpy(&value, data.data() + at, sizeof(T));
  at += sizeof(T);
  return true;
}

}  // namespace

std::size_t block_person_size(std::size_t spec_count) { return 18 + std::min<std::size_t>(spec_count, 255) * 5; }

char* encode_block_person(const BlockPerson& person, char* out)
{
  const auto put = [&](const auto value) {
    std::memcpy(out, &value, sizeof value);
    out += sizeof value;
  };
  put(person.person_id);
  put(person.total);
  put(static_cast<std::int8_t>(person.primary));
  const std::size_t count = std::min<std::size_t>(person.specs.size(), 255);
  put(static_cast<std::uint8_t>(count));
  for (std::size_t i = 0; i < count; ++i) {
    put(person.specs[i].spec);
    put(static_cast<float>(person.specs[i].score));
  }
  return out;
}

void encode_block_person(const BlockPerson& person, std::string& data)
{
  char buffer[18 + 255 * 5];
  data.append(buffer, static_cast<std::size_t>(encode_block_person(person, buffer) - buffer));
}

void decode_block(std::string_view data, const std::function<void(const BlockPerson&)>& visit)
{
  std::vector<BlockSpecScore> specs;
  std::size_t at = 0;
  while (at < data.size()) {
    BlockPerson person;
    std::int8_t primary = -1;
    std::uint8_t count = 0;
    if (!get(data, at, person.person_id) || !get(data, at, person.total) || !get(data, at, primary)
        || !get(data, at, count)) {
      return;
    }
    specs.resize(count);
    for (BlockSpecScore& spec : specs) {
      float score = 0;
      if (!get(data, at, spec.spec) || !get(data, at, score)) {
        return;
      }
      spec.score = score;
    }
    person.primary = primary;
    person.specs = specs;
    visit(person);
  }
}

void read_score_blocks(SQLite::Database& db, std::int64_t run_id, const BlockVisitor& visit)
{
  SQLite::Statement run(db, "SELECT specialisation_keys FROM ranking_runs WHERE id = ?");
  run.bind(1, run_id);
  std::vector<std::string> keys;
  if (run.executeStep()) {
    std::istringstream words(run.getColumn(0).getString());
    for (std::string key; words >> key;) {
      keys.push_back(key);
    }
  }
  SQLite::Statement blocks(db, "SELECT data FROM score_blocks WHERE run_id = ? ORDER BY block");
  blocks.bind(1, run_id);
  std::int64_t rank = 0;
  while (blocks.executeStep()) {
    const SQLite::Column column = blocks.getColumn(0);
    const std::string_view data(static_cast<const char*>(column.getBlob()),
                                static_cast<std::size_t>(column.getBytes()));
    decode_block(data, [&](const BlockPerson& person) { visit(person, ++rank, keys); });
  }
}

}  // namespace scout::store
