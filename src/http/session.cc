#include "http/session.h"

#include <unistd.h>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
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

// Per-thread access-log buffer; lines reach stderr in whole-buffer writes.
constexpr std::size_t kAccessLogFlushBytes = 8192;
thread_local std::string access_log_buffer;
std::mutex access_log_mu;  // one writer at a time: lines never interleave

// Serialises headers straight into the response head.
struct HeadSink final : HeaderSink {
  explicit HeadSink(std::string* h) : head(h) {}
  void Add(std::string_view name, std::string_view value) override {
    head->append(name).append(": ").append(value).append("\r\n");
  }
  void AddSecurityHeaders() override { head->append(SecurityHeaderLines()); }
  std::string* head;
};

void AppendStatusLine(unsigned version, int status, std::string* head) {
  head->append(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
  char digits[8];
  auto end = std::to_chars(digits, digits + sizeof digits, status).ptr;
  head->append(digits, end);
  head->push_back(' ');
  auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(status));
  head->append(reason.data(), reason.size());
  head->append("\r\n");
}

}  // namespace

void LogAccessLine(std::string_view method, std::string_view pattern, int status, std::size_t bytes,
                   double ms) {
  // "METHOD PATTERN STATUS BYTES 12.3ms\n", formatted without printf.
  char line[80];
  char* w = line;
  *w++ = ' ';
  w = std::to_chars(w, line + sizeof line, status).ptr;
  *w++ = ' ';
  w = std::to_chars(w, line + sizeof line, bytes).ptr;
  *w++ = ' ';
  auto tenths = static_cast<unsigned long long>(std::llround(std::max(0.0, ms) * 10));
  w = std::to_chars(w, line + sizeof line, tenths / 10).ptr;
  *w++ = '.';
  *w++ = static_cast<char>('0' + tenths % 10);
  std::memcpy(w, "ms\n", 3);
  w += 3;
  std::string& b = access_log_buffer;
  b.append(method).push_back(' ');
  b.append(pattern).append(line, static_cast<std::size_t>(w - line));
  if (b.size() >= kAccessLogFlushBytes) FlushAccessLog();
}

void FlushAccessLog() {
  std::string& b = access_log_buffer;
  if (b.empty()) return;
  std::lock_guard lock(access_log_mu);
  std::fflush(stderr);  // keep order with anything printed through stdio
  const char* p = b.data();
  std::size_t left = b.size();
  while (left > 0) {
    ssize_t w = ::write(STDERR_FILENO, p, left);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) break;  // stderr gone: drop the lines
    p += w;
    left -= static_cast<std::size_t>(w);
  }
  b.clear();
}

Session::Session(net::ip::tcp::socket socket, ServerContext& ctx)
    : socket_(std::move(socket)),
      ctx_(ctx),
      timer_(socket_.get_executor()),
      min_timeout_(std::min(
          {ctx.options.read_timeout, ctx.options.idle_timeout, ctx.options.write_timeout})) {
  boost::system::error_code ec;
  auto ep = socket_.remote_endpoint(ec);
  if (!ec) {
    client_address_ = ep.address().to_string();
    client_is_loopback_ = ep.address().is_loopback();
  }
  socket_.set_option(net::ip::tcp::no_delay(true), ec);
  socket_.non_blocking(true, ec);  // DoWrite's first attempt must not block
  if (min_timeout_.count() <= 0) min_timeout_ = std::chrono::milliseconds(1);
}

Session::~Session() {
  std::lock_guard lock(ctx_.mu);
  ctx_.sessions.erase(this);
}

void Session::Start() {
  net::dispatch(socket_.get_executor(), [self = shared_from_this()] {
    self->ArmTimer(Clock::now());
    self->DoRead();
  });
}

void Session::BeginShutdown() {
  net::post(socket_.get_executor(), [self = shared_from_this()] {
    self->no_more_reads_ = true;
    if (self->waiting_first_byte_ || (self->queue_.empty() && !self->reading_)) self->Close();
  });
}

// The timer fires at the earliest pending deadline, or after min_timeout_:
// any deadline set later is at least min_timeout_ away, so none is missed.
void Session::ArmTimer(Clock::time_point now) {
  if (closed_) return;
  Clock::time_point at = now + min_timeout_;
  at = std::min({at, read_deadline_, write_deadline_});
  timer_.expires_at(at);
  timer_.async_wait([weak = weak_from_this()](boost::system::error_code ec) {
    if (auto self = weak.lock()) self->OnTimer(ec);
  });
}

void Session::OnTimer(boost::system::error_code ec) {
  if (ec || closed_) return;
  auto now = Clock::now();
  if (read_deadline_ <= now || write_deadline_ <= now) return Close();  // ops fail: aborted
  ArmTimer(now);
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
    read_deadline_ = Clock::now() + ctx_.options.idle_timeout;
    socket_.async_read_some(
        buffer_.prepare(8192),
        [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
          self->OnFirstBytes(ec, n);
        });
    return;
  }
  reading_ = true;
  ReadRequest();
}

void Session::OnFirstBytes(boost::system::error_code ec, std::size_t n) {
  waiting_first_byte_ = false;
  read_deadline_ = Clock::time_point::max();
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
  parser_->eager(true);
  read_deadline_ = Clock::now() + ctx_.options.read_timeout;
  ParseBuffered();
}

// Parses what is buffered; reads more while the request is incomplete.
void Session::ParseBuffered() {
  while (buffer_.size() > 0) {
    boost::system::error_code ec;
    std::size_t used = parser_->put(buffer_.data(), ec);
    buffer_.consume(used);
    if (ec == bhttp::error::need_more) break;
    if (ec) return OnRead(ec);
    if (parser_->is_done()) return OnRead({});
    if (used == 0) break;
  }
  if (closed_) return OnRead(net::error::operation_aborted);
  std::size_t size = std::max<std::size_t>(8192, buffer_.capacity() - buffer_.size());
  socket_.async_read_some(buffer_.prepare(std::min<std::size_t>(size, 65536)),
                          [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
                            self->OnReadSome(ec, n);
                          });
}

void Session::OnReadSome(boost::system::error_code ec, std::size_t n) {
  if (ec == net::error::eof) {
    if (parser_->got_some()) {
      boost::system::error_code eof_ec;
      parser_->put_eof(eof_ec);
      return OnRead(eof_ec ? eof_ec : bhttp::error::partial_message);
    }
    return OnRead(bhttp::error::end_of_stream);
  }
  if (ec) return OnRead(ec);
  buffer_.commit(n);
  ParseBuffered();
}

void Session::OnRead(boost::system::error_code ec) {
  reading_ = false;
  read_deadline_ = Clock::time_point::max();
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
  Dispatch(parser_->get());
  DoRead();  // read ahead if the client pipelined more
}

void Session::Dispatch(Parser::value_type& req) {
  Facts facts;
  if (ctx_.options.access_log) facts.start = Clock::now();  // only the log needs it
  auto slot = NewSlot();
  queue_.push_back(slot);

  facts.method.assign(req.method_string().data(), req.method_string().size());
  auto inm = req[bhttp::field::if_none_match];
  facts.if_none_match.assign(inm.data(), inm.size());
  auto ae = req[bhttp::field::accept_encoding];
  facts.accept_encoding.assign(ae.data(), ae.size());
  facts.version = req.version();
  facts.keep_alive = req.keep_alive();

  auto target = ParseTarget(std::string_view(req.target().data(), req.target().size()));
  if (!target.ok()) {
    facts.if_none_match.clear();
    facts.accept_encoding.clear();
    facts.keep_alive = false;
    return Complete(slot, ServerError(400, "bad_request", target.status().message(), ""), facts);
  }
  RouteMatch m = ctx_.router.Match(facts.method, target->path);
  if (m.kind == RouteMatch::Kind::kNotFound) {
    facts.if_none_match.clear();
    return Complete(slot, ServerError(404, "not_found", "no such resource", target->path), facts);
  }
  if (m.kind == RouteMatch::Kind::kMethodNotAllowed) {
    api::Response r = ServerError(405, "method_not_allowed", "method not allowed", target->path);
    r.SetHeader("Allow", m.allow);
    facts.if_none_match.clear();
    return Complete(slot, std::move(r), facts);
  }

  const api::Route* route = m.route;
  facts.pattern = &route->pattern;
  auto fill = [&](api::Request* areq) {
    areq->method = facts.method;
    areq->target.assign(req.target().data(), req.target().size());
    areq->path = std::move(target->path);
    areq->query = std::move(target->query);
    for (const auto& field : req) {
      auto n = field.name_string();
      std::string name(n.data(), n.size());
      for (char& c : name)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');  // no locale call
      auto v = field.value();
      auto [it, inserted] = areq->headers.emplace(std::move(name), std::string(v.data(), v.size()));
      if (!inserted) it->second.append(", ").append(v.data(), v.size());
    }
    areq->path_params = std::move(m.params);
    areq->body = std::move(req.body());
    areq->client_address = client_address_;
    areq->client_is_loopback = client_is_loopback_;
  };
  if (!route->blocking) {  // on this I/O thread, no hop
    api::Request areq;
    fill(&areq);
    return Complete(slot, SafeCall(*route, ctx_.services, areq), facts);
  }
  auto areq = std::make_unique<api::Request>();
  fill(areq.get());
  net::post(
      ctx_.pool, [self = shared_from_this(), guard = net::make_work_guard(socket_.get_executor()),
                  areq = std::move(areq), route, slot, facts = std::move(facts)]() mutable {
        api::Response res = SafeCall(*route, self->ctx_.services, *areq);
        areq.reset();
        auto ex = guard.get_executor();
        net::post(ex, [self = std::move(self), slot = std::move(slot), facts = std::move(facts),
                       res = std::move(res), guard = std::move(guard)]() mutable {
          self->Complete(slot, std::move(res), facts);
        });
      });
}

void Session::Complete(const std::shared_ptr<Slot>& slot, api::Response res, const Facts& facts) {
  Outgoing out;
  std::string& head = slot->head;
  // The status line needs the final status: headers go to a scratch string first.
  std::string& headers = headers_scratch_;
  headers.clear();
  HeadSink sink(&headers);
  FinishInto(res, RequestFacts{facts.method, facts.if_none_match, facts.accept_encoding}, sink,
             &slot->body, &out);
  if (ctx_.options.access_log) {
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - facts.start).count();
    LogAccessLine(facts.method, facts.pattern ? std::string_view(*facts.pattern) : "-", out.status,
                  out.content_length, ms);
  }
  AppendStatusLine(facts.version, out.status, &head);
  head.append(headers);
  slot->version = facts.version;
  slot->status = out.status;
  slot->send_content_length = out.send_content_length;
  slot->content_length = out.content_length;
  slot->body_tail = std::move(out.body_tail);
  slot->keep_alive = facts.keep_alive;
  slot->close = !facts.keep_alive;
  slot->ready = true;
  DoWrite();
}

// Slots are reused, their head buffers with them, once nothing else holds them.
std::shared_ptr<Session::Slot> Session::NewSlot() {
  if (spare_slots_.empty()) return std::make_shared<Slot>();
  auto slot = std::move(spare_slots_.back());
  spare_slots_.pop_back();
  return slot;
}

void Session::RecycleSlot(std::shared_ptr<Slot> slot) {
  if (slot.use_count() != 1 || spare_slots_.size() >= 2) return;
  Slot& s = *slot;
  s.ready = s.close = false;
  s.head.clear();
  s.body = std::string();  // bodies are the handlers' buffers: let them go
  s.body_tail = api::SharedBytes();
  spare_slots_.push_back(std::move(slot));
}

void Session::FailRequest(int status, std::string_view code, std::string_view message) {
  // The stream is out of sync after a bad request: answer it, then close.
  no_more_reads_ = true;
  auto slot = NewSlot();
  queue_.push_back(slot);
  Facts facts;
  facts.method = "-";
  facts.version = 11;
  facts.keep_alive = false;
  facts.start = Clock::now();
  Complete(slot, ServerError(status, code, message, ""), facts);
}

void Session::DoWrite() {
  if (closed_ || writing_ || queue_.empty() || !queue_.front()->ready) return;
  Slot& front = *queue_.front();
  if (ctx_.stopping && queue_.size() == 1 && !reading_) {
    front.keep_alive = false;  // shutting down: this is the last response
    front.close = true;
  }
  std::string& tail = content_length_line_;
  tail.clear();
  if (front.send_content_length) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, front.content_length).ptr;
    tail.append("Content-Length: ").append(digits, end).append("\r\n");
  }
  if (front.version >= 11 && !front.keep_alive) tail.append("Connection: close\r\n");
  if (front.version < 11 && front.keep_alive) tail.append("Connection: keep-alive\r\n");
  tail.append("\r\n");
  // Header, body and the body's shared tail in one gathered write, not joined.
  write_buffers_ = {net::buffer(front.head), net::buffer(tail), net::buffer(front.body),
                    net::buffer(front.body_tail.bytes.data(), front.body_tail.bytes.size())};
  writing_ = true;
  // Most responses fit in the socket's send buffer: write them now, without a
  // trip through the reactor and the scheduler. What does not fit goes out
  // asynchronously, and so does everything while inline writes nest (a client
  // pipelining many small requests), which bounds the stack.
  if (inline_writes_ < kMaxInlineWrites) {
    boost::system::error_code ec;
    const std::size_t total = net::buffer_size(write_buffers_);
    std::size_t n = socket_.write_some(write_buffers_, ec);  // non-blocking socket
    if (ec == net::error::would_block || ec == net::error::try_again) {
      ec = {};
      n = 0;
    }
    if (ec || n == total) {
      ++inline_writes_;
      OnWrite(ec, n);
      --inline_writes_;
      return;
    }
    for (auto& b : write_buffers_) {  // skip what was written
      std::size_t k = std::min(n, b.size());
      b += k;
      n -= k;
    }
  }
  write_deadline_ = Clock::now() + ctx_.options.write_timeout;
  net::async_write(socket_, write_buffers_,
                   [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
                     self->OnWrite(ec, n);
                   });
}

void Session::OnWrite(boost::system::error_code ec, std::size_t) {
  writing_ = false;
  write_deadline_ = Clock::time_point::max();
  if (ec) return Close();
  bool close = queue_.front()->close;
  RecycleSlot(std::move(queue_.front()));
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
  boost::system::error_code ec;
  socket_.shutdown(net::ip::tcp::socket::shutdown_send, ec);
  if (ec) return Close();
  read_deadline_ = Clock::now() + std::chrono::seconds(1);
  ArmTimer(Clock::now());
  OnDrain({}, 0);
}

void Session::OnDrain(boost::system::error_code ec, std::size_t) {
  if (ec) return Close();
  socket_.async_read_some(net::buffer(drain_),
                          [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
                            self->OnDrain(ec, n);
                          });
}

void Session::Close() {
  if (closed_) return;
  closed_ = true;
  boost::system::error_code ec;
  socket_.shutdown(net::ip::tcp::socket::shutdown_both, ec);
  socket_.close(ec);
  timer_.cancel();
}

}  // namespace leakwatch::http
