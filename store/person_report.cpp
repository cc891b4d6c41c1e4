#include "store/person_report.hpp"

#include "common/error.hpp"
#include "store/record_writer.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

namespace scout::store {

namespace {

constexpr const char* k_account_key = "(SELECT source || ':' || handle FROM accounts WHERE id = ";

std::vector<ReportAccount> read_accounts(SQLite::Database& db, std::int64_t person)
{
  SQLite::Statement query(
    db,
    "SELECT a.id, a.source, a.handle, a.kind, coalesce(a.display_name, '') FROM accounts a"
    " JOIN person_accounts pa ON pa.account_id = a.id WHERE pa.person_id = ? ORDER BY a.source, a.handle");
  query.bind(1, person);
  std::vector<ReportAccount> accounts;
  while (query.executeStep()) {
    accounts.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                        query.getColumn(3).getString(), query.getColumn(4).getString()});
  }
  return accounts;
}

std::vector<ReportEvidence> read_evidence(SQLite::Database& db, std::int64_t link)
{
  SQLite::Statement query(db, std::string("SELECT e.id, e.kind, ") + k_account_key + "e.from_account_id), coalesce("
    + k_account_key + "e.to_account_id), e.to_ref), e.detail, coalesce(e.source_url, '')"
    " FROM identity_link_evidence le JOIN link_evidence e ON e.id = le.evidence_id WHERE le.link_id = ? ORDER BY e.id");
  query.bind(1, link);
  std::vector<ReportEvidence> evidence;
  while (query.executeStep()) {
    evidence.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                        query.getColumn(3).getString(), query.getColumn(4).getString(),
                        query.getColumn(5).getString()});
  }
  return evidence;
}

std::vector<ReportLink> read_links(SQLite::Database& db, std::int64_t person)
{
  SQLite::Statement query(db, std::string("SELECT l.id, ") + k_account_key + "l.account_a), " + k_account_key
    + "l.account_b), l.rule, l.strength, l.name_match, l.accepted, l.reason, coalesce(l.source_url, '')"
    " FROM identity_links l WHERE l.account_a IN (SELECT account_id FROM person_accounts WHERE person_id = ?1)"
    " OR l.account_b IN (SELECT account_id FROM person_accounts WHERE person_id = ?1)"
    " ORDER BY l.accepted DESC, l.rule, l.id");
  query.bind(1, person);
  std::vector<ReportLink> links;
  while (query.executeStep()) {
    ReportLink link{query.getColumn(1).getString(), query.getColumn(2).getString(),   query.getColumn(3).getString(),
                    query.getColumn(4).getString(), query.getColumn(5).getInt() != 0, query.getColumn(6).getInt() != 0,
                    query.getColumn(7).getString(), query.getColumn(8).getString(),   {}};
    link.evidence = read_evidence(db, query.getColumn(0).getInt64());
    links.push_back(std::move(link));
  }
  return links;
}

std::vector<NameCandidate> read_name_candidates(SQLite::Database& db, std::int64_t person)
{
  SQLite::Statement query(db,
                          "SELECT DISTINCT a.source || ':' || a.handle, coalesce(a.display_name, ''), other.person_id"
                          " FROM person_accounts mine JOIN person_accounts other ON other.name_key = mine.name_key"
                          " JOIN accounts a ON a.id = other.account_id"
                          " WHERE mine.person_id = ?1 AND mine.name_key <> '' AND other.person_id <> ?1 ORDER BY 1");
  query.bind(1, person);
  std::vector<NameCandidate> candidates;
  while (query.executeStep()) {
    candidates.push_back(
      {query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getInt64()});
  }
  return candidates;
}

}  // namespace

std::optional<std::int64_t> person_of_account(Database& db, const std::string& source, const std::string& handle)
{
  try {
    SQLite::Statement query(db.sql(),
                            "SELECT pa.person_id FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id"
                            " WHERE a.source = ? AND a.handle = ?");
    query.bind(1, source);
    query.bind(2, normalise_handle(source, handle));
    return query.executeStep() ? std::optional<std::int64_t>(query.getColumn(0).getInt64()) : std::nullopt;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot look up the person of " + source + ":" + handle + ": " + e.what());
  }
}

std::vector<PersonListing> list_people(Database& db, int min_accounts)
{
  try {
    SQLite::Statement query(
      db.sql(),
      "SELECT p.id, p.display_name, a.source || ':' || a.handle FROM people p"
      " JOIN person_accounts pa ON pa.person_id = p.id JOIN accounts a ON a.id = pa.account_id"
      " WHERE p.id IN (SELECT person_id FROM person_accounts GROUP BY person_id HAVING count(*) >= ?)"
      " ORDER BY p.display_name, p.id, a.source, a.handle");
    query.bind(1, min_accounts);
    std::vector<PersonListing> people;
    while (query.executeStep()) {
      const std::int64_t id = query.getColumn(0).getInt64();
      if (people.empty() || people.back().id != id) {
        people.push_back({id, query.getColumn(1).getString(), {}});
      }
      people.back().accounts.push_back(query.getColumn(2).getString());
    }
    return people;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot list people: " + e.what());
  }
}

std::optional<PersonReport> read_person_report(Database& db, std::int64_t id)
{
  try {
    SQLite::Statement person(db.sql(), "SELECT display_name FROM people WHERE id = ?");
    person.bind(1, id);
    if (!person.executeStep()) {
      return std::nullopt;
    }
    PersonReport report{id, person.getColumn(0).getString(), read_accounts(db.sql(), id), read_links(db.sql(), id),
                        read_name_candidates(db.sql(), id)};
    return report;
  } catch (const SQLite::Exception& e) {
    throw Error(db.path() + ": cannot read person " + std::to_string(id) + ": " + e.what());
  }
}

}  // namespace scout::store
