#include "store/people_status.hpp"

#include "common/error.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

PeopleSummary read_people_summary(Database& db)
{
  PeopleSummary summary;
  try {
    if (!db.sql().tableExists("identity_links")) {
      return summary;
    }
    summary.people = db.sql().execAndGet("SELECT count(*) FROM people").getInt64();
    summary.multi_account_people =
      db.sql()
        .execAndGet(
          "SELECT count(*) FROM (SELECT person_id FROM person_accounts GROUP BY person_id HAVING count(*) > 1)")
        .getInt64();
    SQLite::Statement rules(db.sql(),
                            "SELECT rule, count(*) FROM identity_links WHERE accepted = 1 GROUP BY rule ORDER BY rule");
    while (rules.executeStep()) {
      summary.links_by_rule.emplace_back(rules.getColumn(0).getString(), rules.getColumn(1).getInt64());
    }
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot count people: " + e.what());
  }
  return summary;
}

}  // namespace scout::store
