// Private to http: one connection's I/O (see server.h for the policy).
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "api/handler.h"
#include "http/router.h"
#include "http/server.h"

namespace leakwatch::http {

class Session;

// What every session shares; owned by Server::Impl, outlives the sessions.
struct ServerContext {
  ServerContext(ServerOptions o, std::vector<api::Route> routes, api::Services s)
      : options(std::move(o)),
        router(std::move(routes)),
        services(s),
        pool(static_cast<std::size_t>(std::max(1, options.worker_threads))) {}

  const ServerOptions options;
  const Router router;
  const api::Services services;
  boost::asio::thread_pool pool;
  std::atomic<bool> stopping{false};

  // Live sessions, so Stop can close idle ones. Guarded by mu.
  std::mutex mu;
  std::map<const Session*, std::weak_ptr<Session>> sessions;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(boost::asio::ip::tcp::socket socket, ServerContext& ctx);
  ~Session();

  void Start();
  // Called on shutdown (any thread): closes the connection once the requests
  // already read are answered; an idle connection closes at once.
  void BeginShutdown();

 private:
  using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;
  using HttpResponse = boost::beast::http::response<boost::beast::http::string_body>;
  struct Slot {
    bool ready = false;
    bool close = false;  // close the connection after this response
    HttpResponse res;
  };

  void DoRead();
  void OnFirstBytes(boost::beast::error_code ec, std::size_t n);
  void ReadRequest();
  void OnRead(boost::beast::error_code ec, std::size_t n);
  void Dispatch(HttpRequest req);
  void Complete(const std::shared_ptr<Slot>& slot, api::Response res, const std::string& method,
                const std::string& if_none_match, const std::string& accept_encoding,
                unsigned version, bool keep_alive, const std::string& pattern,
                std::chrono::steady_clock::time_point start);
  void FailRequest(int status, std::string_view code, std::string_view message);
  void DoWrite();
  void OnWrite(boost::beast::error_code ec, std::size_t n);
  void LingerClose();
  void OnDrain(boost::beast::error_code ec, std::size_t n);
  void Close();

  boost::beast::tcp_stream stream_;
  boost::beast::flat_buffer buffer_;
  ServerContext& ctx_;
  std::string client_address_;
  bool client_is_loopback_ = false;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> parser_;
  std::deque<std::shared_ptr<Slot>> queue_;  // responses in request order
  bool reading_ = false;
  bool waiting_first_byte_ = false;
  bool writing_ = false;
  bool no_more_reads_ = false;
  bool closed_ = false;
  std::array<char, 4096> drain_;
};

}  // namespace leakwatch::http
