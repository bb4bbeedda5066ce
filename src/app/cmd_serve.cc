// `leakwatch serve`: opens the store and the hash stores, then serves the
// route table (app/routes.cc) over HTTP until SIGTERM / SIGINT.
#include <malloc.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "api/handler.h"
#include "api/rate_limit.h"
#include "app/cli.h"
#include "app/routes.h"
#include "http/server.h"
#include "lookup/catalog.h"
#include "store/result_cache.h"
#include "store/store.h"

namespace leakwatch::app {
namespace {

struct ServeFlags {
  std::string listen = "127.0.0.1:8080";
  int threads = 0;  // 0: number of cores, at least 2
  std::vector<std::string> hashes;
  int rate_limit = 60;  // per client per minute on the exposure-check endpoints
  bool rate_limit_loopback = false;
  double read_timeout = 10;
  double idle_timeout = 30;
  std::size_t body_limit = 1024 * 1024;
  std::size_t header_limit = 16 * 1024;
  bool no_access_log = false;
  int result_cache = 256;   // search results, facets and pages kept for repeated requests
  int search_threads = -1;  // store::OpenOptions::search_threads
};

int RunServe(const CliContext& ctx, const ServeFlags& flags) {
  auto listen = http::ParseListenAddress(flags.listen);
  if (!listen.ok()) return Fail(listen.status());
  if (flags.threads < 0 || flags.threads > 256) {
    return Fail(Status::InvalidArgument("--threads must be in 0..256"));
  }
  if (flags.read_timeout <= 0 || flags.idle_timeout <= 0) {
    return Fail(Status::InvalidArgument("timeouts must be positive"));
  }
  store::OpenOptions open_options;
  open_options.create_if_missing = false;
  if (flags.result_cache < 0) return Fail(Status::InvalidArgument("--result-cache must be >= 0"));
  open_options.result_cache_entries = flags.result_cache;
  if (flags.search_threads < -1 || flags.search_threads > 256) {
    return Fail(Status::InvalidArgument("--search-threads must be in -1..256"));
  }
  open_options.search_threads = flags.search_threads;
  auto store = store::Open(ctx.db, open_options);
  if (!store.ok()) return Fail(store.status().WithContext("serve: opening " + ctx.db));
  {
    // Load what the first search would (the SQLite back end's column
    // snapshot and date order) before listening, not during a request.
    store::SearchQuery warm;
    warm.limit = 1;
    warm.count_total = false;
    auto first = (*store)->Search(warm);
    if (!first.ok()) return Fail(first.status().WithContext("serve: reading " + ctx.db));
    // The incident page lists the newest incidents of the same type,
    // organization and region; the first such listing per column builds that
    // column's per-value lists (~0.3 s each at 1,000,000 incidents). Build
    // them now rather than in the first visitors' requests.
    if (!first->hits.empty()) {
      const record::Incident& some = first->hits[0].incident;
      store::SearchQuery by_type = warm, by_org = warm, by_region = warm;
      by_type.type = some.incident_type;
      by_org.organization = some.organization.name.value_or("");
      by_region.region = some.organization.region.value_or("");
      for (store::SearchQuery* q : {&by_type, &by_org, &by_region}) {
        q->sort = store::SortOrder::kDateDesc;
        auto listed = (*store)->Search(*q);
        if (!listed.ok()) return Fail(listed.status().WithContext("serve: reading " + ctx.db));
      }
    }
  }
  auto catalog = lookup::Catalog::Open(flags.hashes);
  if (!catalog.ok()) return Fail(catalog.status().WithContext("serve: opening --hashes"));

  api::Services services;
  services.store = store->get();
  services.hashes = catalog->get();
  std::unique_ptr<api::RateLimiter> limiter;
  if (flags.rate_limit > 0) {
    limiter = std::make_unique<api::RateLimiter>(flags.rate_limit, flags.rate_limit_loopback);
    services.rate_limiter = limiter.get();
  }
  store::ResultCache<api::CachedBody> page_cache(static_cast<std::size_t>(flags.result_cache));
  services.page_cache = &page_cache;

  http::ServerOptions options;
  options.address = listen->first;
  options.port = listen->second;
  int cores = static_cast<int>(std::thread::hardware_concurrency());
  options.worker_threads = flags.threads > 0 ? flags.threads : std::max(2, cores);
  options.io_threads = std::max(1, cores);  // one event loop per core; sessions never hop
  options.read_timeout = std::chrono::milliseconds(static_cast<long>(flags.read_timeout * 1000));
  options.idle_timeout = std::chrono::milliseconds(static_cast<long>(flags.idle_timeout * 1000));
  options.body_limit = flags.body_limit;
  options.header_limit = flags.header_limit;
  options.access_log = !flags.no_access_log && !ctx.quiet;

  // Response bodies of tens of KB come and go at every request: keep freed
  // memory in the heap instead of returning it to the kernel and faulting it
  // back in on the next request.
  mallopt(M_MMAP_THRESHOLD, 4 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  auto server = http::Server::Start(options, AllRoutes(), services);
  if (!server.ok()) return Fail(server.status());
  std::fprintf(stderr, "leakwatch: listening on http://%s:%u/\n",
               options.address.find(':') != std::string::npos
                   ? ("[" + options.address + "]").c_str()
                   : options.address.c_str(),
               (*server)->port());
  std::fflush(stderr);
  Status s = (*server)->Run(/*handle_signals=*/true);
  if (!s.ok()) return Fail(s);
  if (!ctx.quiet) std::fprintf(stderr, "leakwatch: stopped\n");
  return kExitOk;
}

}  // namespace

void AddServeCommand(CLI::App& app, CliContext& ctx) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = app.add_subcommand("serve", "serve the web pages and the JSON / HIBP APIs");
  cmd->add_option("--listen", flags->listen, "HOST:PORT to listen on (port 0: any free port)")
      ->capture_default_str();
  cmd->add_option("--threads", flags->threads, "worker threads (default: number of cores)");
  cmd->add_option("--hashes", flags->hashes, "hash-range store files to answer lookups from");
  cmd->add_option("--rate-limit", flags->rate_limit,
                  "exposure checks per minute per client (0: no limit)")
      ->capture_default_str();
  cmd->add_flag("--rate-limit-loopback", flags->rate_limit_loopback,
                "apply the rate limit to loopback clients too (off by default)");
  cmd->add_option("--read-timeout", flags->read_timeout, "seconds to read one request")
      ->capture_default_str();
  cmd->add_option("--idle-timeout", flags->idle_timeout, "seconds a keep-alive connection may idle")
      ->capture_default_str();
  cmd->add_option("--body-limit", flags->body_limit, "largest request body in bytes (413 above)")
      ->capture_default_str();
  cmd->add_option("--header-limit", flags->header_limit,
                  "largest request header in bytes (431 above)")
      ->capture_default_str();
  cmd->add_flag("--no-access-log", flags->no_access_log, "do not log requests on stderr");
  cmd->add_option("--result-cache", flags->result_cache,
                  "search results, facets and rendered pages kept for repeated requests, "
                  "dropped when the data changes (0: off)")
      ->capture_default_str();
  cmd->add_option("--search-threads", flags->search_threads,
                  "threads one long text search may be split over (-1: cores - 1; 0: never "
                  "split; give 0 when several serve processes share this machine)")
      ->capture_default_str();
  cmd->callback([&ctx, flags] { ctx.exit_code = RunServe(ctx, *flags); });
}

}  // namespace leakwatch::app
