#include "http/server.h"

#include <fmt/format.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

#include "http/session.h"

namespace leakwatch::http {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// Each I/O thread runs its own io_context: a session lives on one of them
// and never hops threads; the acceptor (on the first) deals new connections
// round-robin. Every io_context also flushes its thread's access log.
struct IoThread {
  IoThread() : io(1), work(net::make_work_guard(io)), log_timer(io) {}

  void FlushLogSoon() {
    log_timer.expires_after(std::chrono::milliseconds(100));
    log_timer.async_wait([this](boost::system::error_code ec) {
      FlushAccessLog();
      if (!ec && !released) FlushLogSoon();
    });
  }

  // On this thread: stop the flush timer so run() can return.
  void StopLogTimer() {
    released = true;
    log_timer.cancel();
  }

  net::io_context io;
  net::executor_work_guard<net::io_context::executor_type> work;
  net::steady_timer log_timer;
  bool released = false;  // only touched on this io_context's thread
};

struct Server::Impl {
  Impl(ServerOptions o, std::vector<api::Route> routes, api::Services s)
      : threads(MakeThreads(std::max(1, o.io_threads))),
        io(threads[0]->io),
        ctx(std::move(o), std::move(routes), s),
        acceptor(io),
        signals(io),
        drain_timer(io) {}

  static std::vector<std::unique_ptr<IoThread>> MakeThreads(int n) {
    std::vector<std::unique_ptr<IoThread>> out;
    for (int i = 0; i < n; ++i) out.push_back(std::make_unique<IoThread>());
    return out;
  }

  void Accept() {
    net::io_context& target = threads[next_thread++ % threads.size()]->io;
    acceptor.async_accept(target, [this](boost::system::error_code ec, tcp::socket socket) {
      if (ctx.stopping || ec == net::error::operation_aborted) return;
      if (ec) {  // e.g. out of file descriptors: back off briefly, keep serving
        auto timer = std::make_shared<net::steady_timer>(io, std::chrono::milliseconds(50));
        timer->async_wait([this, timer](auto) {
          if (!ctx.stopping) Accept();
        });
        return;
      }
      auto session = std::make_shared<Session>(std::move(socket), ctx);
      {
        std::lock_guard lock(ctx.mu);
        ctx.sessions[session.get()] = session;
      }
      session->Start();
      Accept();
    });
  }

  // On the first I/O thread: stop accepting, ask every session to finish,
  // and poll until none is left or the grace period is over.
  void BeginShutdown() {
    if (shutting_down) return;
    shutting_down = true;
    ctx.stopping = true;
    boost::system::error_code ec;
    acceptor.close(ec);
    signals.cancel(ec);
    std::vector<std::shared_ptr<Session>> live;
    {
      std::lock_guard lock(ctx.mu);
      for (auto& [p, weak] : ctx.sessions)
        if (auto s = weak.lock()) live.push_back(std::move(s));
    }
    for (auto& s : live) s->BeginShutdown();
    deadline = std::chrono::steady_clock::now() + ctx.options.shutdown_grace;
    PollDrained();
  }

  // Lets every io_context's run() return once it has no more work.
  void ReleaseThreads() {
    for (auto& t : threads) {
      t->work.reset();
      net::post(t->io, [t = t.get()] { t->StopLogTimer(); });
    }
  }

  void PollDrained() {
    bool empty;
    {
      std::lock_guard lock(ctx.mu);
      empty = ctx.sessions.empty();
    }
    if (empty) return ReleaseThreads();  // nothing keeps io busy any more: run() returns
    if (std::chrono::steady_clock::now() >= deadline) {
      std::fprintf(stderr, "leakwatch: shutdown grace period over, closing connections\n");
      for (auto& t : threads) t->io.stop();
      return;
    }
    drain_timer.expires_after(std::chrono::milliseconds(20));
    drain_timer.async_wait([this](boost::system::error_code ec) {
      if (!ec) PollDrained();
    });
  }

  std::vector<std::unique_ptr<IoThread>> threads;
  std::size_t next_thread = 0;
  net::io_context& io;  // the first: acceptor, signals, shutdown
  ServerContext ctx;
  tcp::acceptor acceptor;
  net::signal_set signals;
  net::steady_timer drain_timer;
  bool shutting_down = false;
  std::chrono::steady_clock::time_point deadline;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() {
  if (!impl_) return;
  for (auto& t : impl_->threads) t->io.stop();
  impl_->ctx.pool.join();
}

Result<std::unique_ptr<Server>> Server::Start(ServerOptions options, std::vector<api::Route> routes,
                                              api::Services services) {
  std::string where = fmt::format("{}:{}", options.address, options.port);
  auto impl = std::make_unique<Impl>(std::move(options), std::move(routes), services);
  boost::system::error_code ec;
  auto address = net::ip::make_address(impl->ctx.options.address, ec);
  if (ec) return Status::InvalidArgument("bad listen address: " + impl->ctx.options.address);
  tcp::endpoint endpoint(address, impl->ctx.options.port);
  auto& acc = impl->acceptor;
  if (acc.open(endpoint.protocol(), ec) ||
      acc.set_option(net::socket_base::reuse_address(true), ec) || acc.bind(endpoint, ec) ||
      acc.listen(net::socket_base::max_listen_connections, ec)) {
    return Status::IoError(fmt::format("cannot listen on {}: {}", where, ec.message()));
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

unsigned short Server::port() const {
  boost::system::error_code ec;
  auto ep = impl_->acceptor.local_endpoint(ec);
  return ec ? 0 : ep.port();
}

Status Server::Run(bool handle_signals) {
  Impl& impl = *impl_;
  if (handle_signals) {
    impl.signals.add(SIGINT);
    impl.signals.add(SIGTERM);
    impl.signals.async_wait([&impl](boost::system::error_code ec, int) {
      if (!ec) impl.BeginShutdown();
    });
  }
  impl.Accept();
  // The flush timer wakes each I/O thread 10 times a second: only when there is a log.
  const bool access_log = impl.ctx.options.access_log;
  auto run = [access_log](IoThread* t) {
    if (access_log && t->work.owns_work()) t->FlushLogSoon();
    t->io.run();
    FlushAccessLog();
  };
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < impl.threads.size(); ++i)
    threads.emplace_back(run, impl.threads[i].get());
  run(impl.threads[0].get());
  for (auto& t : impl.threads) t->io.stop();  // e.g. grace period over on the first
  for (auto& t : threads) t.join();
  impl.ctx.pool.join();
  FlushAccessLog();
  return Status::Ok();
}

void Server::Stop() {
  net::post(impl_->io, [impl = impl_.get()] { impl->BeginShutdown(); });
}

Result<std::pair<std::string, unsigned short>> ParseListenAddress(std::string_view value) {
  std::string host;
  std::string_view port;
  if (!value.empty() && value.front() == '[') {
    size_t close = value.find("]:");
    if (close == std::string_view::npos)
      return Status::InvalidArgument("bad --listen: " + std::string(value));
    host = std::string(value.substr(1, close - 1));
    port = value.substr(close + 2);
  } else {
    size_t colon = value.rfind(':');
    if (colon == std::string_view::npos) {
      return Status::InvalidArgument("bad --listen (want HOST:PORT): " + std::string(value));
    }
    host = std::string(value.substr(0, colon));
    port = value.substr(colon + 1);
    if (host.find(':') != std::string::npos) {
      return Status::InvalidArgument("bad --listen (write IPv6 as [ADDR]:PORT): " +
                                     std::string(value));
    }
  }
  if (host.empty()) host = "127.0.0.1";
  unsigned long n = 0;
  if (port.empty() || port.size() > 5)
    return Status::InvalidArgument("bad port in --listen: " + std::string(value));
  for (char c : port) {
    if (c < '0' || c > '9')
      return Status::InvalidArgument("bad port in --listen: " + std::string(value));
    n = n * 10 + static_cast<unsigned>(c - '0');
  }
  if (n > 65535) return Status::InvalidArgument("bad port in --listen: " + std::string(value));
  boost::system::error_code ec;
  net::ip::make_address(host, ec);
  if (ec) return Status::InvalidArgument("bad address in --listen: " + host);
  return std::make_pair(host, static_cast<unsigned short>(n));
}

}  // namespace leakwatch::http
