// Names as the window draws them: Persian joined and right to left (FriBidi pre-shaping), every
// other script unchanged; the glyphs the font atlas needs.
#include "app/window/text.h"

#include <catch2/catch.hpp>

using namespace bp::win;

TEST_CASE("a Persian name is shaped into joined presentation forms in visual order")
{
    // شرکت (company): sheen, reh, keheh, teh.
    std::string logical = "\u0634\u0631\u06A9\u062A";
    CHECK(has_right_to_left(logical));
    std::vector<uint32_t> shown = decode_utf8(shape_for_display(logical));
    // Visual order, right to left: teh final, keheh initial, reh final, sheen initial.
    CHECK(shown == std::vector<uint32_t>{0xFE96, 0xFB90, 0xFEAE, 0xFEB7});
}

TEST_CASE("Persian letters that Arabic lacks keep their own forms (peh, farsi yeh)")
{
    // پیام: peh, farsi yeh, alef, meem.
    std::vector<uint32_t> shown = decode_utf8(shape_for_display("\u067E\u06CC\u0627\u0645"));
    REQUIRE(shown.size() == 4);
    CHECK(shown.back() == 0xFB58); // peh initial, drawn rightmost
    CHECK(shown[2] == 0xFBFF);     // farsi yeh medial
}

TEST_CASE("Latin and Chinese names are drawn as written")
{
    CHECK(shape_for_display("Tehran Saba Healthcare Co.") == "Tehran Saba Healthcare Co.");
    CHECK(shape_for_display("广州新材料有限公司") == "广州新材料有限公司");
    CHECK_FALSE(has_right_to_left("广州新材料有限公司"));
}

TEST_CASE("a mixed name keeps its Latin run readable")
{
    std::string shaped = shape_for_display("\u0634\u0631\u06A9\u062A ABC");
    CHECK(shaped.find("ABC") != std::string::npos);
}

TEST_CASE("UTF-8 round trip and bad bytes")
{
    std::string s = "m² 中 \u0634 \U0001F600";
    CHECK(encode_utf8(decode_utf8(s)) == s);
    CHECK(decode_utf8("\xC3") == std::vector<uint32_t>{0xFFFD});
    CHECK(decode_utf8("a\xFFz") == std::vector<uint32_t>{'a', 0xFFFD, 'z'});
}

TEST_CASE("the atlas asks only for the glyphs in use, as ranges")
{
    CodepointSet set;
    set.add_display("广州 ABC \u0634\u0631\u06A9\u062A");
    CHECK(set.contains(0x5E7F)); // 广
    CHECK(set.contains(0xFEB7)); // the shaped sheen is needed too
    CHECK_FALSE(set.contains(0x4E00));
    std::vector<uint32_t> r = set.ranges(0x41, 0x43);
    CHECK(r == std::vector<uint32_t>{0x41, 0x43});
    CodepointSet other;
    other.add(0x4E00);
    set.merge(other);
    CHECK(set.contains(0x4E00));
    CHECK(is_cjk(0x5E7F));
    CHECK(is_arabic(0xFEB7));
    CHECK_FALSE(is_cjk('A'));
}
