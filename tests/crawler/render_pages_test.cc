#include "crawler/render_pages.h"

#include <gtest/gtest.h>

#include <string>

namespace lantian::crawler {
namespace {

TEST(RenderModeTest, ParsesTheThreeNamesOnly) {
  EXPECT_EQ(ParseRenderMode("never"), RenderMode::kNever);
  EXPECT_EQ(ParseRenderMode("auto"), RenderMode::kAuto);
  EXPECT_EQ(ParseRenderMode("always"), RenderMode::kAlways);
  EXPECT_EQ(ParseRenderMode("Always"), std::nullopt);
  EXPECT_EQ(ParseRenderMode(""), std::nullopt);
  for (RenderMode m : {RenderMode::kNever, RenderMode::kAuto, RenderMode::kAlways}) {
    EXPECT_EQ(ParseRenderMode(RenderModeName(m)), m);
  }
}

// The shells single-page apps serve: an empty mount element, whatever the
// framework calls it and however the attribute is quoted.
TEST(ScriptShellTest, EmptyAppRootsAreShells) {
  EXPECT_EQ(ScriptShellReason("<html><body><div id=\"app\"></div><script src=/a.js></script></body></html>"),
            "empty app root <div id=\"app\">");
  EXPECT_EQ(ScriptShellReason("<body><DIV class=x ID='root'>\n  </DIV></body>"),
            "empty app root <DIV class=x ID='root'>");
  EXPECT_EQ(ScriptShellReason("<body><main id=__next> </main></body>"), "empty app root <main id=__next>");
  EXPECT_EQ(ScriptShellReason("<body><app-root></app-root></body>"), "empty app root <app-root>");
}

TEST(ScriptShellTest, ScriptStatesAreShells) {
  EXPECT_EQ(ScriptShellReason("<script>window.__INITIAL_STATE__ = {\"goods\":[]}</script>"),
            "script state window.__INITIAL_STATE__");
  // Next.js serves its pages rendered; its data island alone is no shell.
  EXPECT_EQ(ScriptShellReason("<script id=\"__NEXT_DATA__\" type=\"application/json\">{}</script>"), "");
  EXPECT_EQ(ScriptShellReason("<script>window.rawData={\"store\":{}};</script>"), "script state window.rawData");
}

// A served page with content in its root, or a page that only names the
// globals in its text, is read as served.
TEST(ScriptShellTest, PagesWithContentAreNot) {
  EXPECT_EQ(ScriptShellReason("<div id=\"app\"><ul><li>专利代写</li></ul></div>"), "");
  EXPECT_EQ(ScriptShellReason("<p>Set window.__INITIAL_STATE__ in your template.</p>"), "");
  EXPECT_EQ(ScriptShellReason("<div id=\"apple\"></div>"), "");
  EXPECT_EQ(ScriptShellReason(""), "");
  EXPECT_EQ(ScriptShellReason("<div id=\"app\""), "");  // cut short
}

}  // namespace
}  // namespace lantian::crawler
