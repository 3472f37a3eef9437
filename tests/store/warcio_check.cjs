// Validates every .warc.gz file in a directory with the npm `warcio` package
// (webrecorder/warcio.js): each file opens with warcinfo, every record parses,
// its Content-Length and sha256 WARC-Block-Digest / WARC-Payload-Digest match,
// and every CDXJ line points at a record with that offset and digest.
// Usage: node warcio_check.cjs NODE_MODULES_DIR WARC_DIR
// Prints "OK <records> records in <files> files" or "FAIL <reason>" (exit 1).
'use strict';
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');

const { WARCParser } = require(path.join(process.argv[2], 'warcio'));
const dir = process.argv[3];

function sha256(buf) { return 'sha256:' + crypto.createHash('sha256').update(buf).digest('hex'); }
function fail(msg) { console.log('FAIL ' + msg); process.exit(1); }

async function main() {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.warc.gz')).sort();
  let records = 0;
  for (const f of files) {
    const offsets = new Map();
    const parser = new WARCParser(fs.createReadStream(path.join(dir, f)), { parseHttp: false });
    let first = true;
    for await (const record of parser) {
      const type = record.warcType;
      const where = `${f}@${parser.offset}`;
      if (first && type !== 'warcinfo') fail(`${where}: first record is ${type}, not warcinfo`);
      first = false;
      if (record.warcHeaders.protocol !== 'WARC/1.1') fail(`${where}: version ${record.warcHeaders.protocol}`);
      const block = Buffer.from(await record.readFully(false));
      if (block.length !== Number(record.warcContentLength)) fail(`${where}: Content-Length mismatch`);
      const bd = record.warcHeader('WARC-Block-Digest');
      if (bd !== sha256(block)) fail(`${where}: block digest ${bd} != ${sha256(block)}`);
      if (type === 'response') {
        const sep = block.indexOf('\r\n\r\n');
        const payload = block.subarray(sep + 4);
        const pd = record.warcHeader('WARC-Payload-Digest');
        if (pd !== sha256(payload)) fail(`${where}: payload digest ${pd} != ${sha256(payload)}`);
      }
      if (type === 'revisit') {
        if (record.warcHeader('WARC-Profile') !== 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest') {
          fail(`${where}: revisit without identical-payload-digest profile`);
        }
        if (!record.warcHeader('WARC-Payload-Digest')) fail(`${where}: revisit without payload digest`);
      }
      if (type === 'request' || type === 'response' || type === 'revisit') {
        if (!record.warcTargetURI) fail(`${where}: no WARC-Target-URI`);
      }
      offsets.set(parser.offset, record.warcHeader('WARC-Payload-Digest'));
      records++;
    }
    const cdxj = path.join(dir, f + '.cdxj');
    if (!fs.existsSync(cdxj)) fail(`${f}: no CDXJ index`);
    const lines = fs.readFileSync(cdxj, 'utf8').split('\n').filter((l) => l);
    const sorted = [...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    if (lines.join('\n') !== sorted.join('\n')) fail(`${cdxj}: lines not sorted`);
    for (const line of lines) {
      const j = JSON.parse(line.substring(line.indexOf('{')));
      if (j.filename !== f) fail(`${cdxj}: filename ${j.filename}`);
      const off = Number(j.offset);
      if (!offsets.has(off)) fail(`${cdxj}: no record at offset ${off}`);
      if (offsets.get(off) !== j.digest) fail(`${cdxj}: digest mismatch at ${off}`);
    }
  }
  console.log(`OK ${records} records in ${files.length} files`);
}
main().catch((e) => fail(String(e && e.stack || e)));
