// Model facts: booth numbers, booth types from open sides, rules with hall overrides, countries.
#include "layout/io/countries.h"
#include "layout/model/model.h"
#include "layout/model/utf8.h"

#include <catch2/catch.hpp>

using namespace bp;

static Block two_row_block(int modules)
{
    Block b;
    b.modules = modules;
    b.rows = 2;
    b.cells.assign(static_cast<size_t>(2 * modules), CellUse::Booth);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < modules; ++c)
        {
            char buf[16];
            std::snprintf(buf, sizeof buf, "2.1%c%02d", 'C' + r, c + 1);
            b.numbers.push_back(buf);
        }
    return b;
}

TEST_CASE("a merged booth keeps its first module's number with a range suffix")
{
    Block b = two_row_block(8);
    CHECK(booth_number(b, {BlockId(0), 0, 1, 6, 1}) == "2.1C07");
    CHECK(booth_number(b, {BlockId(0), 0, 1, 6, 2}) == "2.1C07-08");
    CHECK(booth_number(b, {BlockId(0), 1, 1, 0, 3}) == "2.1D01-03");
}

TEST_CASE("booth types come from the sides open to aisles")
{
    Block b = two_row_block(8);
    CHECK(booth_type(b, {BlockId(0), 0, 1, 3, 1}) == BoothType::Inline);
    CHECK(booth_type(b, {BlockId(0), 0, 1, 0, 1}) == BoothType::Corner);
    CHECK(booth_type(b, {BlockId(0), 0, 2, 0, 1}) == BoothType::Peninsula);
    CHECK(booth_type(b, {BlockId(0), 0, 2, 0, 8}) == BoothType::Island);
    b.open_side[2] = false; // the block's start stands against a wall
    CHECK(booth_type(b, {BlockId(0), 0, 1, 0, 1}) == BoothType::Inline);
    CHECK(booth_area(b, {BlockId(0), 0, 2, 0, 2}) == Approx(36));
}

TEST_CASE("a booth's footprint is counter-clockwise in venue coordinates")
{
    Block b = two_row_block(4);
    b.origin = {10, 20};
    b.along = {0, 1};
    b.across = {-1, 0};
    Polygon f = footprint(b, {BlockId(0), 1, 1, 2, 2});
    CHECK(is_counter_clockwise(f));
    CHECK(area(f) == Approx(18));
    CHECK(f[0].x == Approx(7));
    CHECK(f[0].y == Approx(26));
}

TEST_CASE("a hall's rules override the venue's defaults field by field")
{
    HallRules venue;
    HallRuleOverrides hall;
    hall.main_aisle_m = 8;
    hall.max_exit_distance_m = std::optional<double>();
    HallRules r = apply(venue, hall);
    CHECK(r.main_aisle_m == 8);
    CHECK(r.aisle_m == 4);
    CHECK_FALSE(r.max_exit_distance_m);
    CHECK(apply(venue, {}).max_exit_distance_m == 37.5);
}

TEST_CASE("the embedded ISO 3166-1 list knows the fair's countries and nothing else")
{
    CHECK(iso_country_count() == 249);
    for (const char* c : {"CN", "IR", "HK", "MO", "TW", "RU", "MY", "VN", "ZA", "AE"})
        CHECK(is_iso_country(c));
    for (const char* c : {"XX", "UK", "cn", "", "CHN", "EU"})
        CHECK_FALSE(is_iso_country(c));
}

TEST_CASE("preferences and enumerations read back what they write")
{
    for (const char* s : {"corner", "island", "main_aisle", "entrance", "hall:9.1"})
    {
        auto p = parse_preference(s);
        REQUIRE(p);
        CHECK(to_string(*p) == s);
    }
    CHECK_FALSE(parse_preference("window"));
    CHECK_FALSE(parse_preference("hall:"));
    for (BoothStatus s : {BoothStatus::Available, BoothStatus::Held, BoothStatus::Reserved, BoothStatus::Sold,
                          BoothStatus::Blocked})
        CHECK(parse_booth_status(to_string(s)) == s);
}

TEST_CASE("UTF-8: every script round-trips, invalid input becomes U+FFFD and nothing invalid is written")
{
    std::string names = "Iran \u067E\u0627\u0631\u0633 \u5E7F\u5DDE \U0001F3ED";
    std::vector<uint32_t> cps = decode_utf8(names);
    CHECK(cps.size() == 14);
    CHECK(cps.back() == 0x1F3ED);
    CHECK(encode_utf8(cps) == names);
    CHECK(decode_utf8("\xE5\xB9") == std::vector<uint32_t>{0xFFFD, 0xFFFD}); // cut short
    CHECK(decode_utf8("a\x80z") == std::vector<uint32_t>{'a', 0xFFFD, 'z'});
    std::string out;
    append_utf8(out, 0xD800); // a lone surrogate
    append_utf8(out, 0x110000);
    CHECK(out == "\uFFFD\uFFFD");
}
