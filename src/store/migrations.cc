#include "store/migrations.h"

#include <array>
#include <string>

namespace leakwatch::store {

namespace {

// Version 1: the incident tables and the full-text index.
Status CreateTables(Db& db) {
  return db.Exec(R"sql(
    -- Narrow: what filters, sorts and facets read, many rows to a page.
    CREATE TABLE incidents (
      rowid INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL,
      sector TEXT,
      country TEXT,
      region TEXT,
      organization TEXT,
      date TEXT NOT NULL,                -- announced_date, else incident_date, else ''
      size INTEGER NOT NULL,             -- affected persons, else records, else -1
      persons INTEGER,
      items INTEGER NOT NULL,            -- bit i: record::AllDataItems()[i]
      merged_into TEXT,                  -- canonical incident's id for a merged report
      updated_at INTEGER NOT NULL,
      content_hash BLOB NOT NULL         -- of record and source: unchanged re-puts are skipped
    );
    -- Wide: the record and its verbatim source, same rowid as in incidents.
    CREATE TABLE incident_sources (
      rowid INTEGER PRIMARY KEY,
      record TEXT NOT NULL,              -- record::ToJsonLine
      source_kind TEXT NOT NULL,
      source_name TEXT NOT NULL,
      source_text TEXT                   -- NULL when byte-equal to `record`
    );
    CREATE VIRTUAL TABLE incident_text USING fts5(
      title, body, content='', tokenize='leakwatch');
    INSERT INTO incident_text(incident_text, rank) VALUES('rank', 'bm25(4.0, 1.0)');
    INSERT INTO incident_text(incident_text, rank) VALUES('hashsize', 67108864);
    INSERT INTO incident_text(incident_text, rank) VALUES('automerge', 8);
  )sql");
}

// Version 2: indexes for the date and size sorts and the exact-match filters.
Status CreateIndexes(Db& db) {
  return db.Exec(R"sql(
    CREATE INDEX incidents_by_date ON incidents(date, id);
    CREATE INDEX incidents_by_size ON incidents(size, id);
    CREATE INDEX incidents_by_organization ON incidents(organization);
    CREATE INDEX incidents_by_merged_into ON incidents(merged_into) WHERE merged_into IS NOT NULL;
  )sql");
}

// Version 3: rank by lw_bm25 (fts_rank.h) instead of FTS5's bm25(), whose
// per-row document-size lookup dominated queries with many matches.
Status RankWithoutLengthLookups(Db& db) {
  return db.Exec(
      "INSERT INTO incident_text(incident_text, rank) VALUES('rank', 'lw_bm25(4.0, 1.0)')");
}

// Version 4: a store generation, incremented by every write transaction that
// changes something, and on each incident row the generation that last wrote
// it, so that readers can bring an in-memory copy of the columns up to date
// (column_snapshot.h) by reading only the rows changed since.
Status AddGenerations(Db& db) {
  return db.Exec(R"sql(
    CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
    INSERT INTO store_meta(key, value) VALUES('generation', 1);
    ALTER TABLE incidents ADD COLUMN gen INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX incidents_by_gen ON incidents(gen);
  )sql");
}

using Migration = Status (*)(Db&);
constexpr std::array<Migration, 4> kMigrations = {CreateTables, CreateIndexes,
                                                  RankWithoutLengthLookups, AddGenerations};

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

Status Migrate(Db& db, const std::string& path, int target) {
  if (target < 0) target = LatestSchemaVersion();
  LW_ASSIGN_OR_RETURN(std::int64_t version, db.QueryInt("PRAGMA user_version"));
  if (version > LatestSchemaVersion())
    return Status::Corruption(path + ": schema version " + std::to_string(version) +
                              " is newer than this leakwatch knows (" +
                              std::to_string(LatestSchemaVersion()) + ")");
  for (int v = static_cast<int>(version); v < target; ++v) {
    Transaction tx(db, /*immediate=*/true);
    LW_RETURN_IF_ERROR(tx.begun());
    // Another process may have migrated meanwhile: re-read inside the lock.
    LW_ASSIGN_OR_RETURN(std::int64_t now, db.QueryInt("PRAGMA user_version"));
    if (now > v) continue;
    Status s = kMigrations[v](db);
    if (!s.ok()) return s.WithContext(path + ": migration to version " + std::to_string(v + 1));
    LW_RETURN_IF_ERROR(db.Exec("PRAGMA user_version = " + std::to_string(v + 1)));
    LW_RETURN_IF_ERROR(tx.Commit());
  }
  return Status::Ok();
}

}  // namespace leakwatch::store
