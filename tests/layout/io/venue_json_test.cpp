// Venue files from venues: the good one reads, each class of bad one is refused with its JSON path.
#include "layout/io/venue_json.h"
#include "tests/support/test_support.h"

#include <catch2/catch.hpp>

using namespace bp;
using namespace bp::test;

static std::vector<Problem> refusal(const std::string& json)
{
    try
    {
        parse_venue_json(json, "venue.json");
    }
    catch (const InputError& e)
    {
        return e.problems;
    }
    return {};
}

static bool mentions(const std::vector<Problem>& problems, const std::string& where, const std::string& text)
{
    for (const Problem& p : problems)
        if (p.where == where && p.message.find(text) != std::string::npos)
            return true;
    return false;
}

static std::string venue_with_hall(const std::string& hall)
{
    return R"({"format":"boothplan-venue","version":1,"name":"V","halls":[)" + hall + "]}";
}

TEST_CASE("a venue with an ordinary and an L-shaped hall reads")
{
    Venue v = read_venue_json(data_file("venue_two_halls.json"));
    REQUIRE(v.halls.size() == 2);
    CHECK(v.name == "PZ-M");
    CHECK(v.halls[0].code == "1.1");
    CHECK(v.halls[0].columns.size() == 1);
    CHECK(v.halls[0].blocked.size() == 1);
    CHECK(v.halls[0].doors.size() == 3);
    CHECK(v.halls[0].doors[1].kind == DoorKind::Entrance);
    CHECK(v.halls[0].rules.main_aisle_m == 8);
    CHECK(apply(v.rules, v.halls[1].rules).max_exit_distance_m == std::nullopt);
    CHECK(area(v.halls[1].outline) == Approx(60 * 30 + 30 * 30));
    CHECK(v.rules.max_exit_distance_m == 37.5);
}

TEST_CASE("a clockwise outline is turned counter-clockwise")
{
    Venue v = parse_venue_json(venue_with_hall(R"({"id":"1","outline":[[0,0],[0,10],[10,10],[10,0]]})"), "v.json");
    CHECK(is_counter_clockwise(v.halls[0].outline));
}

TEST_CASE("broken JSON is refused with its line and column")
{
    auto problems = refusal("{\n  \"format\": \"boothplan-venue\",\n  \"halls\": [ }\n");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].where == "column 14");
    CHECK_THAT(problems[0].message, Catch::Contains("not valid JSON"));
}

TEST_CASE("a self-intersecting hall outline is refused")
{
    CHECK(mentions(refusal(venue_with_hall(R"({"id":"1","outline":[[0,0],[10,10],[10,0],[0,6]]})")),
                   "$.halls[0].outline", "edges 0 and 2 cross"));
    CHECK(mentions(refusal(venue_with_hall(R"({"id":"1","outline":[[0,0],[10,0]]})")), "$.halls[0].outline",
                   "needs at least 3 points"));
    CHECK(mentions(refusal(venue_with_hall(R"({"id":"1","outline":[[0,0],[10,0],[10,0],[0,10]]})")),
                   "$.halls[0].outline", "are the same"));
}

TEST_CASE("hall ids must be unique")
{
    std::string hall = R"({"id":"9.1","outline":[[0,0],[10,0],[10,10],[0,10]]})";
    CHECK(mentions(refusal(venue_with_hall(hall + "," + hall)), "$.halls[1].id", "appears twice"));
}

TEST_CASE("a door away from every wall is refused")
{
    CHECK(mentions(
        refusal(venue_with_hall(
            R"({"id":"1","outline":[[0,0],[10,0],[10,10],[0,10]],"doors":[{"kind":"exit","from":[2,2],"to":[5,2]}]})")),
        "$.halls[0].doors[0]", "does not lie on the hall outline"));
    CHECK(mentions(
        refusal(venue_with_hall(
            R"({"id":"1","outline":[[0,0],[10,0],[10,10],[0,10]],"doors":[{"kind":"gate","from":[2,0],"to":[5,0]}]})")),
        "$.halls[0].doors[0].kind", "'gate' is not exit, entrance or freight"));
}

TEST_CASE("a door on a stair core's boundary is accepted")
{
    std::string hall = R"({"id":"1","outline":[[0,0],[60,0],[60,60],[0,60]],"blocked":[[[27,27],[33,27],[33,33],[27,33]]],
        "doors":[{"kind":"exit","from":[28,27],"to":[32,27]}]})";
    CHECK(refusal(venue_with_hall(hall)).empty());
}

TEST_CASE("wrong types, missing members and bad rules are each named")
{
    auto problems = refusal(R"({"format":"boothplan-venue","version":1,"name":"V",
        "rules":{"aisle_m":2,"module_m":-3,"max_exit_distance_m":"far","colour":1},
        "halls":[{"outline":[[0,0],[10,0],[10,10],[0,10]],"height_m":"tall","columns":[[[1,1],[2,1],[2,"x"]]]}]})");
    CHECK(mentions(problems, "$.rules.aisle_m", "narrower than 3 m"));
    CHECK(mentions(problems, "$.rules.module_m", "must be a number > 0"));
    CHECK(mentions(problems, "$.rules.max_exit_distance_m", "expected a number"));
    CHECK(mentions(problems, "$.rules.colour", "unknown rule"));
    CHECK(mentions(problems, "$.halls[0].id", "required member missing"));
    CHECK(mentions(problems, "$.halls[0].height_m", "expected a number"));
    CHECK(mentions(problems, "$.halls[0].columns[0][2]", "expected a point"));
}

TEST_CASE("competitors_facing is a venue rule of three words")
{
    const std::string hall = R"({"id":"1","outline":[[0,0],[30,0],[30,30],[0,30]]})";
    auto venue = [&](const std::string& rules, const std::string& hall_rules = "")
    {
        return R"({"format":"boothplan-venue","version":1,"name":"V","rules":)" + rules + R"(,"halls":[)" +
               (hall_rules.empty() ? hall : R"({"id":"1","outline":[[0,0],[30,0],[30,30],[0,30]],"rules":)" +
                                                hall_rules + "}") +
               "]}";
    };
    CHECK(parse_venue_json(venue("{}"), "v.json").rules.competitors_facing == CompetitorsFacing::Avoid);
    const Venue v = parse_venue_json(venue(R"({"competitors_facing":"forbid"})"), "v.json");
    CHECK(v.rules.competitors_facing == CompetitorsFacing::Forbid);
    CHECK(parse_venue_json(write_venue_json(v), "again.json").rules.competitors_facing == CompetitorsFacing::Forbid);
    CHECK(parse_venue_json(venue(R"({"competitors_facing":"allow"})"), "v.json").rules.competitors_facing ==
          CompetitorsFacing::Allow);
    CHECK(mentions(refusal(venue(R"({"competitors_facing":"never"})")), "$.rules.competitors_facing",
                   "expected \"forbid\", \"avoid\" or \"allow\""));
    CHECK(mentions(refusal(venue(R"({"competitors_facing":1})")), "$.rules.competitors_facing", "expected"));
    CHECK(mentions(refusal(venue("{}", R"({"competitors_facing":"forbid"})")), "$.halls[0].rules.competitors_facing",
                   "rule of the whole venue"));
}

TEST_CASE("a newer venue format version and a foreign format are refused")
{
    CHECK(mentions(refusal(R"({"format":"boothplan-venue","version":2,"name":"V","halls":[]})"), "$.version",
                   "newer"));
    CHECK(mentions(refusal(R"({"format":"geojson","version":1,"name":"V","halls":[]})"), "$.format",
                   "expected \"boothplan-venue\""));
    CHECK(mentions(refusal(R"({"format":"boothplan-venue","version":1,"name":"V","halls":[]})"), "$.halls",
                   "non-empty array"));
}

TEST_CASE("a column outside its hall is refused")
{
    CHECK(mentions(refusal(venue_with_hall(
                       R"({"id":"1","outline":[[0,0],[10,0],[10,10],[0,10]],"columns":[[[20,20],[21,20],[21,21],[20,21]]]})")),
                   "$.halls[0].columns[0]", "outside the hall"));
}

TEST_CASE("a venue survives writing and reading back")
{
    Venue v = read_venue_json(data_file("venue_two_halls.json"));
    Venue w = parse_venue_json(write_venue_json(v), "round-trip.json");
    CHECK(write_venue_json(w) == write_venue_json(v));
    CHECK(w.halls[0].rules.main_aisle_m == 8);
}
