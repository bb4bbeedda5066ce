// lw_bench_fts_floor CORPUS.jsonl [N]: where ingest time goes, stage by stage,
// and the floor under it: bare SQLite FTS5 with our own tokenizer.
//
// Reads the first N (default 100,000) records of an lw_bench_gen corpus and
// times, each on its own over all N (CPU seconds of this process):
//   parse      record::ParseJson of the line
//   validate   record::Validate
//   to_json    record::ToJsonLine (what the store keeps)
//   hash       the content hash (BLAKE2b-128 of record line and source)
//   document   MakeSearchDocument
//   tokenize   text::ForEachToken over title and body, no sink work
// then inserts the same search documents into a bare contentless FTS5 table
// (title, body; content=''; as incident_text, nothing else in the database)
// in transactions of 1,000, once per tokenizer: `unicode61` (a Japanese run
// is one token), `leakwatch` (ours: the floor under leakwatch ingest), and
// `trigram`. Prints records per CPU second and per wall second, and the
// file size per record. Not a test; the figures go into the store issue.
#include <sodium.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "record/incident.h"
#include "store/fts_tokenizer.h"
#include "store/search_document.h"
#include "text/tokenizer.h"

using namespace leakwatch;

namespace {

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double WallSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Runs `fn` and prints its CPU time per record; `sink` keeps results alive.
void Stage(const char* name, std::size_t n, const std::function<void()>& fn) {
  double c0 = CpuSeconds();
  fn();
  double cpu = CpuSeconds() - c0;
  std::printf("stage %-9s %8.2f us/record CPU  (%9.0f records/CPU-s)\n", name, cpu * 1e6 / n,
              n / cpu);
}

bool Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::fprintf(stderr, "%s: %s\n", sql, err ? err : "?");
    sqlite3_free(err);
    return false;
  }
  return true;
}

bool Floor(const std::string& dir, const char* tokenizer,
           const std::vector<store::SearchDocument>& docs) {
  std::string path = dir + "/floor-" + tokenizer + ".db";
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return false;
  if (!store::RegisterFtsTokenizer(db).ok()) return false;
  std::string create = std::string(
                           "CREATE VIRTUAL TABLE t USING fts5(title, body, content='', "
                           "tokenize='") +
                       tokenizer + "');";
  if (!Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;") ||
      !Exec(db, create.c_str()))
    return false;
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO t(rowid, title, body) VALUES(?1, ?2, ?3)", -1, &ins, nullptr);
  double c0 = CpuSeconds(), w0 = WallSeconds();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (i % 1000 == 0 && !Exec(db, i == 0 ? "BEGIN" : "COMMIT; BEGIN")) return false;
    sqlite3_reset(ins);
    sqlite3_bind_int64(ins, 1, static_cast<sqlite3_int64>(i + 1));
    sqlite3_bind_text(ins, 2, docs[i].title.data(), static_cast<int>(docs[i].title.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(ins, 3, docs[i].body.data(), static_cast<int>(docs[i].body.size()),
                      SQLITE_STATIC);
    if (sqlite3_step(ins) != SQLITE_DONE) {
      std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
      return false;
    }
  }
  if (!Exec(db, "COMMIT")) return false;
  double cpu = CpuSeconds() - c0, wall = WallSeconds() - w0;
  sqlite3_finalize(ins);
  Exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
  sqlite3_close(db);
  auto size = std::filesystem::file_size(path);
  std::printf("bare FTS5 %-9s: %8.0f records/CPU-s %8.0f records/s wall %6.0f bytes/record\n",
              tokenizer, docs.size() / cpu, docs.size() / wall,
              static_cast<double>(size) / static_cast<double>(docs.size()));
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: lw_bench_fts_floor CORPUS.jsonl [N] [TOKENIZER...]\n");
    return 2;
  }
  if (sodium_init() < 0) return 3;
  std::size_t n_max = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 100000;
  std::vector<std::string> lines;
  {
    std::ifstream in(argv[1], std::ios::binary);
    std::string line;
    while (lines.size() < n_max && std::getline(in, line)) lines.push_back(std::move(line));
  }
  const std::size_t n = lines.size();
  std::vector<record::Incident> records(n);
  Stage("parse", n, [&] {
    for (std::size_t i = 0; i < n; ++i) records[i] = std::move(record::ParseJson(lines[i])).value();
  });
  Stage("validate", n, [&] {
    for (const auto& r : records)
      if (!record::Validate(r).ok()) std::abort();
  });
  std::vector<std::string> json(n);
  Stage("to_json", n, [&] {
    for (std::size_t i = 0; i < n; ++i) json[i] = record::ToJsonLine(records[i]);
  });
  std::vector<std::string> hashes(n);
  Stage("hash", n, [&] {
    for (std::size_t i = 0; i < n; ++i) {
      crypto_generichash_state st;
      crypto_generichash_init(&st, nullptr, 0, 16);
      for (std::string_view s : {std::string_view(json[i]), std::string_view(lines[i])})
        crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(s.data()), s.size());
      unsigned char out[16];
      crypto_generichash_final(&st, out, sizeof out);
      hashes[i].assign(reinterpret_cast<const char*>(out), sizeof out);
    }
  });
  std::vector<store::SearchDocument> docs(n);
  Stage("document", n, [&] {
    for (std::size_t i = 0; i < n; ++i)
      docs[i] = store::MakeSearchDocument(records[i], {"record", "", lines[i]});
  });
  std::size_t tokens = 0, text_bytes = 0;
  Stage("tokenize", n, [&] {
    for (const auto& d : docs)
      for (const std::string* s : {&d.title, &d.body}) {
        text_bytes += s->size();
        text::ForEachToken(*s, [&](std::string_view, std::uint32_t, std::uint32_t) {
          ++tokens;
          return true;
        });
      }
  });
  std::printf("%zu records, %.0f bytes of indexed text and %.0f tokens per record\n", n,
              static_cast<double>(text_bytes) / n, static_cast<double>(tokens) / n);
  std::string dir = std::getenv("BENCH_DIR") ? std::getenv("BENCH_DIR") : "/tmp";
  std::vector<const char*> tokenizers;
  for (int i = 3; i < argc; ++i) tokenizers.push_back(argv[i]);
  if (tokenizers.empty()) tokenizers = {"unicode61", "leakwatch", "trigram"};
  for (const char* t : tokenizers)
    if (!Floor(dir, t, docs)) return 1;
  return 0;
}
