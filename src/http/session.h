// Private to http: one connection's I/O (see server.h for the policy).
//
// A session lives on one I/O thread (its socket's io_context, run by exactly
// one thread): no strand, no locks on the request path. Timeouts are
// deadlines checked by one lazily re-armed timer per session, not a timer
// operation per read and write.
#pragma once

#include <algorithm>
#include <array>
#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

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

// Appends one access-log line to the calling thread's buffer; written to
// stderr when the buffer fills or FlushAccessLog is called on that thread.
void LogAccessLine(std::string_view method, std::string_view pattern, int status, std::size_t bytes,
                   double ms);
// Writes the calling thread's buffered access-log lines to stderr (whole lines).
void FlushAccessLog();

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(boost::asio::ip::tcp::socket socket, ServerContext& ctx);
  ~Session();

  void Start();
  // Called on shutdown (any thread): closes the connection once the requests
  // already read are answered; an idle connection closes at once.
  void BeginShutdown();

 private:
  using Clock = std::chrono::steady_clock;
  using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
  // One response in request order; `head` and `body` are what goes on the wire.
  struct Slot {
    bool ready = false;
    bool close = false;  // close the connection after this response
    unsigned version = 11;
    bool keep_alive = true;
    int status = 200;
    std::string head;  // status line and headers, up to Content-Length (exclusive)
    bool send_content_length = true;
    std::size_t content_length = 0;
    std::string body;
    api::SharedBytes body_tail;  // written after body; holds its owner until then
  };
  // What Complete needs to know of the request.
  struct Facts {
    std::string method;
    std::string if_none_match;
    std::string accept_encoding;
    unsigned version = 11;
    bool keep_alive = true;
    const std::string* pattern = nullptr;  // route pattern, or null for "-"
    Clock::time_point start;
  };

  void DoRead();
  void OnFirstBytes(boost::system::error_code ec, std::size_t n);
  void ReadRequest();
  void ParseBuffered();
  void OnReadSome(boost::system::error_code ec, std::size_t n);
  void OnRead(boost::system::error_code ec);
  void Dispatch(Parser::value_type& req);
  void Complete(const std::shared_ptr<Slot>& slot, api::Response res, const Facts& facts);
  std::shared_ptr<Slot> NewSlot();
  void RecycleSlot(std::shared_ptr<Slot> slot);
  void FailRequest(int status, std::string_view code, std::string_view message);
  void DoWrite();
  void OnWrite(boost::system::error_code ec, std::size_t n);
  void LingerClose();
  void OnDrain(boost::system::error_code ec, std::size_t n);
  void Close();

  void ArmTimer(Clock::time_point now);
  void OnTimer(boost::system::error_code ec);

  boost::asio::ip::tcp::socket socket_;
  boost::beast::flat_buffer buffer_;
  ServerContext& ctx_;
  std::string client_address_;
  bool client_is_loopback_ = false;
  std::optional<Parser> parser_;
  std::deque<std::shared_ptr<Slot>> queue_;  // responses in request order
  bool reading_ = false;
  bool waiting_first_byte_ = false;
  bool writing_ = false;
  bool no_more_reads_ = false;
  bool closed_ = false;
  std::array<char, 4096> drain_;

  // Deadlines of the pending read and write (max: none pending), checked by
  // timer_, which always fires no later than the earliest one.
  boost::asio::steady_timer timer_;
  Clock::time_point read_deadline_ = Clock::time_point::max();
  Clock::time_point write_deadline_ = Clock::time_point::max();
  std::chrono::milliseconds min_timeout_;
  std::array<boost::asio::const_buffer, 4> write_buffers_;
  static constexpr int kMaxInlineWrites = 4;
  int inline_writes_ = 0;  // DoWrite -> OnWrite -> ... -> DoWrite nesting
  std::string content_length_line_;
  std::string headers_scratch_;
  std::vector<std::shared_ptr<Slot>> spare_slots_;
};

}  // namespace leakwatch::http
