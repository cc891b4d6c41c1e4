#pragma once

#include "store/status_report.hpp"

#include <string>

namespace scout::app {

// `scout status` for a person: aligned tables.
std::string status_to_text(const std::string& db_path, const store::StatusReport& report);

// `scout status --json` for scripts and monitoring.
std::string status_to_json(const std::string& db_path, const store::StatusReport& report);

}  // namespace scout::app
