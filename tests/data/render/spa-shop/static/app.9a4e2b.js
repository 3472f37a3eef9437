// A script-built search page: the list comes only from the JSON API, as on
// platforms that render in the browser (hashed class names, no server HTML).
(function () {
  var page = document.body.getAttribute('data-page') || '1';
  var app = document.getElementById('app');
  app.innerHTML = '<header class="_2Hx9Ab"><a href="/">首页</a><input class="_1sQ8" placeholder="搜索商品"></header>' +
      '<div class="_3Lm0Qp" id="list"></div><footer class="_9kRt">© 2026 拼单 mock</footer>';
  fetch('/api/search/page-' + page + '.json', {headers: {'Accept': 'application/json'}})
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var list = document.getElementById('list');
      data.result.goods_list.forEach(function (g) {
        var card = document.createElement('div');
        card.className = '_3glhOBhU';
        card.innerHTML =
            '<a class="_1ZXLrA0A" href="/goods.html?goods_id=' + g.goods_id + '">' +
            '<img class="_2Jb8z" src="' + g.thumb_url + '" width="160" height="160" alt="">' +
            '<p class="_3ANzdjkc">' + g.goods_name + '</p></a>' +
            '<div class="_2g6rq6Zz"><span class="_3iE7Yl2U">¥</span><span class="_2de7mbHj">' + g.price +
            '</span><span class="_2u4gEhMf">' + g.sales_tip + '</span></div>' +
            '<div class="_1mqLnW"><a href="/mall.html?mall=' + encodeURIComponent(g.mall_name) + '">' + g.mall_name + '</a></div>';
        list.appendChild(card);
      });
      if (data.result.has_more) {
        var more = document.createElement('a');
        more.className = '_4Nxt';
        more.href = '/search-' + (data.result.page + 1) + '.html';
        more.textContent = '下一页';
        list.parentNode.appendChild(more);
      }
    });
})();
