#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks blind3/labels.jsonl against blind3/pages (stdlib html.parser only).

For every labelled record: re-derives the url (resolved href against <base href>
or the page URL; or data-url / mu / data-mdurl; page#id for posts; canonical,
og:url, JSON-LD url for details), the title (anchor text, a descendant's text,
or title= when the visible text is cut), checks seller and price are visible
text (not only script/comment/attribute), floors increase, list urls do not
repeat, records are not inside ad containers, wrapper urls are not used when
the record carries the real url, page size is 8-90 KB. Exit 1 on any error."""
import json
import os
import re
import sys
import urllib.parse
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
HIDDEN = {'script', 'style', 'template', 'noscript', 'textarea', 'title'}
P_CLOSERS = {'div', 'p', 'ul', 'ol', 'li', 'table', 'dl', 'h1', 'h2', 'h3', 'h4', 'header', 'footer', 'section', 'article'}
REAL_ATTRS = ('data-url', 'mu', 'data-mdurl')
AD_ATTRS = ('data-ad', 'data-is-ad')
AD_TOKEN = re.compile(r'^(ad|ads|advert|promo|promote|sponsor|tg|p4p)$', re.I)


class Node:
    __slots__ = ('tag', 'attrs', 'kids', 'parent')

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.kids, self.parent = tag, attrs, [], parent


class Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node('#root', {}, None)
        self.stack = [self.root]
        self.all = []

    def _pop_to(self, tag):
        while self.stack[-1].tag != tag:
            self.stack.pop()
        self.stack.pop()

    def handle_starttag(self, tag, attrs):
        tags = [n.tag for n in self.stack]
        if tag in P_CLOSERS and 'p' in tags:
            self._pop_to('p')
            tags = [n.tag for n in self.stack]
        for same, scope in (({'li'}, {'ul', 'ol'}), ({'tr'}, {'table', 'tbody', 'thead'}),
                            ({'td', 'th'}, {'table', 'tr'}), ({'dt', 'dd'}, {'dl'})):
            if tag in same:
                tags = [n.tag for n in self.stack]
                for i in range(len(tags) - 1, 0, -1):
                    if tags[i] in scope:
                        break
                    if tags[i] in same:
                        del self.stack[i:]
                        break
        n = Node(tag, {k: (v or '') for k, v in attrs}, self.stack[-1])
        self.stack[-1].kids.append(n)
        self.all.append(n)
        if tag not in VOID:
            self.stack.append(n)

    def handle_startendtag(self, tag, attrs):
        n = Node(tag, {k: (v or '') for k, v in attrs}, self.stack[-1])
        self.stack[-1].kids.append(n)
        self.all.append(n)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if any(n.tag == tag for n in self.stack[1:]):
            self._pop_to(tag)

    def handle_data(self, data):
        self.stack[-1].kids.append(data)


def text(n, hidden=True):
    out = []

    def walk(x):
        for k in x.kids:
            if isinstance(k, str):
                out.append(k)
            elif not (hidden and k.tag in HIDDEN):
                if k.tag == 'br':
                    out.append(' ')
                walk(k)
    walk(n)
    return ' '.join(''.join(out).split())


def descendants(n):
    for k in n.kids:
        if isinstance(k, Node):
            yield k
            yield from descendants(k)


def ancestors(n):
    p = n.parent
    while p is not None:
        yield p
        p = p.parent


def is_ad(n):
    for x in [n] + list(ancestors(n)):
        if any(a in x.attrs for a in AD_ATTRS):
            return True
        for cls in x.attrs.get('class', '').split():
            parts = re.split(r'[-_]|(?<=[a-z])(?=[A-Z])', cls)
            if any(AD_TOKEN.match(p) for p in parts if p):
                return True
    return False


def decode(raw):
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:2048], re.I)
    enc = m.group(1).decode().lower() if m else 'utf-8'
    return raw.decode(enc), enc


def squash(s):
    return ''.join(s.split())


def main():
    errors = []
    counts = {}
    total = 0
    with open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8') as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    pages = sorted(os.listdir(os.path.join(HERE, 'pages')))
    if sorted(r['page'][6:] for r in rows) != pages:
        errors.append('labels and pages/ do not list the same pages')
    for row in rows:
        page, purl, kind, items = row['page'], row['url'], row['kind'], row['items']
        err = lambda m: errors.append(f'{page}: {m}')
        raw = open(os.path.join(HERE, page), 'rb').read()
        if not 8 * 1024 <= len(raw) <= 90 * 1024:
            err(f'size {len(raw)} outside 8-90 KB')
        src, enc = decode(raw)
        t = Tree()
        t.feed(src)
        t.close()
        base = purl
        for n in t.all:
            if n.tag == 'base' and n.attrs.get('href'):
                base = urllib.parse.urljoin(purl, n.attrs['href'])
                break
        vis = squash(text(t.root))
        ids = {n.attrs['id'] for n in t.all if 'id' in n.attrs}
        k = counts.setdefault(kind, [0, 0])
        k[0] += 1
        k[1] += len(items)
        total += len(items)
        if kind not in ('list', 'thread', 'detail', 'other'):
            err(f'bad kind {kind}')
        seen = set()
        hitmap = {}
        last_floor = None
        for i, x in enumerate(items):
            if set(x) != {'url', 'title', 'seller', 'price', 'floor'}:
                err(f'item {i}: keys {sorted(x)}')
            for f in ('seller', 'price'):
                if x[f] is not None and squash(x[f]) not in vis:
                    err(f'item {i}: {f} {x[f]!r} not visible')
            if kind == 'list':
                if x['url'] in seen:
                    err(f'item {i}: duplicate url')
                seen.add(x['url'])
                if x['floor'] is not None:
                    err(f'item {i}: floor on a list')
                hits = []
                for n in t.all:
                    for a in REAL_ATTRS:
                        if a in n.attrs and urllib.parse.urljoin(base, n.attrs[a]) == x['url']:
                            hits.append(n)
                    if n.tag == 'a' and urllib.parse.urljoin(base, n.attrs.get('href', '')) == x['url']:
                        if any(a in m.attrs for m in [n] + list(ancestors(n))[:4] for a in REAL_ATTRS):
                            err(f'item {i}: wrapper url used although the record carries the real url')
                        hits.append(n)
                if not hits:
                    err(f'item {i}: url {x["url"]} not derivable')
                    continue
                if any(is_ad(n) for n in hits):
                    err(f'item {i}: inside an ad container')
                cands = set()
                for h in hits:
                    for n in [h] + list(descendants(h)):
                        cands.add(text(n))
                        if n.attrs.get('title'):
                            tt = ' '.join(n.attrs['title'].split())
                            vt = text(n)
                            if tt == x['title'] and vt != tt and not (vt.endswith('…') or vt.endswith('...')):
                                err(f'item {i}: title= used but visible text is not cut')
                            cands.add(tt)
                if x['title'] not in cands:
                    err(f'item {i}: title {x["title"]!r} not derivable')
                hitmap[i] = hits
            elif kind == 'thread':
                if x['title'] is not None:
                    err(f'item {i}: post with a title')
                u = x['url']
                if '#' in u and u.split('#', 1)[0] == purl:
                    if u.split('#', 1)[1] not in ids:
                        err(f'item {i}: anchor id missing')
                elif u != purl:
                    err(f'item {i}: post url {u} is neither page#id nor the page url')
                if not isinstance(x['floor'], int) or (last_floor is not None and x['floor'] <= last_floor):
                    err(f'item {i}: floor {x["floor"]} does not increase')
                last_floor = x['floor']
                if x['seller'] is None:
                    err(f'item {i}: post without author')
            elif kind == 'detail':
                want = None
                for n in t.all:
                    if n.tag == 'link' and n.attrs.get('rel') == 'canonical':
                        want = n.attrs['href']
                        break
                if want is None:
                    for n in t.all:
                        if n.tag == 'meta' and n.attrs.get('property') == 'og:url':
                            want = n.attrs['content']
                            break
                if want is None:
                    for n in t.all:
                        if n.tag == 'script' and n.attrs.get('type') == 'application/ld+json':
                            want = json.loads(''.join(k for k in n.kids if isinstance(k, str))).get('url')
                            break
                want = want or purl
                if x['url'] != want:
                    err(f'item {i}: detail url {x["url"]} != {want}')
                if squash(x['title']) not in vis:
                    err(f'item {i}: title not visible')
        # seller and price must be visible inside the record itself: the largest
        # ancestor of its link that holds no other record's link
        owner = {id(n): j for j, hs in hitmap.items() for n in hs}
        for j, hs in hitmap.items():
            box = hs[0]
            for a in ancestors(hs[0]):
                if a is t.root or any(owner.get(id(d), j) != j for d in descendants(a)):
                    break
                box = a
            boxtext = squash(text(box))
            for f in ('seller', 'price'):
                if items[j][f] is not None and squash(items[j][f]) not in boxtext:
                    err(f'item {j}: {f} {items[j][f]!r} not visible inside the record')
        if kind == 'detail' and len(items) != 1:
            err('detail page must have exactly one item')
        if kind == 'other' and items:
            err('other page with items')
    for k, (p, n) in sorted(counts.items()):
        print(f'{k:7} pages {p:3} items {n:4}')
    print(f'total   pages {len(rows):3} items {total:4}')
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
