// The window's words: every string has its Chinese, with the same placeholders, and the language
// switches while the window runs.
#include "app/window/i18n.h"
#include "layout/samples/samples.h"
#include "tests/support/edit_support.h"

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

TEST_CASE("an exhibitor who lost its booth to a new grid is told in the planner's language")
{
    const bp::DroppedAllocation d{bp::ExhibitorId(0), "1.1A07", bp::DropReason::ModulesGone,
                                  bp::to_english(bp::DropReason::ModulesGone)};
    set_language(Language::English);
    CHECK(tr(d, "X00001") == "X00001 1.1A07: its modules are no longer bookable in one block");
    CHECK(d.reason == "its modules are no longer bookable in one block");
    set_language(Language::Chinese);
    const std::string zh = tr(d, "X00001");
    CHECK(zh.find("X00001 1.1A07") == 0);
    CHECK(zh.find("bookable") == std::string::npos);
    CHECK(zh.find("区块") != std::string::npos);
    set_language(Language::English);
}

TEST_CASE("\"Why here?\" says the solver's reasons in the planner's language")
{
    bp::Project p = bp::make_sample(bp::SamplePreset::Tiny, 1);
    bp::test::regrid(p);
    bp::SolveResult r = bp::solve(p);
    size_t lines = 0, penalties = 0;
    for (size_t i = 0; i < p.exhibitors.size(); ++i)
    {
        const bp::ExhibitorId id(static_cast<int32_t>(i));
        std::vector<bp::Reason> reasons = bp::explain_exhibitor_reasons(p, r.evaluation, r.allocation, id);
        std::vector<std::string> english = bp::explain_exhibitor(p, r.evaluation, r.allocation, id);
        REQUIRE(reasons.size() == english.size());
        for (size_t k = 0; k < reasons.size(); ++k)
        {
            set_language(Language::English);
            CHECK(tr(reasons[k]) == english[k]); // the window says in English what the solver says
            set_language(Language::Chinese);
            const std::string zh = tr(reasons[k]);
            INFO(zh);
            CHECK(zh.find("stands at") == std::string::npos);
            CHECK(zh.find("placed with") == std::string::npos);
            CHECK(zh.find("pinned by") == std::string::npos);
            ++lines;
            if (reasons[k].kind == bp::ReasonKind::Penalty)
            {
                ++penalties;
                CHECK(zh.find(reasons[k].args[0]) == std::string::npos); // the constraint by its Chinese name
            }
        }
    }
    set_language(Language::English);
    CHECK(lines > p.exhibitors.size());
    for (const bp::Penalty& v : r.evaluation.violations)
    {
        INFO(v.constraint);
        CHECK(tr_constraint(v.constraint) == v.constraint); // in English the id itself
        set_language(Language::Chinese);
        CHECK(tr_constraint(v.constraint) != v.constraint); // every constraint it reports has a Chinese name
        set_language(Language::English);
    }
    CHECK(tr_constraint("no-such-rule") == "no-such-rule");
    CHECK(penalties > 0); // the tiny fair leaves some preferences unmet: those lines are said too
}

TEST_CASE("the solver's penalties and reasons are said in the planner's language")
{
    // Every kind of wording has its form in the table, in English the solver's own.
    for (size_t k = 1; k < bp::kSaysCount; ++k)
    {
        const auto says = static_cast<bp::Says>(k);
        const bp::Wording w{says, {"X0001", "2", "Iran"}};
        INFO(bp::english_template(says));
        set_language(Language::English);
        CHECK(tr(w) == bp::to_english(w));
        set_language(Language::Chinese);
        const std::string zh = tr(w);
        CHECK(zh != bp::to_english(w));
        CHECK_FALSE(zh.empty());
    }
    set_language(Language::Chinese);
    CHECK(tr(bp::Wording{bp::Says::PreferenceUnmet, {"X0001", "corner"}}) == "X0001：偏好“角位”未满足");
    CHECK(tr(bp::Wording{bp::Says::PreferenceUnmet, {"X0001", "hall:2.1"}}) == "X0001：偏好“2.1 馆”未满足");
    CHECK(tr(bp::Wording{bp::Says::NoBlockForRaw, {"X0042", "400"}}) == "X0042：400 m² 光地：没有能容纳它的区块");
    CHECK(tr(bp::Wording{}).empty());

    // A solved fair: each violation's message is its wording in English, and none is English in Chinese.
    bp::Project p = bp::make_sample(bp::SamplePreset::Tiny, 1);
    bp::test::regrid(p);
    bp::SolveResult r = bp::solve(p);
    REQUIRE_FALSE(r.evaluation.violations.empty());
    for (const bp::Penalty& v : r.evaluation.violations)
    {
        INFO(v.message);
        CHECK(bp::to_english(v.says) == v.message);
        set_language(Language::English);
        CHECK(tr(v.says) == v.message);
        set_language(Language::Chinese);
        CHECK(tr(v.says).find(" and its ") == std::string::npos);
        CHECK(tr(v.says).find("wants") == std::string::npos);
    }
    set_language(Language::English);
}

TEST_CASE("undo labels are said in the planner's language")
{
    // Every kind of label has its form in the table, in English layout/edit's own.
    for (size_t k = 1; k < static_cast<size_t>(bp::EditWords::Count); ++k)
    {
        const bp::EditLabel label(static_cast<bp::EditWords>(k), {"Iran", "1.1"});
        INFO(bp::english_form(label.words));
        set_language(Language::English);
        CHECK(tr(label) == bp::to_english(label));
        set_language(Language::Chinese);
        CHECK_FALSE(tr(label).empty());
        CHECK(tr(label) != bp::to_english(label));
    }
    set_language(Language::Chinese);
    CHECK(tr(bp::EditLabel(bp::EditWords::SetBoothStatus, {"sold"})) == "把展位状态设为已售");
    bp::EditLabel stopped(bp::EditWords::AutoAllocateHall, {"9.1"});
    stopped.stopped = true;
    CHECK(tr(stopped) == "自动分配 9.1 馆（已停止）");
    CHECK(tr(bp::EditLabel{}).empty());

    // What the history of a real project says: the pavilion's name is kept as it is.
    bp::Project p = bp::test::tiny_with_grid();
    bp::EditHistory history;
    const bp::Pavilion& iran = p.pavilions.front();
    history.apply(p, bp::PlacePavilion{bp::PavilionId(0), bp::Region{bp::HallId(0), bp::rectangle({0, 0}, {20, 20})}});
    CHECK(tr(history.undo_words()) == "放置展团 " + iran.name);
    set_language(Language::English);
    CHECK(tr(history.undo_words()) == "Place pavilion " + iran.name);
    CHECK(history.undo_label() == "Place pavilion " + iran.name);
}
