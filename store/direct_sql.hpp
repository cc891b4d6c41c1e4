#pragma once

#include "store/sql_value.hpp"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace scout::store {

// SQL run directly on a Database, outside the typed reads and writes: for tests that look
// at the rows a command left, or that age, damage or hand-make rows on purpose, and for
// tools' session settings (PRAGMA synchronous = OFF in a bench). Production code uses the
// typed APIs. Every failure throws scout::Error naming the database and the statement.

// Runs `script`: one or more statements separated by `;`, without parameters.
void execute(Database& db, std::string_view script);

// The first column of the query's first row: as an integer (NULL reads as 0), a real
// (NULL as 0.0) or text (NULL as ""). Throws scout::Error when the query returns no row.
std::int64_t query_int(Database& db, std::string_view sql, std::initializer_list<SqlValue> params = {});
double query_double(Database& db, std::string_view sql, std::initializer_list<SqlValue> params = {});
std::string query_text(Database& db, std::string_view sql, std::initializer_list<SqlValue> params = {});

// Every row of the query, each column as SQLite's text for it (NULL as `null_text`, "" by
// default); empty when the query returns no row.
using SqlRows = std::vector<std::vector<std::string>>;
SqlRows query_rows(Database& db, std::string_view sql, std::initializer_list<SqlValue> params = {},
                   std::string_view null_text = "");

}  // namespace scout::store
