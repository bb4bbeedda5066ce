#include "store/sqlite_db.h"

namespace leakwatch::store {

Status SqliteStatus(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
      return Status::Ok();
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Status::Unavailable(msg);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Status::Corruption(msg);
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
      return Status::InvalidArgument(msg);
    case SQLITE_ERROR:  // bad SQL: ours, since no user text reaches SQL unbound
      return Status::Internal(msg);
    default:
      return Status::IoError(msg);
  }
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    Release();
    db_ = o.db_;
    stmt_ = o.stmt_;
    home_ = o.home_;
    o.stmt_ = nullptr;
  }
  return *this;
}

void Stmt::Release() {
  if (stmt_ == nullptr) return;
  if (home_ != nullptr) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    auto [it, added] = home_->try_emplace(sqlite3_sql(stmt_), stmt_);
    if (added) {
      stmt_ = nullptr;
      return;
    }
  }
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
}

namespace {
Status BindStatus(sqlite3* db, int rc) {
  return rc == SQLITE_OK ? Status::Ok() : SqliteStatus(db, rc, "binding a parameter");
}
}  // namespace

Stmt& Stmt::Bind(int i, std::string_view text) {
  Status s = BindStatus(
      db_, sqlite3_bind_text64(stmt_, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Stmt& Stmt::Bind(int i, std::int64_t v) {
  Status s = BindStatus(db_, sqlite3_bind_int64(stmt_, i, v));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Stmt& Stmt::Bind(int i, double v) {
  Status s = BindStatus(db_, sqlite3_bind_double(stmt_, i, v));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Stmt& Stmt::BindBlob(int i, std::string_view bytes) {
  Status s =
      BindStatus(db_, sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Stmt& Stmt::BindPointer(int i, void* p, const char* type) {
  Status s = BindStatus(db_, sqlite3_bind_pointer(stmt_, i, p, type, nullptr));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Stmt& Stmt::BindNull(int i) {
  Status s = BindStatus(db_, sqlite3_bind_null(stmt_, i));
  if (bind_error_.ok()) bind_error_ = s;
  return *this;
}

Result<bool> Stmt::Step() {
  if (!bind_error_.ok()) return bind_error_;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteStatus(db_, rc, "running SQL");
}

Status Stmt::Run() {
  for (;;) {
    LW_ASSIGN_OR_RETURN(bool row, Step());
    if (!row) return Status::Ok();
  }
}

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_error_ = Status::Ok();
}

std::string_view Stmt::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return {};
  return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::string_view Stmt::Blob(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
  if (!p) return {};
  return {p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

Db::~Db() {
  if (cache_)
    for (auto& [sql, stmt] : *cache_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

Result<Db> Db::Open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  Db db(raw);
  if (rc != SQLITE_OK) {
    Status s = SqliteStatus(raw, rc, path);
    if (s.code() != StatusCode::kCorruption) s = Status::IoError(s.message());
    return s;
  }
  sqlite3_extended_result_codes(raw, 1);
  return db;
}

Result<Stmt> Db::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db_, rc, "preparing SQL");
  return Stmt(db_, stmt);
}

Result<Stmt> Db::PrepareCached(std::string_view sql) {
  if (!cache_) cache_ = std::make_unique<StmtCache>();
  if (auto it = cache_->find(std::string(sql)); it != cache_->end()) {
    sqlite3_stmt* stmt = it->second;
    cache_->erase(it);  // lent out until the Stmt is destroyed
    return Stmt(db_, stmt, cache_.get());
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db_, rc, "preparing SQL");
  return Stmt(db_, stmt, cache_.get());
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  sqlite3_free(err);
  if (rc != SQLITE_OK) return SqliteStatus(db_, rc, "running SQL");
  return Status::Ok();
}

Status Db::ExecCached(std::string_view sql) {
  LW_ASSIGN_OR_RETURN(Stmt stmt, PrepareCached(sql));
  return stmt.Run();
}

Result<std::int64_t> Db::QueryInt(std::string_view sql) {
  LW_ASSIGN_OR_RETURN(Stmt stmt, Prepare(sql));
  LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
  if (!row) return Status::Internal("no row from: " + std::string(sql));
  return stmt.Int(0);
}

}  // namespace leakwatch::store
