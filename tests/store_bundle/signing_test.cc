#include "store/bundle_signing.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include "base/sha256.h"
#include "store/internal/bundle_crypto.h"
#include "tests/store_bundle/bundle_fixture.h"

namespace lantian::store {
namespace {

TEST(SigningTest, SignatureIsRawP1363AndVerifies) {
  auto key = SigningKey::Generate();
  ASSERT_TRUE(key.ok());
  std::string hash = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  auto sig = key->SignBase64(hash);
  ASSERT_TRUE(sig.ok());
  auto raw = internal::Base64Decode(*sig);
  ASSERT_TRUE(raw.has_value());
  EXPECT_EQ(raw->size(), 96u);
  EXPECT_TRUE(VerifyP1363Signature(key->PublicKeySpkiBase64(), hash, *sig).ok());
  Status bad = VerifyP1363Signature(key->PublicKeySpkiBase64(), hash + "0", *sig);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.message(), "signature does not verify against publicKey");
}

TEST(SigningTest, KeygenWritesPrivateKey0600AndPublicForms) {
  testing::TempFolder dir;
  auto r = WriteNewKeyPair(dir.File("signer.key.pem"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  struct stat st {};
  ASSERT_EQ(::stat(r->private_key_path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(r->public_key_path, dir.File("signer.pub.pem"));
  EXPECT_EQ(r->public_key_b64_path, dir.File("signer.pub.b64"));
  auto loaded = SigningKey::LoadPem(r->private_key_path);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->PublicKeySpkiBase64(), r->public_key_spki_base64);
  for (const std::string& p : {r->public_key_path, r->public_key_b64_path, r->private_key_path}) {
    auto trusted = LoadTrustedPublicKey(p);
    ASSERT_TRUE(trusted.ok()) << p << ": " << trusted.status().message();
    EXPECT_EQ(*trusted, r->public_key_spki_base64) << p;
  }
  // The SPKI is P-384 as openssl sees it.
  std::string out;
  ASSERT_EQ(testing::RunCommand("openssl pkey -pubin -in " + r->public_key_path + " -text -noout", &out), 0);
  EXPECT_NE(out.find("NIST CURVE: P-384"), std::string::npos) << out;
  // Never overwrites.
  auto again = WriteNewKeyPair(dir.File("signer.key.pem"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().message(), dir.File("signer.key.pem") + ": already exists, not overwriting a key");
}

TEST(SigningTest, P256KeyIsRefused) {
  testing::TempFolder dir;
  std::string out;
  ASSERT_EQ(testing::RunCommand("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out " +
                                    dir.File("p256.pem"),
                                &out),
            0)
      << out;
  auto k = SigningKey::LoadPem(dir.File("p256.pem"));
  ASSERT_FALSE(k.ok());
  EXPECT_EQ(k.status().message(),
            dir.File("p256.pem") + ": EC key on curve prime256v1, need P-384 (secp384r1)");
}

TEST(SigningTest, OpensslVerifiesConvertedSignature) {
  testing::TempFolder dir;
  auto r = WriteNewKeyPair(dir.File("k.pem"));
  ASSERT_TRUE(r.ok());
  auto key = SigningKey::LoadPem(r->private_key_path);
  ASSERT_TRUE(key.ok());
  std::string text = "sha256:abc";
  auto sig = key->SignBase64(text);
  ASSERT_TRUE(sig.ok());
  std::string raw = *internal::Base64Decode(*sig);
  std::string hex = base::ToHex(raw);
  testing::WriteFile(dir.File("sig.cnf"), "asn1=SEQUENCE:sig\n[sig]\nr=INTEGER:0x" + hex.substr(0, 96) +
                                               "\ns=INTEGER:0x" + hex.substr(96) + "\n");
  testing::WriteFile(dir.File("msg"), text);
  std::string out;
  ASSERT_EQ(testing::RunCommand("openssl asn1parse -genconf " + dir.File("sig.cnf") + " -out " +
                                    dir.File("sig.der") + " -noout && openssl dgst -sha256 -verify " +
                                    r->public_key_path + " -signature " + dir.File("sig.der") + " " +
                                    dir.File("msg"),
                                &out),
            0)
      << out;
  EXPECT_NE(out.find("Verified OK"), std::string::npos);
}

TEST(SigningTest, Base64RoundTripAndRejectsGarbage) {
  for (std::string s : {std::string(), std::string("a"), std::string("ab"), std::string("abc"),
                        std::string("abcd"), std::string("\0\xff\x10", 3)}) {
    auto d = internal::Base64Decode(internal::Base64Encode(s));
    ASSERT_TRUE(d.has_value());
    EXPECT_EQ(*d, s);
  }
  EXPECT_FALSE(internal::Base64Decode("abc").has_value());
  EXPECT_FALSE(internal::Base64Decode("ab!d").has_value());
  EXPECT_EQ(internal::Base32Encode("foobar"), "MZXW6YTBOI======");
}

}  // namespace
}  // namespace lantian::store
