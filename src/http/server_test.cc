// The server in-process with a fake route table, driven over loopback with
// plain blocking sockets (the python tests in tests/http drive the binary).
#include "http/server.h"

#include <gtest/gtest.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace leakwatch::http {
namespace {

namespace net = boost::asio;
using tcp = net::ip::tcp;

// Stands for the Add-Padding pool: each /tail answer is "head:" plus a shared
// slice of `text`, and each request then replaces `text` (as a pool rebuilt
// after its uses), so only the response still holds the text it was cut from.
constexpr std::size_t kTailBytes = 16 << 20;  // more than loopback buffers hold
struct TailPool {
  std::mutex mu;
  std::shared_ptr<const std::string> text;
  char next = 'A';
};
TailPool& Pool() {
  static TailPool pool;
  return pool;
}

std::vector<api::Route> FakeRoutes() {
  return {
      {{"GET"},
       "/tail",
       [](const api::Services&, const api::Request&) {
         TailPool& p = Pool();
         std::lock_guard lock(p.mu);
         if (!p.text) p.text = std::make_shared<const std::string>(kTailBytes, p.next++);
         api::Response res;
         res.content_type = "text/plain";
         res.etag = false;
         res.body = "head:";
         res.body_tail = {p.text, std::string_view(*p.text).substr(1)};
         p.text = std::make_shared<const std::string>(kTailBytes, p.next++);
         return res;
       },
       false},
      {{"GET"},
       "/hello/{name}",
       [](const api::Services&, const api::Request& r) {
         return api::JsonResponse("{\"hello\":\"" + r.Param("name") + "\"}");
       },
       false},
      {{"GET"},
       "/slow",
       [](const api::Services&, const api::Request&) {
         std::this_thread::sleep_for(std::chrono::milliseconds(300));
         return api::JsonResponse("{\"slow\":true}");
       },
       true},
      {{"GET"},
       "/throw",
       [](const api::Services&, const api::Request&) -> api::Response {
         throw std::runtime_error("secret detail");
       },
       true},
      {{"POST"},
       "/echo",
       [](const api::Services&, const api::Request& r) {
         api::Response res;
         res.body = r.body;
         return res;
       },
       true},
  };
}

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ServerOptions o;
    o.port = 0;
    o.worker_threads = 2;
    o.access_log = false;
    o.body_limit = 1000;
    o.header_limit = 2000;
    o.read_timeout = std::chrono::milliseconds(500);
    auto s = Server::Start(o, FakeRoutes(), api::Services{});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(*s);
    thread_ = std::thread([this] { ASSERT_TRUE(server_->Run(false).ok()); });
  }
  void TearDown() override {
    server_->Stop();
    thread_.join();
  }

  // Sends `raw`, returns everything read until the server closes or `timeout`.
  std::string Exchange(const std::string& raw, bool wait_close = true) {
    net::io_context io;
    tcp::socket sock(io);
    sock.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    net::write(sock, net::buffer(raw));
    std::string out;
    boost::system::error_code ec;
    char buf[4096];
    while (true) {
      size_t n = sock.read_some(net::buffer(buf), ec);
      out.append(buf, n);
      if (ec) break;
      if (!wait_close && out.find("\r\n\r\n") != std::string::npos) break;
    }
    return out;
  }

  std::unique_ptr<Server> server_;
  std::thread thread_;
};

TEST_F(ServerTest, RoutesAndAddsHeaders) {
  std::string r = Exchange("GET /hello/%E4%B8%96 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r;
  EXPECT_NE(r.find("{\"hello\":\"世\"}"), std::string::npos) << r;
  EXPECT_NE(r.find("X-Frame-Options: DENY"), std::string::npos);
  EXPECT_NE(r.find("ETag: W/"), std::string::npos);
}

TEST_F(ServerTest, NotFoundMethodAndBadTarget) {
  EXPECT_EQ(Exchange("GET /nope HTTP/1.1\r\nConnection: close\r\n\r\n").rfind("HTTP/1.1 404", 0),
            0u);
  std::string r = Exchange("DELETE /hello/x HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 405", 0), 0u) << r;
  EXPECT_NE(r.find("Allow: GET, HEAD"), std::string::npos);
  r = Exchange("GET /hello/..%2f HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 400", 0), 0u) << r;
  EXPECT_NE(r.find("X-Content-Type-Options: nosniff"), std::string::npos);
}

TEST_F(ServerTest, ExceptionBecomesBare500) {
  std::string r = Exchange("GET /throw HTTP/1.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 500", 0), 0u) << r;
  EXPECT_EQ(r.find("secret"), std::string::npos);
}

TEST_F(ServerTest, PipelinedAnswersInOrder) {
  std::string r = Exchange(
      "GET /slow HTTP/1.1\r\n\r\nGET /hello/b HTTP/1.1\r\n\r\n"
      "GET /hello/c HTTP/1.1\r\nConnection: close\r\n\r\n");
  size_t a = r.find("\"slow\""), b = r.find("\"b\""), c = r.find("\"c\"");
  ASSERT_NE(a, std::string::npos) << r;
  ASSERT_NE(b, std::string::npos) << r;
  ASSERT_NE(c, std::string::npos) << r;
  EXPECT_LT(a, b);
  EXPECT_LT(b, c);
}

TEST_F(ServerTest, ManyPipelinedRequestsAllAnsweredInOrder) {
  // More than the responses written inline one inside another: the rest go
  // through the asynchronous path, in order, none lost.
  std::string raw;
  for (int i = 0; i < 300; ++i) raw += "GET /hello/n" + std::to_string(i) + " HTTP/1.1\r\n\r\n";
  raw += "GET /hello/last HTTP/1.1\r\nConnection: close\r\n\r\n";
  std::string r = Exchange(raw);
  std::size_t at = 0;
  for (int i = 0; i < 300; ++i) {
    std::size_t next = r.find("{\"hello\":\"n" + std::to_string(i) + "\"}", at);
    ASSERT_NE(next, std::string::npos) << i;
    at = next;
  }
  EXPECT_NE(r.find("{\"hello\":\"last\"}", at), std::string::npos);
}

TEST_F(ServerTest, Limits) {
  std::string r =
      Exchange("POST /echo HTTP/1.1\r\nContent-Length: 5000\r\n\r\n" + std::string(5000, 'x'));
  EXPECT_EQ(r.rfind("HTTP/1.1 413", 0), 0u) << r;
  r = Exchange("GET /hello/x HTTP/1.1\r\nX-Big: " + std::string(5000, 'y') + "\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 431", 0), 0u) << r;
  r = Exchange("POST /echo HTTP/1.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc");
  EXPECT_NE(r.find("\r\n\r\nabc"), std::string::npos) << r;
  r = Exchange("BLAH\r\n\r\n");
  EXPECT_EQ(r.rfind("HTTP/1.1 400", 0), 0u) << r;
}

TEST_F(ServerTest, SharedBodyTailOutlivesItsOwnerWhileWritten) {
  // A: a response too large to be written at once, not read yet.
  net::io_context io;
  tcp::socket a(io);
  a.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
  net::write(a, net::buffer(std::string("GET /tail HTTP/1.1\r\nHost: x\r\n\r\n")));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  // B meanwhile: the "pool" A's tail came from is replaced twice and dropped.
  for (char letter : {'B', 'C'}) {
    std::string b = Exchange("GET /tail HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    ASSERT_EQ(b.rfind("HTTP/1.1 200", 0), 0u) << b.substr(0, 200);
    std::size_t start = b.find("\r\n\r\n");
    ASSERT_NE(start, std::string::npos);
    EXPECT_EQ(b.substr(start + 4), "head:" + std::string(kTailBytes - 1, letter));
    EXPECT_NE(b.find("Content-Length: " + std::to_string(kTailBytes + 4) + "\r\n"),
              std::string::npos);
  }
  // A's body is still the text it was cut from, whole.
  std::string r;
  boost::system::error_code ec;
  std::vector<char> buf(1 << 16);
  std::size_t want = std::string::npos;
  while (r.size() != want) {
    std::size_t n = a.read_some(net::buffer(buf), ec);
    r.append(buf.data(), n);
    if (ec) break;
    std::size_t end = r.find("\r\n\r\n");
    if (want == std::string::npos && end != std::string::npos) {
      std::size_t cl = r.find("Content-Length: ");
      ASSERT_LT(cl, end) << r.substr(0, end);
      want = end + 4 + std::stoul(r.substr(cl + 16));
    }
  }
  ASSERT_EQ(r.rfind("HTTP/1.1 200", 0), 0u) << r.substr(0, 200);
  EXPECT_NE(r.find("Content-Length: " + std::to_string(kTailBytes + 4) + "\r\n"),
            std::string::npos);
  std::size_t start = r.find("\r\n\r\n") + 4;
  EXPECT_EQ(r.size() - start, kTailBytes + 4);
  EXPECT_TRUE(r.compare(start, std::string::npos, "head:" + std::string(kTailBytes - 1, 'A')) == 0)
      << "the first body changed after its owner was replaced";
}

TEST_F(ServerTest, SlowClientDropped) {
  auto start = std::chrono::steady_clock::now();
  std::string r = Exchange("GET /hello/x HTTP/1.1\r\nHost: x\r\n");  // never finishes the header
  EXPECT_EQ(r, "");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

// Several event loops: connections spread over them, keep-alive sequences of
// non-blocking and blocking requests come back whole and in order, and Stop()
// returns promptly with the access log's flush timers running.
TEST(MultiThreadServerTest, ConnectionsOnSeveralLoopsAndPromptStop) {
  ServerOptions o;
  o.port = 0;
  o.io_threads = 3;
  o.worker_threads = 2;
  o.access_log = true;
  auto s = Server::Start(o, FakeRoutes(), api::Services{});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  std::unique_ptr<Server> server = std::move(*s);
  std::promise<void> stopped;
  auto stopped_future = stopped.get_future();
  std::thread runner([&] {
    EXPECT_TRUE(server->Run(false).ok());
    stopped.set_value();
  });
  std::vector<std::thread> clients;
  std::vector<std::string> outputs(6);
  for (int c = 0; c < 6; ++c) {
    clients.emplace_back([&, c] {
      net::io_context io;
      tcp::socket sock(io);
      sock.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server->port()));
      std::string all;
      for (int i = 0; i < 20; ++i) {
        std::string path =
            i == 10 ? "/slow" : "/hello/c" + std::to_string(c) + "r" + std::to_string(i);
        std::string req = "GET " + path + " HTTP/1.1\r\nHost: x\r\n";
        if (i == 19) req += "Connection: close\r\n";
        net::write(sock, net::buffer(req + "\r\n"));
        // One response at a time: read until its body (the JSON object) is complete.
        std::string out;
        char buf[4096];
        boost::system::error_code ec;
        while (out.find("}") == std::string::npos) {
          size_t n = sock.read_some(net::buffer(buf), ec);
          out.append(buf, n);
          if (ec) break;
        }
        all += out;
      }
      outputs[c] = all;
    });
  }
  for (auto& t : clients) t.join();
  for (int c = 0; c < 6; ++c) {
    const std::string& out = outputs[c];
    size_t pos = 0;
    for (int i = 0; i < 20; ++i) {
      std::string want =
          i == 10 ? "{\"slow\":true}"
                  : "{\"hello\":\"c" + std::to_string(c) + "r" + std::to_string(i) + "\"}";
      size_t at = out.find(want, pos);
      ASSERT_NE(at, std::string::npos) << "client " << c << " response " << i << ": " << out;
      pos = at + want.size();
    }
    EXPECT_NE(out.find("Connection: close"), std::string::npos);
  }
  server->Stop();
  if (stopped_future.wait_for(std::chrono::seconds(2)) != std::future_status::ready) {
    ADD_FAILURE() << "Run() did not return after Stop()";
    runner.detach();
    server.release();  // still running: leak it rather than destroy it under the thread
    return;
  }
  runner.join();
}

TEST(ListenAddressTest, Parses) {
  auto a = ParseListenAddress("127.0.0.1:8080");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->first, "127.0.0.1");
  EXPECT_EQ(a->second, 8080);
  a = ParseListenAddress("[::1]:0");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->first, "::1");
  EXPECT_TRUE(ParseListenAddress(":9000").ok());
  for (const char* bad :
       {"", "8080", "host:", "1.2.3.4:99999", "1.2.3.4:80x", "nohost:80", "::1:80"}) {
    EXPECT_FALSE(ParseListenAddress(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace leakwatch::http
