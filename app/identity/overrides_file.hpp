#pragma once

#include "app/identity/account_ref.hpp"

#include <string>
#include <vector>

namespace scout::app {

// One entry of identity-overrides.toml: [[merge]] or [[split]] with accounts a and b.
struct OverrideEntry {
  bool merge = true;
  AccountRef a;
  AccountRef b;
  int line = 0;  // where it was written, for messages
};

// The entries of the overrides file at `path`, in file order; empty when the file does not
// exist. Throws scout::ConfigError with file:line for a malformed file, an unknown key or
// table, or an account that is not github:/hf:/arxiv:.
std::vector<OverrideEntry> read_overrides(const std::string& path);

// Appends one entry to the file (creating it, with a comment header, when absent). Keeps
// everything already written, comments included.
void append_override(const std::string& path, const OverrideEntry& entry);

}  // namespace scout::app
