#include "store/bundle/timestamp.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include <nlohmann/json.hpp>

#include "crawler/tsa_client.h"
#include "store/bundle/bundle.h"
#include "store/bundle/signing.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

using testing::ReadFile;
using testing::RunCommand;
using testing::WriteFile;

// A local RFC 3161 TSA: a CA and a TSA certificate (EKU timeStamping,
// critical) made with `openssl`, and a loopback HTTP server (port 0) that
// answers each POST with `openssl ts -reply`. Stopped in the destructor.
class LocalTsa {
 public:
  explicit LocalTsa(const std::string& dir) : dir_(dir) {}
  ~LocalTsa() { Stop(); }

  // Returns "" on success, else what failed.
  std::string Setup() {
    std::string out;
    std::string d = dir_;
    WriteFile(d + "/tsa.ext",
              "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\n"
              "extendedKeyUsage=critical,timeStamping\n");
    WriteFile(d + "/tsaserial", "01\n");
    WriteFile(d + "/tsa.cnf",
              "[ tsa ]\ndefault_tsa = tsa_config1\n[ tsa_config1 ]\ndir = " + d +
                  "\nserial = $dir/tsaserial\ncrypto_device = builtin\nsigner_cert = $dir/tsa.crt\n"
                  "certs = $dir/tsa.crt\nsigner_key = $dir/tsa.key\nsigner_digest = sha256\n"
                  "default_policy = 1.2.3.4.1\nother_policies = 1.2.3.4.5.6\n"
                  "digests = sha256, sha384, sha512\naccuracy = secs:1\nordering = yes\n"
                  "tsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n");
    std::string cmd =
        "cd " + d +
        " && openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key"
        " -out ca.crt -days 2 -subj '/CN=lantian test TSA root'"
        " -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign"
        " && openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout tsa.key -out tsa.csr"
        " -subj '/CN=lantian test TSA'"
        " && openssl x509 -req -in tsa.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2"
        " -extfile tsa.ext -out tsa.crt";
    if (RunCommand(cmd, &out) != 0) return "openssl setup failed: " + out;
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) != 0 ||
        ::listen(listen_fd_, 8) != 0) {
      return "bind/listen failed";
    }
    socklen_t len = sizeof(addr);
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] { Serve(); });
    return "";
  }

  void Stop() {
    if (listen_fd_ >= 0) {
      stop_ = true;
      ::shutdown(listen_fd_, SHUT_RDWR);
      if (thread_.joinable()) thread_.join();
      ::close(listen_fd_);
      listen_fd_ = -1;
    }
  }

  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_) + "/tsa"; }
  std::string ca() const { return dir_ + "/ca.crt"; }
  std::string chain() const { return dir_ + "/tsa.crt"; }
  // Replay the first reply forever (a broken or hostile TSA).
  void set_replay(bool v) { replay_ = v; }
  int requests() const { return requests_; }

 private:
  void Serve() {
    while (!stop_) {
      int fd = ::accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      std::string req;
      char buf[4096];
      size_t need = std::string::npos;
      while (true) {
        ssize_t n = ::read(fd, buf, sizeof(buf));
        if (n <= 0) break;
        req.append(buf, size_t(n));
        size_t end = req.find("\r\n\r\n");
        if (end != std::string::npos && need == std::string::npos) {
          size_t cl = req.find("Content-Length: ");
          need = end + 4 + (cl != std::string::npos ? std::stoul(req.substr(cl + 16)) : 0);
        }
        if (need != std::string::npos && req.size() >= need) break;
      }
      ++requests_;
      std::string reply;
      if (replay_ && !last_reply_.empty()) {
        reply = last_reply_;
      } else {
        WriteFile(dir_ + "/q.tsq", req.substr(req.find("\r\n\r\n") + 4));
        std::string out;
        RunCommand("openssl ts -reply -config " + dir_ + "/tsa.cnf -queryfile " + dir_ +
                       "/q.tsq -out " + dir_ + "/r.tsr",
                   &out);
        reply = ReadFile(dir_ + "/r.tsr");
        last_reply_ = reply;
      }
      std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: " +
                         std::to_string(reply.size()) + "\r\nConnection: close\r\n\r\n";
      std::string all = head + reply;
      size_t done = 0;
      while (done < all.size()) {
        ssize_t n = ::write(fd, all.data() + done, all.size() - done);
        if (n <= 0) break;
        done += size_t(n);
      }
      ::close(fd);
    }
  }

  std::string dir_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  std::atomic<bool> stop_{false};  // read by the server thread after shutdown() wakes accept
  std::atomic<bool> replay_{false};
  std::atomic<int> requests_{0};
  std::string last_reply_;  // server thread only
};

class TimestampTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string out;
    if (RunCommand("openssl version", &out) != 0) GTEST_SKIP() << "openssl CLI not installed";
    tsa_ = std::make_unique<LocalTsa>(dir_.File(""));
    std::filesystem::create_directories(dir_.File(""));
    std::string err = tsa_->Setup();
    ASSERT_EQ(err, "");
  }
  void TearDown() override {
    if (tsa_) tsa_->Stop();
  }
  testing::TempFolder dir_;
  std::unique_ptr<LocalTsa> tsa_;
};

TEST_F(TimestampTest, Rfc3161_RequestReplyRoundTripOverHttp) {
  std::string sig(96, '\x42');
  auto req = BuildTimestampRequest(sig);
  ASSERT_TRUE(req.ok()) << req.status().message();
  auto reply = crawler::PostTimestampQuery(tsa_->url(), req->der);
  ASSERT_TRUE(reply.ok()) << reply.status().message();
  auto info = CheckTimestampReply(*reply, *req);
  ASSERT_TRUE(info.ok()) << info.status().message();
  EXPECT_FALSE(info->gen_time_utc.empty());
  auto verified = VerifyTimestampReply(*reply, sig, ReadFile(tsa_->ca()), ReadFile(tsa_->chain()));
  ASSERT_TRUE(verified.ok()) << verified.status().message();
  EXPECT_TRUE(verified->signature_checked);
  auto wrong_data = VerifyTimestampReply(*reply, std::string(96, 'x'), ReadFile(tsa_->ca()));
  ASSERT_FALSE(wrong_data.ok());
  EXPECT_TRUE(wrong_data.status().message().starts_with("timestamp token does not verify: "))
      << wrong_data.status().message();
}

TEST_F(TimestampTest, Rfc3161_ReplayedReplyFailsNonceCheck) {
  tsa_->set_replay(true);
  auto first = BuildTimestampRequest("a");
  ASSERT_TRUE(first.ok());
  auto r1 = crawler::PostTimestampQuery(tsa_->url(), first->der);
  ASSERT_TRUE(r1.ok());
  ASSERT_TRUE(CheckTimestampReply(*r1, *first).ok());
  auto second = BuildTimestampRequest("a");
  auto r2 = crawler::PostTimestampQuery(tsa_->url(), second->der);
  ASSERT_TRUE(r2.ok());
  auto info = CheckTimestampReply(*r2, *second);
  ASSERT_FALSE(info.ok());
  EXPECT_TRUE(info.status().message().starts_with("timestamp reply rejected: granted"))
      << info.status().message();
}

TEST_F(TimestampTest, UnreachableTsaIsUnavailable) {
  tsa_->Stop();
  auto r = crawler::PostTimestampQuery(tsa_->url(), "x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kUnavailable);
  // curl's text: "<url>: Failed to connect to 127.0.0.1 port N after T ms: Couldn't connect to server".
  const std::string& m = r.status().message();
  EXPECT_TRUE(m.starts_with(tsa_->url() + ": Failed to connect to 127.0.0.1 port ")) << m;
  EXPECT_TRUE(m.ends_with(": Couldn't connect to server")) << m;
}

TEST_F(TimestampTest, BundleCarriesTokenThatVerifiesAgainstTsaRoot) {
  auto key = SigningKey::Generate();
  ASSERT_TRUE(key.ok());
  std::vector<BundleCapture> captures;
  std::vector<BundleItem> items;
  testing::WriteFixtureCaptures(dir_.File("c.warc.gz"),
                                {{"https://item.jd.com/100.html", "专利代写 包授权", "专利 包授权"}},
                                &captures, &items);
  BundleOptions o = testing::TestOptions(&*key);
  std::string url = tsa_->url();
  o.timestamp.tsa_url = url;
  o.timestamp.tsa_certs_pem_path = tsa_->chain();
  o.timestamp.transport = [url](std::string_view der) {
    return crawler::PostTimestampQuery(url, der);
  };
  std::string bundle = dir_.File("b.zip");
  auto s = WriteBundle(bundle, items, captures, o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_FALSE(s->timestamp_utc.empty());
  auto digest = nlohmann::json::parse(testing::ReadZipEntry(bundle, "datapackage-digest.json"));
  EXPECT_EQ(digest["timestamp"]["path"], "timestamp.tsr");

  BundleVerifyOptions v;
  v.tsa_ca_path = tsa_->ca();
  auto r = VerifyBundle(bundle, v);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->ok()) << r->failures.front();
  EXPECT_TRUE(r->timestamped);
  EXPECT_TRUE(r->timestamp_chain_checked);
  EXPECT_EQ(r->timestamp_utc, s->timestamp_utc);

  // Without a trust anchor the imprint is still checked, the chain is not.
  auto unpinned = VerifyBundle(bundle, {});
  ASSERT_TRUE(unpinned.ok());
  EXPECT_TRUE(unpinned->ok());
  EXPECT_FALSE(unpinned->timestamp_chain_checked);

  // A different root does not verify.
  std::string out;
  ASSERT_EQ(RunCommand("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout " +
                           dir_.File("o.key") + " -out " + dir_.File("other.crt") +
                           " -days 1 -subj /CN=other",
                       &out),
            0);
  v.tsa_ca_path = dir_.File("other.crt");
  auto wrong = VerifyBundle(bundle, v);
  ASSERT_TRUE(wrong.ok());
  ASSERT_FALSE(wrong->ok());
  EXPECT_TRUE(wrong->failures[0].starts_with("timestamp.tsr: timestamp token does not verify"))
      << wrong->failures[0];

  // README's openssl ts -verify works on the unpacked bundle.
  std::string unpack = dir_.File("u");
  ASSERT_EQ(RunCommand("mkdir " + unpack + " && cd " + unpack + " && unzip -q " + bundle +
                           " && sed -n 's/^ *\"signature\": \"\\([^\"]*\\)\",\\{0,1\\}$/\\1/p' "
                           "datapackage-digest.json | openssl base64 -d -A > signature.raw"
                           " && openssl ts -verify -in timestamp.tsr -data signature.raw -CAfile " +
                           tsa_->ca() + " -untrusted tsa/chain.pem",
                       &out),
            0)
      << out;
  EXPECT_NE(out.find("Verification: OK"), std::string::npos) << out;
}

}  // namespace
}  // namespace lantian::store
