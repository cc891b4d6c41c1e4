#include "app/config/render_settings.hpp"

#include "app/config/settings_fields.hpp"
#include "app/config/toml_text.hpp"

#include <sstream>
#include <string_view>
#include <type_traits>

namespace scout::config {

namespace {

// A comment ends at the line break, so keep text that goes into one on a single line.
std::string one_line(std::string text)
{
  for (char& c : text) {
    if (c == '\n' || c == '\r') {
      c = ' ';
    }
  }
  return text;
}

// Visitor for for_each_field(): writes "[table]" headers and "key = value" lines.
class FieldWriter {
public:
  FieldWriter(std::ostringstream& out, const EnvLookup& getenv) : m_out(out), m_getenv(getenv) {}

  template<class T>
  void operator()(std::string_view table, std::string_view key, const T& field)
  {
    if (table != m_table) {
      m_out << "\n[" << table << "]\n";
      m_table = std::string(table);
    }
    m_out << key << " = " << toml_text(field) << "\n";
    if constexpr (std::is_same_v<T, std::vector<std::string>>) {
      if (key == "token_env") {
        write_token_status(field);
      }
    }
  }

private:
  // Only whether each variable is set: the token itself never reaches the output.
  void write_token_status(const std::vector<std::string>& names)
  {
    for (const std::string& name : names) {
      m_out << "# " << one_line(name) << ": " << (is_token_set(name, m_getenv) ? "set" : "not set") << "\n";
    }
  }

  std::ostringstream& m_out;
  const EnvLookup& m_getenv;
  std::string m_table;
};

}  // namespace

std::string render_settings(const Settings& settings, const EnvLookup& getenv)
{
  std::ostringstream out;
  out << "# Effective scout configuration.\n"
      << "# Source: " << one_line(settings.source) << "\n"
      << "# Keys not set there have their built-in defaults; relative paths in a file are\n"
      << "# shown resolved against the file's folder.\n";
  for_each_field(settings, FieldWriter(out, getenv));
  return out.str();
}

std::string render_settings(const Settings& settings) { return render_settings(settings, process_environment()); }

}  // namespace scout::config
