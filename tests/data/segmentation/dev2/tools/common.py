# -*- coding: utf-8 -*-
import json
from urllib.parse import urljoin, quote
from genlib import *  # noqa


def it(url, title, seller=None, price=None, floor=None):
    return {"url": url, "title": title, "seller": seller, "price": price, "floor": floor}


def mix(rng, n, normal_fn, ratio=0.25, ip_fn=None):
    """n unique titles; round(n*ratio) of them illegal IP-agency solicitations at random positions."""
    k = int(round(n * ratio))
    ip_pos = set(rng.sample(range(n), k))
    out = []
    for i in range(n):
        if i in ip_pos:
            out.append((True, uniq(ip_fn or ip_title, rng)))
        else:
            out.append((False, uniq(normal_fn, rng)))
    return out


def doc(title, head, body, charset="utf-8", lang="zh-CN", doctype="<!DOCTYPE html>", meta_style="html5"):
    if meta_style == "html5":
        m = '<meta charset="%s">' % charset
    elif meta_style == "short":
        m = "<meta charset=%s>" % charset
    else:
        m = '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % charset
    return ("%s\n<html lang=\"%s\">\n<head>\n%s\n<title>%s</title>\n%s\n</head>\n%s\n</html>\n"
            % (doctype, lang, m, E(title), head, body))


def js(obj):
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")


def gbkq(s):
    return quote(s, encoding="gbk")


def u8q(s):
    return quote(s, encoding="utf-8")


def footer_cn(rng, site, icp_city="浙"):
    links = ["关于我们", "联系我们", "商家入驻", "隐私政策", "法律声明", "廉正举报", "知识产权保护", "网站地图", "帮助中心"]
    a = "".join('<a href="//%s/about/%s.html">%s</a><span class="sep">|</span>' % (site, hx(rng, 5).lower(), l)
                for l in rng.sample(links, 7))
    return ('<div class="footer"><div class="footer-links">%s</div>'
            '<p class="copyright">&copy; 2009-2026 %s 版权所有 <a href="https://beian.miit.test/" rel="nofollow">%sICP备%s号-%d</a>'
            ' <a href="http://www.beian.test/portal/registerSystemInfo?recordcode=%s">%s公网安备 %s号</a></p></div>'
            % (a, site, icp_city, digits(rng, 8), rng.randint(1, 9), digits(rng, 14), icp_city, digits(rng, 14)))


def pad_head(rng, html_text, min_bytes=9000, enc="utf-8"):
    """Insert extra CSS before </head> until the page reaches min_bytes."""
    size = len(html_text.encode(enc, "strict"))
    if size >= min_bytes:
        return html_text
    need = min_bytes - size + 400
    css = ""
    while len(css) < need:
        css += css_block(rng, 20) + "\n"
    return html_text.replace("</head>", '<style type="text/css">\n%s</style>\n</head>' % css, 1)
