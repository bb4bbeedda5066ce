#include "store/sqlite_store.h"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <ctime>

#include "store/fts_rank.h"
#include "store/fts_scan.h"
#include "store/fts_tokenizer.h"
#include "store/migrations.h"
#include "store/search_document.h"
#include "store/sqlite_rows.h"

namespace leakwatch::store {

SqliteStore::Reader::~Reader() {
  if (!db_) return;
  std::lock_guard lock(store_->pool_mu_);
  store_->readers_.push_back(std::move(*db_));
}

struct SqliteStore::WriteStatements {
  Stmt find, insert, update, put_source, text_insert, text_delete, set_merged, repoint;
  Stmt read_generation, write_generation;
  std::int64_t generation = 0;  // of the open write transaction: the stored one + 1
};

namespace {

constexpr int kBusyTimeoutMs = 10000;
// Page size of new database files. At 100k bench records, 4,837 bytes per
// record on disk instead of 6,016 with 4 KiB pages, and fewer pages to write.
constexpr int kNewPageSize = 8192;

std::string ContentHash(const std::string& record_line, const Provenance& p) {
  crypto_generichash_state st;
  crypto_generichash_init(&st, nullptr, 0, 16);
  auto add = [&st](std::string_view s) {
    std::uint64_t n = s.size();
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(&n), sizeof n);
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  };
  add(record_line);
  add(p.kind);
  add(p.name);
  add(p.text);
  unsigned char out[16];
  crypto_generichash_final(&st, out, sizeof out);
  return std::string(reinterpret_cast<const char*>(out), sizeof out);
}

Status IndexText(Stmt& stmt, std::int64_t rowid, const SearchDocument& doc) {
  stmt.Reset();
  stmt.Bind(1, rowid).Bind(2, doc.title).Bind(3, doc.body);
  return stmt.Run();
}

// Removes the index entry of stored row (record JSON, source kind and text).
Status UnindexText(Stmt& stmt, std::int64_t rowid, std::string_view record_json,
                   Provenance provenance) {
  auto r = record::ParseJson(record_json);
  if (!r.ok()) return Status::Corruption("stored record: " + r.status().message());
  return IndexText(stmt, rowid, MakeSearchDocument(*r, provenance));
}

}  // namespace

SqliteStore::SqliteStore(std::string path, OpenOptions options)
    : path_(std::move(path)),
      options_(options),
      page_cache_(static_cast<std::size_t>(std::max(0, options.result_cache_entries))),
      facet_cache_(static_cast<std::size_t>(std::max(0, options.result_cache_entries))),
      hit_cache_(static_cast<std::size_t>(std::max(0, options.result_cache_entries)) * 16) {}

SqliteStore::~SqliteStore() = default;

Result<Db> SqliteStore::Connect(bool writer) {
  int flags = options_.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (writer && !options_.read_only && options_.create_if_missing) flags |= SQLITE_OPEN_CREATE;
  LW_ASSIGN_OR_RETURN(Db db, Db::Open(path_, flags));
  sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
  LW_RETURN_IF_ERROR(RegisterFtsTokenizer(db.get()));
  LW_RETURN_IF_ERROR(RegisterFtsRank(db.get()));
  LW_RETURN_IF_ERROR(RegisterFtsScan(db.get()));
  Status s = db.Exec(
      "PRAGMA synchronous=NORMAL; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;"
      "PRAGMA mmap_size=1073741824;");
  if (!s.ok()) return s.WithContext(path_);
  return db;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path,
                                                       const OpenOptions& options,
                                                       int schema_version) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to initialise");
  if (!options.create_if_missing && ::access(path.c_str(), F_OK) != 0)
    return Status::IoError(path + ": no such database file (leakwatch ingest creates it)");
  std::unique_ptr<SqliteStore> store(new SqliteStore(path, options));
  LW_ASSIGN_OR_RETURN(Db db, store->Connect(/*writer=*/true));
  // A file that is not a database only shows when first read.
  auto version = db.QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status().WithContext(path);
  if (options.read_only) {
    if (*version != LatestSchemaVersion())
      return Status::Corruption(path + ": schema version " + std::to_string(*version) +
                                " needs migrating to " + std::to_string(LatestSchemaVersion()) +
                                "; open it writable once");
    store->readers_.push_back(std::move(db));
    return store;
  }
  // A new file gets 8 KiB pages: a record with its source (about 2.6 KB for
  // the bench corpus) left half of a 4 KiB page empty. Only possible before
  // the first write (journal_mode=WAL is one); existing files keep theirs.
  auto pages = db.QueryInt("PRAGMA page_count");
  if (!pages.ok()) return pages.status().WithContext(path);
  if (*pages == 0) {
    auto page_size = db.Exec("PRAGMA page_size=" + std::to_string(kNewPageSize));
    if (!page_size.ok()) return page_size.WithContext(path);
  }
  auto wal = db.Exec("PRAGMA journal_mode=WAL");
  if (!wal.ok()) return wal.WithContext(path);
  LW_RETURN_IF_ERROR(Migrate(db, path, schema_version));
  store->writer_.emplace(std::move(db));
  return store;
}

Result<SqliteStore::Reader> SqliteStore::AcquireReader() {
  {
    std::lock_guard lock(pool_mu_);
    if (!readers_.empty()) {
      Db db = std::move(readers_.back());
      readers_.pop_back();
      return Reader(this, std::move(db));
    }
  }
  LW_ASSIGN_OR_RETURN(Db db, Connect(/*writer=*/false));
  return Reader(this, std::move(db));
}

Status SqliteStore::PutLocked(const IngestItem& item, std::int64_t now, PutSummary* summary) {
  WriteStatements& w = *write_stmts_;
  const record::Incident& r = item.incident;
  std::string line = record::ToJsonLine(r);
  std::string hash = ContentHash(line, item.provenance);
  w.find.Reset();
  w.find.Bind(1, r.id);
  LW_ASSIGN_OR_RETURN(bool found, w.find.Step());
  IncidentColumns cols = ColumnsOf(r);
  if (found) {
    if (w.find.Blob(1) == hash) {
      ++summary->unchanged;
      return Status::Ok();
    }
    std::int64_t rowid = w.find.Int(0);
    bool indexed = w.find.IsNull(5);
    if (indexed) {
      Provenance old{std::string(w.find.Text(3)), "", SourceText(w.find, 4, 2)};
      LW_RETURN_IF_ERROR(UnindexText(w.text_delete, rowid, w.find.Text(2), std::move(old)));
    }
    w.update.Reset();
    BindRow(w.update, r.id, cols, now, hash, w.generation);
    LW_RETURN_IF_ERROR(w.update.Run());
    w.put_source.Reset();
    BindSource(w.put_source, rowid, line, item.provenance);
    LW_RETURN_IF_ERROR(w.put_source.Run());
    if (indexed)
      LW_RETURN_IF_ERROR(IndexText(w.text_insert, rowid, MakeSearchDocument(r, item.provenance)));
    ++summary->updated;
    return Status::Ok();
  }
  w.insert.Reset();
  BindRow(w.insert, r.id, cols, now, hash, w.generation);
  LW_RETURN_IF_ERROR(w.insert.Run());
  std::int64_t rowid = sqlite3_last_insert_rowid(writer_->get());
  w.put_source.Reset();
  BindSource(w.put_source, rowid, line, item.provenance);
  LW_RETURN_IF_ERROR(w.put_source.Run());
  LW_RETURN_IF_ERROR(IndexText(w.text_insert, rowid, MakeSearchDocument(r, item.provenance)));
  ++summary->inserted;
  return Status::Ok();
}

Status SqliteStore::Put(std::span<const IngestItem> batch, PutSummary* summary) {
  for (const auto& item : batch) {
    Status s = record::Validate(item.incident);
    if (!s.ok()) return s.WithContext("incident '" + item.incident.id + "'");
  }
  std::lock_guard lock(write_mu_);
  LW_RETURN_IF_ERROR(PrepareWrites());
  Transaction tx(*writer_, /*immediate=*/true);
  LW_RETURN_IF_ERROR(tx.begun());
  LW_RETURN_IF_ERROR(BeginGeneration());
  PutSummary local;
  std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  for (const auto& item : batch) {
    Status s = PutLocked(item, now, &local);
    if (!s.ok()) return s.WithContext("incident '" + item.incident.id + "'");
  }
  if (local.inserted + local.updated > 0) LW_RETURN_IF_ERROR(EndGeneration());
  LW_RETURN_IF_ERROR(tx.Commit());
  if (summary) {
    summary->inserted += local.inserted;
    summary->updated += local.updated;
    summary->unchanged += local.unchanged;
  }
  return Status::Ok();
}

Status SqliteStore::PrepareWrites() {
  if (!writer_) return Status::InvalidArgument(path_ + ": the store is open read-only");
  if (write_stmts_) return Status::Ok();
  auto w = std::make_unique<WriteStatements>();
  Db& db = *writer_;
  LW_ASSIGN_OR_RETURN(
      w->find, db.Prepare("SELECT i.rowid, i.content_hash, s.record, s.source_kind, s.source_text, "
                          "i.merged_into, s.source_name FROM incidents i "
                          "JOIN incident_sources s ON s.rowid = i.rowid WHERE i.id = ?1"));
  LW_ASSIGN_OR_RETURN(w->insert, db.Prepare(kInsertRowSql));
  LW_ASSIGN_OR_RETURN(w->update, db.Prepare(kUpdateRowSql));
  LW_ASSIGN_OR_RETURN(w->put_source, db.Prepare(kPutSourceSql));
  LW_ASSIGN_OR_RETURN(
      w->text_insert,
      db.Prepare("INSERT INTO incident_text(rowid, title, body) VALUES(?1, ?2, ?3)"));
  LW_ASSIGN_OR_RETURN(w->text_delete, db.Prepare("INSERT INTO incident_text(incident_text, rowid, "
                                                 "title, body) VALUES('delete', ?1, ?2, ?3)"));
  LW_ASSIGN_OR_RETURN(w->set_merged, db.Prepare("UPDATE incidents SET merged_into = ?2, "
                                                "updated_at = ?3, gen = ?4 WHERE rowid = ?1"));
  LW_ASSIGN_OR_RETURN(w->repoint, db.Prepare("UPDATE incidents SET merged_into = ?2, "
                                             "updated_at = ?3, gen = ?4 WHERE merged_into = ?1"));
  LW_ASSIGN_OR_RETURN(w->read_generation,
                      db.Prepare("SELECT value FROM store_meta WHERE key = 'generation'"));
  LW_ASSIGN_OR_RETURN(w->write_generation,
                      db.Prepare("UPDATE store_meta SET value = ?1 WHERE key = 'generation'"));
  write_stmts_ = std::move(w);
  return Status::Ok();
}

Status SqliteStore::BeginGeneration() {
  WriteStatements& w = *write_stmts_;
  w.read_generation.Reset();
  LW_ASSIGN_OR_RETURN(bool row, w.read_generation.Step());
  if (!row) return Status::Corruption(path_ + ": store_meta has no generation");
  w.generation = w.read_generation.Int(0) + 1;
  w.read_generation.Reset();
  return Status::Ok();
}

Status SqliteStore::EndGeneration() {
  WriteStatements& w = *write_stmts_;
  w.write_generation.Reset();
  w.write_generation.Bind(1, w.generation);
  return w.write_generation.Run();
}

Status SqliteStore::Merge(const record::Incident& merged, std::span<const std::string> members) {
  Status valid = record::Validate(merged);
  if (!valid.ok()) return valid.WithContext("incident '" + merged.id + "'");
  std::lock_guard lock(write_mu_);
  LW_RETURN_IF_ERROR(PrepareWrites());
  WriteStatements& w = *write_stmts_;
  Transaction tx(*writer_, /*immediate=*/true);
  LW_RETURN_IF_ERROR(tx.begun());
  LW_RETURN_IF_ERROR(BeginGeneration());
  std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));

  // The canonical incident: stored (keeping its source if it has one) and visible.
  w.find.Reset();
  w.find.Bind(1, merged.id);
  LW_ASSIGN_OR_RETURN(bool canonical_found, w.find.Step());
  IngestItem canonical{merged, {"record", "", record::ToJsonLine(merged)}};
  bool canonical_hidden = false;
  std::int64_t canonical_rowid = 0;
  if (canonical_found) {
    canonical.provenance = {std::string(w.find.Text(3)), std::string(w.find.Text(6)),
                            SourceText(w.find, 4, 2)};
    canonical_hidden = !w.find.IsNull(5);
    canonical_rowid = w.find.Int(0);
  }
  PutSummary ignored;
  LW_RETURN_IF_ERROR(PutLocked(canonical, now, &ignored));
  if (canonical_hidden) {
    w.set_merged.Reset();
    w.set_merged.Bind(1, canonical_rowid).BindNull(2).Bind(3, now).Bind(4, w.generation);
    LW_RETURN_IF_ERROR(w.set_merged.Run());
    LW_RETURN_IF_ERROR(IndexText(w.text_insert, canonical_rowid,
                                 MakeSearchDocument(merged, canonical.provenance)));
  }

  for (const std::string& id : members) {
    if (id == merged.id) continue;
    w.find.Reset();
    w.find.Bind(1, id);
    LW_ASSIGN_OR_RETURN(bool found, w.find.Step());
    if (!found) return Status::NotFound("incident '" + id + "' is not stored");
    if (w.find.Text(5) == merged.id) continue;
    std::int64_t rowid = w.find.Int(0);
    if (w.find.IsNull(5)) {
      Provenance old{std::string(w.find.Text(3)), "", SourceText(w.find, 4, 2)};
      LW_RETURN_IF_ERROR(UnindexText(w.text_delete, rowid, w.find.Text(2), std::move(old)));
    }
    w.set_merged.Reset();
    w.set_merged.Bind(1, rowid).Bind(2, merged.id).Bind(3, now).Bind(4, w.generation);
    LW_RETURN_IF_ERROR(w.set_merged.Run());
    // Reports already merged into this member follow it.
    w.repoint.Reset();
    w.repoint.Bind(1, id).Bind(2, merged.id).Bind(3, now).Bind(4, w.generation);
    LW_RETURN_IF_ERROR(w.repoint.Run());
  }
  LW_RETURN_IF_ERROR(EndGeneration());
  return tx.Commit();
}

}  // namespace leakwatch::store
