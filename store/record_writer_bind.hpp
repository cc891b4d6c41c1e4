#pragma once

// Binding helpers shared by the RecordWriter files.

#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <optional>
#include <string>

namespace scout::store::binding {

// Binds text without copying it (SQLITE_STATIC): the string must live until the statement
// has run, which a record field does. A temporary would not, hence the deleted overload.
inline void text(SQLite::Statement& statement, int index, const std::string& value)
{
  statement.bindNoCopy(index, value);
}
void text(SQLite::Statement& statement, int index, const std::string&& value) = delete;

// Text as above, or NULL when empty.
inline void text_or_null(SQLite::Statement& statement, int index, const std::string& value)
{
  value.empty() ? statement.bind(index) : statement.bindNoCopy(index, value);
}
void text_or_null(SQLite::Statement& statement, int index, const std::string&& value) = delete;

template<class T>
void number_or_null(SQLite::Statement& statement, int index, const std::optional<T>& value)
{
  value ? statement.bind(index, static_cast<std::int64_t>(*value)) : statement.bind(index);
}

}  // namespace scout::store::binding
