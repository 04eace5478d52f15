// The window's words: every string has its Chinese, with the same placeholders, and the language
// switches while the window runs.
#include "app/window/i18n.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace bp::win;

namespace
{

std::multiset<std::string> placeholders(const std::string& s)
{
    std::multiset<std::string> out;
    for (size_t i = 0; i + 2 < s.size(); ++i)
        if (s[i] == '{' && s[i + 2] == '}')
            out.insert(s.substr(i, 3));
    return out;
}

} // namespace

TEST_CASE("every string of the interface has a Chinese translation with the same placeholders")
{
    REQUIRE(string_count() > 200);
    for (size_t i = 0; i < string_count(); ++i)
    {
        std::string en = string_at(i, Language::English), zh = string_at(i, Language::Chinese);
        INFO(en);
        CHECK_FALSE(en.empty());
        CHECK(zh != en);
        CHECK(placeholders(en) == placeholders(zh));
    }
}

TEST_CASE("the language switches at run time and placeholders are filled")
{
    set_language(Language::English);
    CHECK(std::string(tr(S::MenuFile)) == "File");
    CHECK(trf(S::UndoX, {"Auto-allocate"}) == "Undo Auto-allocate");
    set_language(Language::Chinese);
    CHECK(std::string(tr(S::MenuFile)) == "文件");
    CHECK(trf(S::AutoAllocateHallX, {"9.1"}) == "自动分配 9.1 馆");
    CHECK(label(S::MenuFile, "file") == "文件###file");
    set_language(Language::English);
    CHECK(parse_language("zh_CN.UTF-8") == Language::Chinese);
    CHECK(parse_language("en_GB") == Language::English);
    CHECK_FALSE(parse_language("fr"));
}
