// Golden pictures of the renderer under Xvfb + llvmpipe: the plan and the 3D view of the tiny fair,
// and of the corner of a cismef hall where the Iran pavilion meets Chinese exhibitors — booth
// numbers, Persian names joined and right to left, Chinese names, fascias in the booth colours.
// A pixel differs when a channel is off by more than kChannelTolerance; a picture fails when more
// than kImageTolerance of its pixels differ (the actual picture is then left in the working folder).
//
// Regenerate the pictures beside this file after a deliberate change of the look:
//     BOOTHPLAN_UPDATE_GOLDEN=1 build/tests/golden_test
// then look at every changed picture before committing it.
#include "layout/rules/checks.h"
#include "render/gl/renderer.h"
#include "tests/render/gl/display.h"
#include "tests/support/export_fixture.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>

using namespace bp;

namespace
{

constexpr int kW = 960, kH = 600;
constexpr int kChannelTolerance = 40;
constexpr double kImageTolerance = 0.004;

std::string golden_dir()
{
    return std::string(BOOTHPLAN_TEST_DATA) + "/../render/gl/golden";
}

bool is_persian(const std::string& s)
{
    return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xD8 && static_cast<unsigned char>(s[0]) <= 0xDB;
}

bool is_chinese(const std::string& s)
{
    return !s.empty() && static_cast<unsigned char>(s[0]) >= 0xE4 && static_cast<unsigned char>(s[0]) <= 0xE9;
}

Vec2 centre_of(const Project& p, const Booth& b)
{
    return centroid(footprint(p.block(b.cells.block), b.cells));
}

// Compares with the golden picture (or writes it when asked to), reporting what differs.
void check_golden(const gl::Image& img, const std::string& name)
{
    std::string path = golden_dir() + "/" + name + ".png";
    if (std::getenv("BOOTHPLAN_UPDATE_GOLDEN"))
    {
        gl::write_png(img, path);
        WARN("wrote " << path);
        return;
    }
    gl::Image want = gl::read_png(path);
    INFO("golden picture " << path << " (regenerate: BOOTHPLAN_UPDATE_GOLDEN=1 build/tests/golden_test)");
    REQUIRE(want.w == img.w);
    REQUIRE(want.h == img.h);
    int64_t differ = 0;
    for (size_t i = 0; i < img.rgba.size(); i += 4)
        for (size_t c = 0; c < 3; ++c)
            if (std::abs(static_cast<int>(img.rgba[i + c]) - static_cast<int>(want.rgba[i + c])) > kChannelTolerance)
            {
                ++differ;
                break;
            }
    double share = static_cast<double>(differ) / (static_cast<double>(img.w) * img.h);
    if (share > kImageTolerance)
    {
        std::string actual = std::filesystem::absolute("golden-actual-" + name + ".png").string();
        gl::write_png(img, actual);
        FAIL_CHECK(differ << " pixels (" << share * 100 << " %) differ from the golden picture; this run's "
                          << "picture is " << actual);
    }
}

gl::Image picture(gl::Renderer& r, gl::ViewKind view)
{
    return gl::render_image(r, view, kW, kH);
}

gl::DisplayOptions still_pictures()
{
    gl::DisplayOptions d;
    d.antialias = gl::Antialias::Always;
    return d;
}

// The picture's subject: an Iran pavilion member's booth, and next to it in its block a booth that
// the test gives to a Chinese exhibitor.
struct Corner
{
    Vec2 persian, chinese;
};

Corner iran_beside_china(Project& p)
{
    auto shell = [&](const Booth& b) { return p.exhibitor(b.exhibitor).booth_kind == BoothKind::Shell; };
    ExhibitorId chinese;
    for (size_t i = 0; i < p.exhibitors.size() && !chinese.valid(); ++i)
        if (is_chinese(p.exhibitors[i].name_local) && p.exhibitors[i].booth_kind == BoothKind::Shell)
            chinese = ExhibitorId(static_cast<int32_t>(i));
    for (const Booth& b : p.booths)
    {
        if (!b.exhibitor.valid() || !shell(b) || !is_persian(p.exhibitor(b.exhibitor).name_local))
            continue;
        for (size_t j = 0; j < p.booths.size(); ++j)
        {
            const Booth& n = p.booths[j];
            bool beside = n.cells.block == b.cells.block && &n != &b && distance(centre_of(p, n), centre_of(p, b)) < 7;
            if (beside && (!n.exhibitor.valid() || !is_persian(p.exhibitor(n.exhibitor).name_local)))
            {
                Corner c{centre_of(p, b), centre_of(p, n)};
                apply_edit(p, AssignBooth{BoothId(static_cast<int32_t>(j)), chinese, BoothStatus::Sold});
                return c;
            }
        }
    }
    return {};
}

// The let cismef fair with a Chinese exhibitor moved beside an Iran pavilion member.
const Project& cismef(Corner* corner)
{
    static Corner c;
    static const Project p = [&]
    {
        Project q = test::let_sample(SamplePreset::Cismef);
        c = iran_beside_china(q);
        return q;
    }();
    *corner = c;
    return p;
}

} // namespace

TEST_CASE("golden: the tiny fair's plan")
{
    test::gl_context();
    Project p = test::let_sample(SamplePreset::Tiny);
    apply_edit(p, PlacePavilion{PavilionId(0), Region{HallId(0), rectangle({38, 2}, {66, 20})}});
    gl::Renderer r;
    r.set_display(still_pictures());
    r.set_project(p);
    r.set_check_report(check_project(p));
    r.fit(gl::ViewKind::Plan, gl::ScreenRect{0, 0, kW, kH}, bounds(p.hall(HallId(0)).outline), false);
    check_golden(picture(r, gl::ViewKind::Plan), "tiny-plan");
}

TEST_CASE("golden: the tiny fair in 3D")
{
    test::gl_context();
    Project p = test::let_sample(SamplePreset::Tiny);
    gl::Renderer r;
    r.set_display(still_pictures());
    r.set_project(p);
    r.look_at(8, -14, 16, 30, 18, 0);
    check_golden(picture(r, gl::ViewKind::Scene3D), "tiny-3d");
}

TEST_CASE("golden: Persian and Chinese names in a cismef hall's plan")
{
    test::gl_context();
    Corner c;
    const Project& p = cismef(&c);
    REQUIRE(distance(c.persian, c.chinese) > 0);
    gl::Renderer r;
    r.set_display(still_pictures());
    r.set_project(p);
    r.show_plan((c.persian + c.chinese) * 0.5, 44);
    check_golden(picture(r, gl::ViewKind::Plan), "cismef-names-plan");
}

TEST_CASE("golden: fascias with Persian and Chinese names in a cismef hall in 3D")
{
    test::gl_context();
    Corner c;
    const Project& p = cismef(&c);
    gl::Renderer r;
    r.set_display(still_pictures());
    r.set_project(p);
    Vec2 mid = (c.persian + c.chinese) * 0.5;
    r.look_at(mid.x - 4, mid.y - 13, 6, mid.x, mid.y, 1.8);
    check_golden(picture(r, gl::ViewKind::Scene3D), "cismef-names-3d");
}
