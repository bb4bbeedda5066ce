// A thin RAII layer over the sqlite3 C API for the SQLite back end: a
// connection (Db) and a prepared statement (Stmt). Errors come back as Status;
// every value reaches SQL as a bound parameter. Not thread-safe: one Db and its
// statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "util/status.h"

namespace leakwatch::store {

// Maps a SQLite result code to a Status with `what` as context.
Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

// Prepared statements kept by a Db for reuse, by SQL text.
using StmtCache = std::unordered_map<std::string, sqlite3_stmt*>;

class Stmt {
 public:
  Stmt() = default;
  // `home`: the cache the statement goes back to (reset) instead of being
  // finalized; null for a statement of its own.
  Stmt(sqlite3* db, sqlite3_stmt* stmt, StmtCache* home = nullptr)
      : db_(db), stmt_(stmt), home_(home) {}
  ~Stmt() { Release(); }
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_), home_(o.home_) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Parameters are 1-based. Text and blobs are copied (SQLITE_TRANSIENT).
  Stmt& Bind(int i, std::string_view text);
  Stmt& Bind(int i, const char* text) { return Bind(i, std::string_view(text)); }
  Stmt& Bind(int i, std::int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<std::int64_t>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& BindBlob(int i, std::string_view bytes);
  Stmt& BindNull(int i);
  // Passes `p` to a function of ours (sqlite3_value_pointer with the same
  // `type`); not owned, and must outlive the statement's next Step().
  Stmt& BindPointer(int i, void* p, const char* type);

  // Advances: true with a row, false when done; an error Status otherwise.
  Result<bool> Step();
  // Steps to completion, for statements that return no rows.
  Status Run();
  void Reset();

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string_view Text(int col) const;
  std::string_view Blob(int col) const;

 private:
  void Release();
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  StmtCache* home_ = nullptr;
  Status bind_error_;
};

class Db {
 public:
  Db() = default;
  ~Db();
  Db(Db&& o) noexcept : db_(o.db_), cache_(std::move(o.cache_)) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept {
    std::swap(db_, o.db_);
    std::swap(cache_, o.cache_);
    return *this;
  }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens `path` with sqlite3_open_v2 `flags`. kIoError naming the path on failure,
  // kCorruption if the file is not a database.
  static Result<Db> Open(const std::string& path, int flags);

  sqlite3* get() const { return db_; }
  Result<Stmt> Prepare(std::string_view sql);
  // Like Prepare, but the statement is kept (reset, bindings cleared) when the
  // Stmt is destroyed and handed out again for the same SQL: for the queries
  // every request runs. The Stmt must not outlive the Db.
  Result<Stmt> PrepareCached(std::string_view sql);
  // Runs one or more statements without parameters.
  Status Exec(const std::string& sql);
  // Runs one statement without parameters or rows, prepared once per
  // connection (BEGIN, COMMIT: every request runs them).
  Status ExecCached(std::string_view sql);
  // The first column of the first row of a parameterless query, as an integer.
  Result<std::int64_t> QueryInt(std::string_view sql);

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
  std::unique_ptr<StmtCache> cache_;  // stable address for the Stmts it lends
};

// Runs BEGIN IMMEDIATE (or DEFERRED) now and ROLLBACK on destruction unless Commit()ed.
class Transaction {
 public:
  Transaction(Db& db, bool immediate) : db_(db) {
    begun_ = db_.ExecCached(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
  }
  ~Transaction() {
    if (begun_.ok() && !done_) (void)db_.ExecCached("ROLLBACK");
  }
  const Status& begun() const { return begun_; }
  Status Commit() {
    done_ = true;
    return db_.ExecCached("COMMIT");
  }

 private:
  Db& db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace leakwatch::store
