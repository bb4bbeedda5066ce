// lw_bench_store_dump DB: prints what a set of searches answers on an
// existing store, to compare two builds byte for byte (a speed change must
// not change any of it). Not a test and not timed.
//
// For each query text (Japanese, English, a phrase, a one-character prefix,
// an AND of terms, no match), without and with filters (country JP and type
// misdelivery_mail; an item, a date range and a minimum size), and for each
// sort order: two pages of 50 hits (ids, scores in %a, so bit for bit, the
// start of each snippet), the total and the next cursor; then the facets
// from ComputeFacets and from SearchWithFacets. LW_SEARCH_THREADS and
// LW_SPLIT_MIN_MICROS set OpenOptions::search_threads and
// parallel_search_min_micros (0: split every search that can be).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "bench_store.h"
#include "store/store.h"

using namespace leakwatch;

namespace {

void PrintFacets(const char* how, const store::Facets& f) {
  std::printf("F %s\n", how);
  for (const auto* v : {&f.type, &f.sector, &f.country, &f.region, &f.item, &f.year}) {
    for (const auto& [k, n] : *v) std::printf(" %s=%lld", k.c_str(), static_cast<long long>(n));
    std::printf("\n");
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: lw_bench_store_dump DB\n");
    return 2;
  }
  auto opened = bench::OpenBenchStore(argv[1]);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().ToString().c_str());
    return 3;
  }
  store::Store& st = **opened;
  const char* texts[] = {"保険",
                         "laptop",
                         "誤送付",
                         "保険 laptop",
                         "\"個人 情報\"",
                         "保",
                         "ラップトップ 紛失",
                         "information",
                         "メール 誤送信",
                         "zzzqqq",
                         "誤送付 保険",
                         "usb"};
  const store::SortOrder sorts[] = {store::SortOrder::kRelevance, store::SortOrder::kDateDesc,
                                    store::SortOrder::kDateAsc, store::SortOrder::kSizeDesc};
  for (const char* text : texts) {
    for (int filters = 0; filters < 3; ++filters) {
      for (store::SortOrder sort : sorts) {
        // Sorts other than relevance on the unfiltered and first filter only.
        if (sort != store::SortOrder::kRelevance && filters == 2) continue;
        store::SearchQuery q;
        q.text = text;
        q.limit = 50;
        q.sort = sort;
        if (filters == 1) {
          q.country = "JP";
          q.type = record::IncidentType::kMisdeliveryMail;
        } else if (filters == 2) {
          q.item = record::DataItem::kName;
          q.from = "2015-01-01";
          q.to = "2020-12-31";
          q.min_affected = 100;
        }
        for (int page = 0; page < 2; ++page) {
          auto p = st.Search(q);
          if (!p.ok()) {
            std::printf("Q %s f%d s%d error %s\n", text, filters, static_cast<int>(sort),
                        p.status().ToString().c_str());
            break;
          }
          std::printf("Q %s f%d s%d p%d total %lld next %s\n", text, filters,
                      static_cast<int>(sort), page, static_cast<long long>(p->total),
                      p->next_cursor.c_str());
          for (const auto& h : p->hits)
            std::printf("  %s %a %s\n", h.incident.id.c_str(), h.score,
                        h.snippet.substr(0, 60).c_str());
          if (p->next_cursor.empty()) break;
          q.cursor = p->next_cursor;
        }
        q.cursor.clear();
        if (sort != store::SortOrder::kRelevance) continue;
        if (auto f = st.ComputeFacets(q); f.ok())
          PrintFacets("compute", *f);
        else
          std::printf("F error %s\n", f.status().ToString().c_str());
        store::Facets facets;
        if (auto p = st.SearchWithFacets(q, &facets); p.ok()) {
          std::printf("W total %lld next %s hits %zu\n", static_cast<long long>(p->total),
                      p->next_cursor.c_str(), p->hits.size());
          PrintFacets("with", facets);
        } else {
          std::printf("W error %s\n", p.status().ToString().c_str());
        }
      }
    }
  }
  return 0;
}
