// The incident store: the one front door to persisted incidents.
//
// A Store holds incident records together with the verbatim source they were
// made from (provenance: a record can always be re-extracted), and answers
// full-text search with filters, facet counts and statistics. The interface
// is free of any back end's specifics: SQLite (embedded, the default) and
// PostgreSQL (several `serve` processes sharing one database) implement it,
// and the conformance suite in store_conformance.h runs against every one.
//
// Thread safety: a Store is safe to use from many threads at once. Readers
// see the state before or after a Put batch, never a mix.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "record/incident.h"
#include "util/status.h"

namespace leakwatch::store {

// Where a stored incident came from. `kind` names the input format: "record"
// (an incident JSON), "notice" (prose run through the extractor), "veris",
// "hhs", "hibp". `text` is the input exactly as read (UTF-8), `name` the file
// path or URL it was read from (may be empty).
struct Provenance {
  std::string kind;
  std::string name;
  std::string text;
  bool operator==(const Provenance&) const = default;
};

struct IngestItem {
  record::Incident incident;
  Provenance provenance;
};

// A stored incident. `reports` lists the ids of the incidents merged into this
// one as reports of the same event (see Store::Merge); empty for most.
struct StoredIncident {
  record::Incident incident;
  Provenance provenance;
  std::vector<std::string> reports;
  std::string merged_into;      // non-empty if this report was merged into another incident
  std::int64_t updated_at = 0;  // unix seconds of the last change
};

enum class SortOrder {
  kRelevance,  // bm25 best first; falls back to kDateDesc without query text
  kDateDesc,   // announced_date (else incident_date) newest first, then id
  kDateAsc,
  kSizeDesc,  // affected persons (else records) largest first, then id
};

// What each SearchHit::incident holds.
enum class HitFields {
  kAll,      // the whole record
  kSummary,  // what a list of hits shows (see Summary); cheaper to hand out
};

// A search. Every set field narrows the result (AND). Text is free text in
// Japanese or English: words and CJK runs must all match; "quoted phrases"
// match as phrases. Empty text matches every incident.
struct SearchQuery {
  std::string text;
  std::optional<record::IncidentType> type;
  std::optional<record::Sector> sector;
  std::optional<std::string> country;  // ISO alpha-2
  std::optional<std::string> region;   // exact, as stored
  std::optional<record::DataItem> item;
  std::optional<std::string> from;           // YYYY-MM-DD, inclusive, on the incident's date
  std::optional<std::string> to;             // YYYY-MM-DD, inclusive
  std::optional<std::int64_t> min_affected;  // persons (else records) >= this
  std::optional<std::string> organization;   // exact organization.name
  SortOrder sort = SortOrder::kRelevance;
  int limit = 20;      // 1..1000
  std::string cursor;  // opaque, from SearchPage::next_cursor; empty for the first page
  // Whether to count every match (SearchPage::total). Counting visits every
  // match; callers that show only a few hits (related incidents) turn it off.
  bool count_total = true;
  // Whole records, or summaries for pages that list hits (search results,
  // related incidents): a back end may keep and copy summaries more cheaply.
  HitFields fields = HitFields::kAll;
  // Whether hits carry a snippet (SearchHit::snippet). Pages that show none
  // (related incidents) turn it off: the back end then reads only the record
  // of each hit, not its source text, and every snippet is empty.
  bool snippets = true;
};

// Snippet highlight markers: matched terms in SearchHit::snippet are wrapped in
// these private-use characters; presenters escape the text, then replace them.
inline constexpr std::string_view kHighlightBegin = "\xEE\x80\x80";  // U+E000
inline constexpr std::string_view kHighlightEnd = "\xEE\x80\x81";    // U+E001

struct SearchHit {
  record::Incident incident;
  std::string snippet;  // excerpt of the searchable text, may be empty
  double score = 0;     // higher is better; 0 without query text
};

// The summary of a record as HitFields::kSummary hits carry it: id, language,
// title, organization, announced_date, incident_date, incident_type,
// affected, data_items and cause; every other field empty.
record::Incident Summary(record::Incident incident);

struct SearchPage {
  std::vector<SearchHit> hits;
  std::int64_t total = 0;   // all matches, not only this page; -1 if not counted
  std::string next_cursor;  // empty on the last page
};

// Counts of matching incidents per value of each filterable field, computed
// for a query with that field's own filter left out (so a facet shows what
// choosing another value would give). Values sorted by count, then name.
using FacetCounts = std::vector<std::pair<std::string, std::int64_t>>;
struct Facets {
  FacetCounts type, sector, country, region, item, year;
};

struct Statistics {
  std::int64_t incidents = 0;
  std::int64_t persons_affected = 0;  // sum of affected.persons where stated
  // year (of announced_date, else incident_date) -> incident_type -> count
  std::map<int, std::map<std::string, std::int64_t>> per_year_type;
  std::map<int, std::int64_t> persons_per_year;
  FacetCounts per_sector, per_item, per_region;
};

struct PutSummary {
  std::int64_t inserted = 0;   // new ids
  std::int64_t updated = 0;    // existing ids whose content changed
  std::int64_t unchanged = 0;  // existing ids, identical record and source
};

// A consistent, read-only view of a Store: every call on one view answers
// from the state the store had when the view was opened, whatever is written
// meanwhile (one read transaction in SQLite; a REPEATABLE READ transaction in
// PostgreSQL). A request that makes several reads (an incident page: the
// generation its cached copy is kept under, the record, its related
// incidents) pays for one read transaction instead of one per read, and its
// reads agree with each other.
//
// Not thread-safe: one thread at a time uses a view. A view holds back-end
// resources (in SQLite a connection of the pool, and a read transaction that
// keeps the write-ahead log from being checkpointed past it): keep it for one
// request, and destroy it before the Store that opened it.
class ReadView {
 public:
  virtual ~ReadView() = default;

  // The store generation of the view's state (as Store::Generation would
  // have returned when the view was opened): a result derived from the view
  // can be cached under it.
  virtual std::int64_t generation() const = 0;

  // As Store::Get, on the view's state: the incident, nullopt if there is
  // none, or an error Status (kIoError, kCorruption).
  virtual Result<std::optional<StoredIncident>> Get(std::string_view id) = 0;

  // As Store::Search, on the view's state: the page, or InvalidArgument for
  // a malformed query (as Search), or an error Status.
  virtual Result<SearchPage> Search(const SearchQuery& query) = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Inserts or replaces each item by incident id, all in one transaction: on
  // error nothing of the batch is stored. Re-putting an identical item changes
  // nothing (not even updated_at). Returns InvalidArgument if a record fails
  // record::Validate, naming its id; kIoError/kUnavailable on storage failure.
  virtual Status Put(std::span<const IngestItem> batch, PutSummary* summary) = 0;

  // Returns the incident with this id, or nullopt if there is none.
  virtual Result<std::optional<StoredIncident>> Get(std::string_view id) = 0;

  // Opens a read view of the current state (see ReadView). kUnavailable when
  // the back end cannot begin a read now (busy), kIoError on storage failure.
  // Thread-safe, like every Store call; each view is then used by one thread.
  virtual Result<std::unique_ptr<ReadView>> OpenReadView() = 0;

  // Returns one page of matches. InvalidArgument for a malformed cursor,
  // a limit outside 1..1000, or query text that cannot be parsed.
  // Incidents merged into another are not returned.
  virtual Result<SearchPage> Search(const SearchQuery& query) = 0;

  // Facet counts for the query (its sort, limit and cursor are ignored).
  virtual Result<Facets> ComputeFacets(const SearchQuery& query) = 0;

  // Search(query) and, in *facets, ComputeFacets(query), as one request: what
  // a search page shows. A back end may find the matches once for both (the
  // default calls the two). Errors as Search's; *facets is set only on success.
  virtual Result<SearchPage> SearchWithFacets(const SearchQuery& query, Facets* facets);

  virtual Result<Statistics> ComputeStatistics() = 0;

  // Calls `fn` for every stored incident (merged reports included) in id
  // order; stops and returns the first non-OK Status `fn` returns.
  virtual Status ForEach(const std::function<Status(const StoredIncident&)>& fn) = 0;

  // Links reports of one event: `canonical` (already stored, or stored in the
  // same transaction) becomes `merged`; each id in `members` is kept, marked as
  // merged into it, and hidden from Search. Idempotent. NotFound naming the id
  // if a member or the canonical id is not stored.
  virtual Status Merge(const record::Incident& merged, std::span<const std::string> members) = 0;

  // Number of stored incidents (merged reports included).
  virtual Result<std::int64_t> Count() = 0;

  // A number that grows whenever the stored data changes (a Put or Merge that
  // changed something, by this process or another): results derived from
  // the store can be cached under it.
  virtual Result<std::int64_t> Generation() = 0;
};

struct OpenOptions {
  bool read_only = false;
  bool create_if_missing = true;
  // How many search pages and facet results to keep for repeated queries
  // (dropped whenever the stored data changes); 0 turns the cache off.
  int result_cache_entries = 256;
  // Intra-query parallelism: a search of one word or phrase may scan its
  // matches in parts at once, on up to `search_threads` threads the store
  // keeps besides the caller's, if the same words took at least
  // `parallel_search_min_micros` to scan the last time (the store keeps that
  // per text; a text's first search runs whole). A search splits only while
  // fewer searches than the machine has cores are scanning in the store, and
  // takes a thread only if it is idle at that moment: a server busy with many
  // searches runs each on its own thread as before. Results are the same
  // either way.
  // search_threads -1: one less than the machine's cores; 0: never split.
  // parallel_search_min_micros 0: split every search that can be, however
  // many are scanning (for tests).
  int search_threads = -1;
  std::int64_t parallel_search_min_micros = 1500;
};

// Opens a store. `location` is a file path for SQLite (the default), or
// "sqlite:PATH"; later "postgresql://..." for PostgreSQL. Applies pending
// schema migrations when writable. kIoError/kCorruption with the path on failure.
Result<std::unique_ptr<Store>> Open(const std::string& location, const OpenOptions& options = {});

}  // namespace leakwatch::store
