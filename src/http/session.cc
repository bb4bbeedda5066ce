#include "http/session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <cctype>
#include <cstdio>
#include <exception>
#include <utility>

#include "http/finish.h"
#include "http/target.h"

namespace leakwatch::http {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;

namespace {

// Runs a handler; nothing escapes: an exception becomes a 500 without details.
api::Response SafeCall(const api::Route& route, const api::Services& services,
                       const api::Request& req) {
  try {
    return route.handler(services, req);
  } catch (const std::exception&) {
  } catch (...) {
  }
  std::fprintf(stderr, "leakwatch: unhandled exception in handler for %s\n", route.pattern.c_str());
  return ServerError(500, "internal", "internal error", req.path);
}

void LogAccess(const ServerContext& ctx, const std::string& method, const std::string& pattern,
               int status, std::size_t bytes, std::chrono::steady_clock::time_point start) {
  if (!ctx.options.access_log) return;
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  std::fprintf(stderr, "%s %s %d %zu %.1fms\n", method.c_str(), pattern.c_str(), status, bytes, ms);
}

}  // namespace

Session::Session(net::ip::tcp::socket socket, ServerContext& ctx)
    : stream_(std::move(socket)), ctx_(ctx) {
  beast::error_code ec;
  auto ep = stream_.socket().remote_endpoint(ec);
  if (!ec) {
    client_address_ = ep.address().to_string();
    client_is_loopback_ = ep.address().is_loopback();
  }
}

Session::~Session() {
  std::lock_guard lock(ctx_.mu);
  ctx_.sessions.erase(this);
}

void Session::Start() {
  net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->DoRead(); });
}

void Session::BeginShutdown() {
  net::post(stream_.get_executor(), [self = shared_from_this()] {
    self->no_more_reads_ = true;
    if (self->waiting_first_byte_ || (self->queue_.empty() && !self->reading_)) self->Close();
  });
}

void Session::DoRead() {
  if (closed_ || reading_ || queue_.size() >= ctx_.options.pipeline_limit) return;
  if (ctx_.stopping) no_more_reads_ = true;
  if (no_more_reads_) {
    if (queue_.empty()) Close();
    return;
  }
  if (buffer_.size() == 0) {
    // Nothing pipelined: answer what we owe first, then wait (idle) for more.
    if (!queue_.empty()) return;
    reading_ = waiting_first_byte_ = true;
    stream_.expires_after(ctx_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(8192),
                            beast::bind_front_handler(&Session::OnFirstBytes, shared_from_this()));
    return;
  }
  reading_ = true;
  ReadRequest();
}

void Session::OnFirstBytes(beast::error_code ec, std::size_t n) {
  waiting_first_byte_ = false;
  if (ec) {  // closed by the peer, idle timeout, or shutdown
    reading_ = false;
    Close();
    return;
  }
  buffer_.commit(n);
  ReadRequest();
}

void Session::ReadRequest() {
  parser_.emplace();
  parser_->header_limit(static_cast<std::uint32_t>(ctx_.options.header_limit));
  parser_->body_limit(ctx_.options.body_limit);
  stream_.expires_after(ctx_.options.read_timeout);
  bhttp::async_read(stream_, buffer_, *parser_,
                    beast::bind_front_handler(&Session::OnRead, shared_from_this()));
}

void Session::OnRead(beast::error_code ec, std::size_t) {
  reading_ = false;
  if (ec == bhttp::error::header_limit)
    return FailRequest(431, "header_too_large", "request header too large");
  if (ec == bhttp::error::body_limit)
    return FailRequest(413, "too_large", "request body too large");
  if (ec && &ec.category() == &bhttp::make_error_code(bhttp::error::end_of_stream).category() &&
      ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message) {
    return FailRequest(400, "bad_request", "malformed HTTP request");
  }
  if (ec) {  // end of stream, read timeout (slow client), reset: drop the connection
    no_more_reads_ = true;
    if (ec == bhttp::error::end_of_stream && (!queue_.empty() || writing_)) return;
    Close();
    return;
  }
  Dispatch(parser_->release());
  DoRead();  // read ahead if the client pipelined more
}

void Session::Dispatch(HttpRequest req) {
  auto start = std::chrono::steady_clock::now();
  auto slot = std::make_shared<Slot>();
  queue_.push_back(slot);

  std::string method(req.method_string());
  std::string if_none_match(req[bhttp::field::if_none_match]);
  std::string accept_encoding(req[bhttp::field::accept_encoding]);
  unsigned version = req.version();
  bool keep_alive = req.keep_alive();

  auto target = ParseTarget(std::string_view(req.target().data(), req.target().size()));
  if (!target.ok()) {
    return Complete(slot, ServerError(400, "bad_request", target.status().message(), ""), method,
                    "", "", version, false, "-", start);
  }
  RouteMatch m = ctx_.router.Match(method, target->path);
  if (m.kind == RouteMatch::Kind::kNotFound) {
    return Complete(slot, ServerError(404, "not_found", "no such resource", target->path), method,
                    "", accept_encoding, version, keep_alive, "-", start);
  }
  if (m.kind == RouteMatch::Kind::kMethodNotAllowed) {
    api::Response r = ServerError(405, "method_not_allowed", "method not allowed", target->path);
    r.SetHeader("Allow", m.allow);
    return Complete(slot, std::move(r), method, "", accept_encoding, version, keep_alive, "-",
                    start);
  }

  auto areq = std::make_shared<api::Request>();
  areq->method = method;
  areq->target = std::string(req.target());
  areq->path = std::move(target->path);
  areq->query = std::move(target->query);
  for (const auto& field : req) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, inserted] = areq->headers.emplace(std::move(name), std::string(field.value()));
    if (!inserted) it->second += ", " + std::string(field.value());
  }
  areq->path_params = std::move(m.params);
  areq->body = std::move(req.body());
  areq->client_address = client_address_;
  areq->client_is_loopback = client_is_loopback_;

  const api::Route* route = m.route;
  auto finish = [self = shared_from_this(), slot, method, if_none_match, accept_encoding, version,
                 keep_alive, route, start](api::Response res) {
    self->Complete(slot, std::move(res), method, if_none_match, accept_encoding, version,
                   keep_alive, route->pattern, start);
  };
  if (!route->blocking) return finish(SafeCall(*route, ctx_.services, *areq));
  net::post(ctx_.pool, [this, guard = net::make_work_guard(stream_.get_executor()), areq, route,
                        finish]() mutable {
    api::Response res = SafeCall(*route, ctx_.services, *areq);
    net::post(guard.get_executor(),
              [finish, res = std::move(res)]() mutable { finish(std::move(res)); });
  });
}

void Session::Complete(const std::shared_ptr<Slot>& slot, api::Response res,
                       const std::string& method, const std::string& if_none_match,
                       const std::string& accept_encoding, unsigned version, bool keep_alive,
                       const std::string& pattern, std::chrono::steady_clock::time_point start) {
  Outgoing out = Finish(std::move(res), RequestFacts{method, if_none_match, accept_encoding});
  LogAccess(ctx_, method, pattern, out.status, out.content_length, start);
  HttpResponse& r = slot->res;
  r.version(version);
  r.result(static_cast<unsigned>(out.status));
  for (auto& [name, value] : out.headers) r.insert(name, value);
  r.body() = std::move(out.body);
  if (out.send_content_length) r.content_length(out.content_length);
  r.keep_alive(keep_alive);
  slot->close = !keep_alive;
  slot->ready = true;
  DoWrite();
}

void Session::FailRequest(int status, std::string_view code, std::string_view message) {
  // The stream is out of sync after a bad request: answer it, then close.
  no_more_reads_ = true;
  auto slot = std::make_shared<Slot>();
  queue_.push_back(slot);
  Complete(slot, ServerError(status, code, message, ""), "-", "", "", 11, false, "-",
           std::chrono::steady_clock::now());
}

void Session::DoWrite() {
  if (closed_ || writing_ || queue_.empty() || !queue_.front()->ready) return;
  auto& front = queue_.front();
  if (ctx_.stopping && queue_.size() == 1 && !reading_) {
    front->res.keep_alive(false);  // shutting down: this is the last response
    front->close = true;
  }
  writing_ = true;
  stream_.expires_after(ctx_.options.write_timeout);
  bhttp::async_write(stream_, front->res,
                     beast::bind_front_handler(&Session::OnWrite, shared_from_this()));
}

void Session::OnWrite(beast::error_code ec, std::size_t) {
  writing_ = false;
  if (ec) return Close();
  bool close = queue_.front()->close;
  queue_.pop_front();
  if (close) return LingerClose();
  if (no_more_reads_ && queue_.empty() && !reading_) return Close();
  DoWrite();
  DoRead();
}

void Session::LingerClose() {
  // Half-close, then drain what the client is still sending for a moment,
  // so it reads our response instead of a reset.
  no_more_reads_ = true;
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_send, ec);
  if (ec) return Close();
  stream_.expires_after(std::chrono::seconds(1));
  OnDrain({}, 0);
}

void Session::OnDrain(beast::error_code ec, std::size_t) {
  if (ec) return Close();
  stream_.async_read_some(net::buffer(drain_),
                          beast::bind_front_handler(&Session::OnDrain, shared_from_this()));
}

void Session::Close() {
  if (closed_) return;
  closed_ = true;
  beast::error_code ec;
  stream_.socket().shutdown(net::ip::tcp::socket::shutdown_both, ec);
  stream_.socket().close(ec);
}

}  // namespace leakwatch::http
