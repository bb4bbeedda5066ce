#include "store/fts_tokenizer.h"

#include <new>

#include "store/sqlite_db.h"
#include "text/tokenizer.h"

namespace leakwatch::store {

namespace {

// The tokenizer has no options and no state: one static instance serves all.
struct LwTokenizer {};
LwTokenizer g_tokenizer;

int Create(void*, const char**, int n_args, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(&g_tokenizer);
  return n_args == 0 ? SQLITE_OK : SQLITE_ERROR;
}

void Delete(Fts5Tokenizer*) {}

int Tokenize(Fts5Tokenizer*, void* ctx, int /*flags*/, const char* text, int n_text,
             int (*x_token)(void*, int, const char*, int, int, int)) {
  // No C++ exception may cross back into SQLite.
  try {
    int rc = SQLITE_OK;
    text::ForEachToken(std::string_view(text, n_text > 0 ? static_cast<size_t>(n_text) : 0),
                       [&](std::string_view token, std::uint32_t start, std::uint32_t end) {
                         rc = x_token(ctx, 0, token.data(), static_cast<int>(token.size()),
                                      static_cast<int>(start), static_cast<int>(end));
                         return rc == SQLITE_OK;
                       });
    return rc;
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

}  // namespace

Result<fts5_api*> FindFts5Api(sqlite3* db) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &raw, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "finding FTS5 (is it compiled in?)");
  Stmt stmt(db, raw);
  fts5_api* api = nullptr;
  sqlite3_bind_pointer(raw, 1, &api, "fts5_api_ptr", nullptr);
  LW_ASSIGN_OR_RETURN(bool row, stmt.Step());
  (void)row;
  if (!api || api->iVersion < 2) return Status::Internal("this SQLite has no usable FTS5");
  return api;
}

Status RegisterFtsTokenizer(sqlite3* db) {
  LW_ASSIGN_OR_RETURN(fts5_api * api, FindFts5Api(db));
  fts5_tokenizer tok{Create, Delete, Tokenize};
  int rc = api->xCreateTokenizer(api, kFtsTokenizerName, nullptr, &tok, nullptr);
  if (rc != SQLITE_OK) return SqliteStatus(db, rc, "registering the FTS5 tokenizer");
  return Status::Ok();
}

}  // namespace leakwatch::store
