#include "store/bundle_timestamp.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <ctime>
#include <memory>

#include "base/sha256.h"
#include "base/time.h"
#include "store/internal/bundle_crypto.h"

namespace lantian::store {
namespace {

using internal::OpenSslError;

struct TsReqDeleter {
  void operator()(TS_REQ* r) const { TS_REQ_free(r); }
};
struct TsRespDeleter {
  void operator()(TS_RESP* r) const { TS_RESP_free(r); }
};
struct TsVerifyCtxDeleter {
  void operator()(TS_VERIFY_CTX* c) const { TS_VERIFY_CTX_free(c); }
};
struct MsgImprintDeleter {
  void operator()(TS_MSG_IMPRINT* m) const { TS_MSG_IMPRINT_free(m); }
};
struct AlgorDeleter {
  void operator()(X509_ALGOR* a) const { X509_ALGOR_free(a); }
};
struct Asn1IntDeleter {
  void operator()(ASN1_INTEGER* i) const { ASN1_INTEGER_free(i); }
};
struct BioDeleter {
  void operator()(BIO* b) const { BIO_free(b); }
};
struct X509StoreDeleter {
  void operator()(X509_STORE* s) const { X509_STORE_free(s); }
};
struct X509StackDeleter {
  void operator()(STACK_OF(X509) * s) const { sk_X509_pop_free(s, X509_free); }
};

using TsReqPtr = std::unique_ptr<TS_REQ, TsReqDeleter>;
using TsRespPtr = std::unique_ptr<TS_RESP, TsRespDeleter>;

Result<TsReqPtr> MakeReq(std::string_view imprint, uint64_t nonce) {
  TsReqPtr req(TS_REQ_new());
  std::unique_ptr<TS_MSG_IMPRINT, MsgImprintDeleter> mi(TS_MSG_IMPRINT_new());
  std::unique_ptr<X509_ALGOR, AlgorDeleter> algo(X509_ALGOR_new());
  std::unique_ptr<ASN1_INTEGER, Asn1IntDeleter> n(ASN1_INTEGER_new());
  if (!req || !mi || !algo || !n) return Status::Internal("out of memory building TimeStampReq");
  X509_ALGOR_set0(algo.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
  if (TS_REQ_set_version(req.get(), 1) != 1 || TS_MSG_IMPRINT_set_algo(mi.get(), algo.get()) != 1 ||
      TS_MSG_IMPRINT_set_msg(mi.get(),
                             reinterpret_cast<unsigned char*>(const_cast<char*>(imprint.data())),
                             int(imprint.size())) != 1 ||
      TS_REQ_set_msg_imprint(req.get(), mi.get()) != 1 || ASN1_INTEGER_set_uint64(n.get(), nonce) != 1 ||
      TS_REQ_set_nonce(req.get(), n.get()) != 1 || TS_REQ_set_cert_req(req.get(), 1) != 1) {
    return Status::Internal("cannot build TimeStampReq: " + OpenSslError());
  }
  return req;
}

Result<TsRespPtr> ParseReply(std::string_view der) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(der.data());
  TsRespPtr resp(d2i_TS_RESP(nullptr, &p, long(der.size())));
  if (!resp) {
    OpenSslError();
    return Status::Corruption("timestamp reply is not a DER TimeStampResp");
  }
  return resp;
}

std::string StatusText(TS_RESP* resp) {
  TS_STATUS_INFO* si = TS_RESP_get_status_info(resp);
  long s = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(si));
  static const char* kNames[] = {"granted", "grantedWithMods", "rejection", "waiting",
                                 "revocationWarning", "revocationNotification"};
  std::string out = (s >= 0 && s <= 5) ? kNames[s] : ("status " + std::to_string(s));
  const STACK_OF(ASN1_UTF8STRING)* text = TS_STATUS_INFO_get0_text(si);
  if (text != nullptr && sk_ASN1_UTF8STRING_num(text) > 0) {
    const ASN1_UTF8STRING* t = sk_ASN1_UTF8STRING_value(text, 0);
    out += std::string(" (") +
           std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(t)),
                       size_t(ASN1_STRING_length(t))) +
           ")";
  }
  return out;
}

TimestampInfo Describe(TS_RESP* resp) {
  TimestampInfo info;
  TS_TST_INFO* tst = TS_RESP_get_tst_info(resp);
  if (tst == nullptr) return info;
  const ASN1_GENERALIZEDTIME* t = TS_TST_INFO_get_time(tst);
  struct tm tm {};
  if (t != nullptr && ASN1_TIME_to_tm(t, &tm) == 1) {
    info.gen_time_utc = base::FormatRfc3339Utc(timegm(&tm));
  }
  if (const ASN1_INTEGER* serial = TS_TST_INFO_get_serial(tst)) {
    BIGNUM* bn = ASN1_INTEGER_to_BN(serial, nullptr);
    if (bn != nullptr) {
      char* hex = BN_bn2hex(bn);
      info.serial_hex = hex;
      OPENSSL_free(hex);
      BN_free(bn);
    }
  }
  if (GENERAL_NAME* name = TS_TST_INFO_get_tsa(tst)) {
    if (name->type == GEN_DIRNAME) {
      char buf[512];
      X509_NAME_oneline(name->d.directoryName, buf, sizeof(buf));
      info.tsa_name = buf;
    }
  }
  return info;
}

Status LoadPemCerts(std::string_view pem, X509_STORE* store, STACK_OF(X509) * stack) {
  std::unique_ptr<BIO, BioDeleter> bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
  int count = 0;
  while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
    ++count;
    if (store != nullptr) {
      X509_STORE_add_cert(store, cert);
      X509_free(cert);
    } else {
      sk_X509_push(stack, cert);
    }
  }
  OpenSslError();  // the loop ends on a "no start line" error; drop it
  if (count == 0) return Status::InvalidArgument("no PEM certificate found");
  return Status::Ok();
}

}  // namespace

Result<TimestampRequest> BuildTimestampRequest(std::string_view stamped_bytes) {
  TimestampRequest out;
  out.imprint = base::Sha256Raw(stamped_bytes);
  unsigned char nonce[8];
  if (RAND_bytes(nonce, sizeof(nonce)) != 1) return Status::Internal("RAND_bytes failed");
  for (unsigned char b : nonce) out.nonce = (out.nonce << 8) | b;
  out.nonce &= 0x7fffffffffffffffULL;  // positive INTEGER, 8 bytes at most
  auto req = MakeReq(out.imprint, out.nonce);
  if (!req.ok()) return req.status();
  unsigned char* der = nullptr;
  int len = i2d_TS_REQ(req->get(), &der);
  if (len <= 0) return Status::Internal("cannot encode TimeStampReq: " + OpenSslError());
  out.der.assign(reinterpret_cast<char*>(der), size_t(len));
  OPENSSL_free(der);
  return out;
}

Result<TimestampInfo> CheckTimestampReply(std::string_view reply_der,
                                          const TimestampRequest& request) {
  auto resp = ParseReply(reply_der);
  if (!resp.ok()) return resp.status();
  auto req = MakeReq(request.imprint, request.nonce);
  if (!req.ok()) return req.status();
  // Checks version, imprint and nonce (flags TS_VFY_ALL_IMPRINT without
  // signature and TSA name); the signer is checked by the bundle verifier.
  std::unique_ptr<TS_VERIFY_CTX, TsVerifyCtxDeleter> ctx(
      TS_REQ_to_TS_VERIFY_CTX(req->get(), nullptr));
  if (!ctx) return Status::Internal("cannot build TS_VERIFY_CTX: " + OpenSslError());
  // Some OpenSSL 3.0 builds leave TS_VFY_SIGNATURE set here; without a trust
  // store that always fails, so state the checks wanted explicitly.
  TS_VERIFY_CTX_set_flags(ctx.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
  if (TS_RESP_verify_response(ctx.get(), resp->get()) != 1) {
    std::string why = OpenSslError();
    return Status::Corruption("timestamp reply rejected: " + StatusText(resp->get()) +
                              (why.empty() ? "" : ": " + why));
  }
  return Describe(resp->get());
}

Result<TimestampInfo> VerifyTimestampReply(std::string_view reply_der,
                                           std::string_view stamped_bytes,
                                           std::string_view ca_pem,
                                           std::string_view untrusted_pem) {
  auto resp = ParseReply(reply_der);
  if (!resp.ok()) return resp.status();
  std::unique_ptr<TS_VERIFY_CTX, TsVerifyCtxDeleter> ctx(TS_VERIFY_CTX_new());
  int flags = TS_VFY_VERSION | TS_VFY_DATA;
  BIO* data = BIO_new_mem_buf(stamped_bytes.data(), int(stamped_bytes.size()));
  TS_VERIFY_CTX_set_data(ctx.get(), data);  // ctx owns it
  if (!ca_pem.empty()) {
    flags |= TS_VFY_SIGNATURE;
    std::unique_ptr<X509_STORE, X509StoreDeleter> store(X509_STORE_new());
    Status st = LoadPemCerts(ca_pem, store.get(), nullptr);
    if (!st.ok()) return Status::InvalidArgument("TSA CA: " + st.message());
    TS_VERIFY_CTX_set_store(ctx.get(), store.release());  // ctx owns it
    if (!untrusted_pem.empty()) {
      std::unique_ptr<STACK_OF(X509), X509StackDeleter> certs(sk_X509_new_null());
      Status cst = LoadPemCerts(untrusted_pem, nullptr, certs.get());
      if (!cst.ok()) return Status::InvalidArgument("TSA chain: " + cst.message());
      TS_VERIFY_CTX_set_certs(ctx.get(), certs.release());  // ctx owns it
    }
  }
  TS_VERIFY_CTX_set_flags(ctx.get(), flags);
  if (TS_RESP_verify_response(ctx.get(), resp->get()) != 1) {
    std::string why = OpenSslError();
    return Status::Corruption("timestamp token does not verify: " +
                              (why.empty() ? StatusText(resp->get()) : why));
  }
  TimestampInfo info = Describe(resp->get());
  info.signature_checked = !ca_pem.empty();
  return info;
}

}  // namespace lantian::store
