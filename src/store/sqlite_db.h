// A thin RAII layer over the sqlite3 C API for the SQLite back end: a
// connection (Db) and a prepared statement (Stmt). Errors come back as Status;
// every value reaches SQL as a bound parameter. Not thread-safe: one Db and its
// statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "util/status.h"

namespace leakwatch::store {

// Maps a SQLite result code to a Status with `what` as context.
Status SqliteStatus(sqlite3* db, int rc, std::string_view what);

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(Stmt&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
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
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status bind_error_;
};

class Db {
 public:
  Db() = default;
  ~Db();
  Db(Db&& o) noexcept : db_(o.db_) { o.db_ = nullptr; }
  Db& operator=(Db&& o) noexcept {
    std::swap(db_, o.db_);
    return *this;
  }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Opens `path` with sqlite3_open_v2 `flags`. kIoError naming the path on failure,
  // kCorruption if the file is not a database.
  static Result<Db> Open(const std::string& path, int flags);

  sqlite3* get() const { return db_; }
  Result<Stmt> Prepare(std::string_view sql);
  // Runs one or more statements without parameters.
  Status Exec(const std::string& sql);
  // The first column of the first row of a parameterless query, as an integer.
  Result<std::int64_t> QueryInt(std::string_view sql);

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_ = nullptr;
};

// Runs BEGIN IMMEDIATE (or DEFERRED) now and ROLLBACK on destruction unless Commit()ed.
class Transaction {
 public:
  Transaction(Db& db, bool immediate) : db_(db) {
    begun_ = db_.Exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
  }
  ~Transaction() {
    if (begun_.ok() && !done_) (void)db_.Exec("ROLLBACK");
  }
  const Status& begun() const { return begun_; }
  Status Commit() {
    done_ = true;
    return db_.Exec("COMMIT");
  }

 private:
  Db& db_;
  Status begun_;
  bool done_ = false;
};

}  // namespace leakwatch::store
