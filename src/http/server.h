// The HTTP server: the front door of the http component, and the only part of
// leakwatch that includes Boost.Beast / Asio.
//
// Sessions only do I/O: header and body limits, read / idle / write timeouts,
// a cap on pipelined requests. Each request is routed through one table
// (Router); blocking handlers run on a worker pool, others on the I/O thread
// that owns the connection. There are `io_threads` I/O threads, each with its
// own event loop; new connections are dealt to them in turn and stay there,
// so non-blocking handlers may run on several threads at once.
// Every response then goes through Finish (finish.h): ETag / 304, gzip,
// Cache-Control and the security headers. An exception escaping a handler is
// caught at the request boundary and becomes a bare 500.
//
// Thread safety: Stop() may be called from any thread (and from a signal
// handler set up by Run). Everything else is called from one thread.
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "api/handler.h"
#include "util/status.h"

namespace leakwatch::http {

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;                       // 0: any free port (see Server::port)
  int worker_threads = 4;                           // for blocking handlers
  int io_threads = 1;                               // event loops (serve: one per core)
  std::size_t header_limit = 16 * 1024;             // request line + headers; over it: 431
  std::size_t body_limit = 1024 * 1024;             // over it: 413
  std::chrono::milliseconds read_timeout{10'000};   // to read one whole request
  std::chrono::milliseconds idle_timeout{30'000};   // keep-alive wait for the next request
  std::chrono::milliseconds write_timeout{30'000};  // to write one response
  std::size_t pipeline_limit = 8;  // requests read ahead of their responses, per connection
  std::chrono::milliseconds shutdown_grace{10'000};  // in-flight requests get this long
  // One line per request on stderr (no address, no query), buffered per I/O
  // thread and written at least every 100 ms.
  bool access_log = true;
};

class Server {
 public:
  // Binds and listens. IoError naming the address when it cannot.
  // `services` must outlive the server.
  static Result<std::unique_ptr<Server>> Start(ServerOptions options,
                                               std::vector<api::Route> routes,
                                               api::Services services);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // The bound port (useful with port 0).
  unsigned short port() const;

  // Serves until Stop() or, with `handle_signals`, SIGTERM / SIGINT. Then
  // stops accepting, lets in-flight requests finish (up to shutdown_grace)
  // and returns OK.
  Status Run(bool handle_signals = true);

  // Asks Run to return as described. Thread-safe, idempotent.
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Parses a --listen value: "HOST:PORT", "[V6ADDR]:PORT" or ":PORT" (loopback).
// InvalidArgument for anything else.
Result<std::pair<std::string, unsigned short>> ParseListenAddress(std::string_view value);

}  // namespace leakwatch::http
