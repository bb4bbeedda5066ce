#include "app/hibp_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <chrono>

namespace leakwatch::app {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

Result<HttpReply> HttpGet(const std::string& base_url, const std::string& path,
                          const std::vector<std::pair<std::string, std::string>>& headers) {
  constexpr std::string_view kScheme = "http://";
  if (base_url.rfind(kScheme, 0) != 0)
    return Status::InvalidArgument("--server must be an http:// URL: " + base_url);
  std::string rest = base_url.substr(kScheme.size());
  std::string hostport = rest.substr(0, rest.find('/'));
  std::string prefix = rest.size() > hostport.size() ? rest.substr(hostport.size()) : "";
  while (!prefix.empty() && prefix.back() == '/') prefix.pop_back();
  std::string host = hostport, port = "80";
  if (!hostport.empty() && hostport.front() == '[') {  // [::1]:8080
    auto close = hostport.find(']');
    if (close == std::string::npos) return Status::InvalidArgument("bad IPv6 host in --server");
    host = hostport.substr(1, close - 1);
    if (close + 1 < hostport.size() && hostport[close + 1] == ':')
      port = hostport.substr(close + 2);
  } else if (auto colon = hostport.rfind(':'); colon != std::string::npos) {
    host = hostport.substr(0, colon);
    port = hostport.substr(colon + 1);
  }
  if (host.empty() || port.empty())
    return Status::InvalidArgument("no host in --server " + base_url);
  try {
    boost::asio::io_context ioc;
    tcp::resolver resolver(ioc);
    beast::tcp_stream stream(ioc);
    stream.expires_after(std::chrono::seconds(10));
    stream.connect(resolver.resolve(host, port));
    http::request<http::empty_body> req{http::verb::get, prefix + path, 11};
    req.set(http::field::host, hostport);
    req.set(http::field::user_agent, "leakwatch-check/0.1");
    for (const auto& [k, v] : headers) req.set(k, v);
    stream.expires_after(std::chrono::seconds(10));
    http::write(stream, req);
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(16u << 20);
    http::read(stream, buffer, parser);
    beast::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_both, ec);
    HttpReply reply;
    reply.status = static_cast<int>(parser.get().result_int());
    reply.body = std::move(parser.get().body());
    return reply;
  } catch (const std::exception& e) {
    return Status::IoError("cannot reach " + base_url + ": " + e.what());
  }
}

}  // namespace leakwatch::app
